// The rule-pack format (schemaVersion 1). Parameters are data; the pipeline in src/engine is code.
// JSON Schema twin: src/packs/rulepack.v1.schema.json; the hand validator src/packs/validate.ts.
// test/node/pack-format.test.mjs keeps the three one format (same properties, enums, accept/reject).
import type {
  CategoryDim, CategoryId, HospitalLevel, LocalText, Place, Reliability, Scheme, Status, VisitKind,
} from './vocabulary.js';

export interface SourceDoc {
  title: string;
  docNumber?: string; // 文号
  issuer: string;
  date: string; // issued or published, YYYY-MM-DD
  url?: string;
  reliability: Reliability;
  /** Path, under src/policy/, of the archived text quotes are checked against. */
  archived?: string;
  note?: string;
}

export interface Citation {
  source: string; // key into pack.sources (or a parent layer's)
  clause: string;
  quote?: string;
  note?: string;
}

/** A marginal scale: each band's rate applies to the part of the amount inside it. */
export interface Scale { bands: { from: string; rate: string }[] }

/** pct × a cited income series, for thresholds written as 「上年居民人均可支配收入的10%」. */
export interface Derivation {
  series: string; // key into pack.series
  rate: string;
  yearOffset: 1 | 2; // 上年 | 上上年
  rounding: 'none' | 'yuan';
  /** An officially published figure for the same rule wins over the derivation. */
  official?: string;
  /** While the wanted year is unpublished, use the latest of up to this many earlier years (→ estimated). */
  fallbackYears?: number;
}
export interface DerivedLeaf { derive: Derivation }

/**
 * A local number the region has not published, bounded by cited data (a higher document's floor or
 * ceiling, or the span of values cities publish): the engine evaluates the estimate at `central`
 * and at the generous and strict ends (registry `generous`). `high: null` = no upper bound known
 * (caps); `central: null` only where "no cap" is itself the most likely reading.
 */
export interface Bounds<T = string | Scale> {
  low: T;
  high: T | null;
  central: T | null;
  /**
   * One plain sentence: where the bounds come from (shown to the person). Required in authoring
   * packs (the pack linter checks it); a shipped rules chunk carries it in its texts chunk.
   */
  basis?: LocalText;
}
export interface RangeLeaf { range: Bounds }

export type Leaf = string | boolean | null | Scale | DerivedLeaf | RangeLeaf;
export interface Table { [dimValue: string]: Leaf | Table }

export interface Condition {
  ageLte?: number;
  ageGte?: number;
  retired?: boolean;
  categories?: CategoryDim[];
  kinds?: VisitKind[];
  places?: Place[];
  levels?: HospitalLevel[];
  schemes?: Scheme[];
}

/** An exception kept as data (Catala-style): applied, in order, to the looked-up value. */
export interface Modifier {
  id: string;
  when: Condition;
  op: 'add' | 'multiply' | 'replace' | 'remove';
  value?: string; // not for remove
  capAt?: string; // upper bound after the op (rates: "1")
  label: LocalText;
  status: Status;
  cite: Citation[];
}

export interface ParamEntry {
  from: string; // YYYY-MM-DD, inclusive
  to?: string; // YYYY-MM-DD, exclusive
  value: Leaf | Table;
  status: Status;
  cite: Citation[];
  modifiers?: Modifier[];
  note?: string;
}

/** A published figure, or — for a year not yet published — bounds (`range`) in its place. */
export type SeriesPoint =
  | { value: string; status: Status; cite: Citation[] }
  | { range: Bounds<string>; status: Status; cite: Citation[] };
export interface Series { label: LocalText; points: Record<string, SeriesPoint> }

export interface CategoryInfo {
  id: CategoryId;
  localClass: LocalText; // e.g. 一类 / Class 1
  name: LocalText;
  description: LocalText;
  access: 'automatic' | 'application'; // 一站式结算 | 依申请
  rank: number; // 1 = most favourable; breaks ties between identities
}

export interface RegionInfo {
  code: string; // GB/T 2260
  name: LocalText;
  province?: string; // parent code
}

export interface Guidance {
  howToGet: LocalText;
  applyAt?: LocalText;
  serviceLine?: string;
  notCovered: LocalText;
  cite?: Citation[];
}

export interface RulePack {
  $schema?: string;
  schemaVersion: 1;
  id: string;
  version: string;
  region: RegionInfo;
  title: LocalText;
  extends?: string;
  /** Test packs carry made-up numbers; the national guideline is not local law. */
  kind: 'region' | 'national-guideline' | 'test';
  schemes: Scheme[];
  lastReviewed: string;
  sources: Record<string, SourceDoc>;
  series?: Record<string, Series>;
  categories: CategoryInfo[];
  guidance?: Guidance;
  parameters: Record<string, ParamEntry[]>;
}
