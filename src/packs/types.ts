// The rule-pack format (schemaVersion 1). Parameters are data; the pipeline in src/engine is code.
// JSON Schema twin: src/packs/rulepack.v1.schema.json (documentation and Ajv cross-check in tests).

export const SCHEMES = ['resident', 'employee'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const VISIT_KINDS = ['inpatient', 'outpatient-special', 'outpatient-chronic', 'outpatient-general'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export const HOSPITAL_LEVELS = ['primary', 'secondary', 'tertiary'] as const;
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];

/** Where the care happened, relative to the person's 统筹地区. */
export const PLACES = [
  'local', // 统筹区内
  'referred', // 省内异地，按规定转诊
  'out-of-province-registered', // 跨省异地就医，已备案（长期居住或转诊）
  'out-of-province-temporary', // 跨省临时外出，已备案但非转诊/急诊
  'unreferred', // 未按规定转诊或未备案
] as const;
export type Place = (typeof PLACES)[number];

/** Shared assistance identity ids (DESIGN.md); packs map them to local classes. */
export const CATEGORY_IDS = [
  'extreme-poverty', 'orphan', 'subsistence', 'returned-to-poverty', 'near-subsistence',
  'rural-at-risk', 'illness-impoverished', 'expenditure-hardship',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];
/** `none` is the ordinary insured person, the dimension value used in tables. */
export type CategoryDim = CategoryId | 'none';

/** How sure a value is. Ordered from most to least certain. */
export const STATUSES = ['stated', 'official', 'derived', 'assumed', 'estimated'] as const;
export type Status = (typeof STATUSES)[number];

/** USER: a value the person (or hotline agent) typed in for a rule the pack lacks. */
export type Reliability = 'OFF' | 'OFF-MIRROR' | 'MEDIA' | 'SEC' | 'TEST' | 'USER';

export interface LocalText { 'zh-CN': string; en: string }

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
