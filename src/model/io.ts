// The engine's public contract: JSON in, JSON out; money as strings with two decimals. Types only
// (plus one guard), in the model layer so packs, contract and engine can all name them.
// JSON Schemas: src/contract/estimate-input.v1.schema.json, estimate-output.v1.schema.json.
import type { CategoryId, HospitalLevel, LocalText, Place, Scheme, Status, VisitKind } from './vocabulary.js';
import type { Citation, RulePack, Scale, SourceDoc } from './rulepack.js';
import type { Tier, TraceStepId } from './trace-steps.js';

export type Money = string;
export type Lang = 'zh-CN' | 'en';

export interface PersonInput {
  scheme: Scheme;
  retired?: boolean;
  /** YYYY-MM-DD; or give `age` (周岁 at each visit) instead. */
  birthDate?: string;
  age?: number;
  /** Assistance identities; [] = ordinary insured. Several → the most favourable (就高不就低). */
  categories?: CategoryId[];
}

export interface VisitInput {
  id?: string;
  kind: VisitKind;
  date: string; // settlement (出院结算) date, YYYY-MM-DD
  hospitalLevel?: HospitalLevel; // required for inpatient and outpatient-special
  place?: Place; // default local
  total: Money;
  outOfScope?: Money; // 全自费 / 目录外 / 超支付标准
  partialSelfPay?: Money; // 乙类先行自付
}

/** Amounts already settled this benefit year (from earlier 结算单), applied before the first visit. */
export interface YearToDateInput {
  inpatientAdmissions?: number;
  basicDeductiblePaid?: Money;
  basicPaid?: Money;
  criticalBase?: Money;
  criticalPaid?: Money;
  assistanceBase?: Money;
  assistancePaid?: Money;
  tiltBase?: Money;
  tiltPaid?: Money;
}

export interface EstimateInput {
  region?: string;
  pack?: RulePack;
  person: PersonInput;
  visits: VisitInput[];
  yearToDate?: YearToDateInput;
  options?: { trace?: boolean; lang?: Lang };
}

export type { Tier, TraceStepId } from './trace-steps.js';

/** One parameter read, with where it came from. */
export interface ParamRead {
  key: string;
  dims: Record<string, string>;
  value: string | boolean | null | Scale;
  status: Status;
  layer: string; // pack id that supplied it
  from: string;
  cite: ResolvedCitation[];
  modifiers: { id: string; op: string; value?: string; label: LocalText; status: Status; cite: ResolvedCitation[] }[];
  derivation?: { series: string; seriesLabel: LocalText; year: number; base: string; rate: string; exact: string; rounding: string; official?: string; wantedYear?: number };
  /** Present when the value is an unpublished local number taken from its bounds. */
  unknown?: UnknownRead;
}

export interface ResolvedCitation extends Citation { doc: SourceDoc }

/** central: the most likely figure; generous / strict: the ends that help the person most / least. */
export type Corner = 'central' | 'generous' | 'strict';

/** A number the region has not published, read from its cited bounds (after the cell's exceptions). */
export interface UnknownRead {
  /** Stable id of the bounded cell: key, layer, entry date, cell. */
  id: string;
  low: string | Scale;
  high: string | Scale | null; // null: no upper bound known (caps)
  central: string | Scale | null;
  /** Absent until the pack's texts chunk is loaded (shipped packs load words apart from numbers). */
  basis?: LocalText;
  /** The end this read took. */
  picked: Corner;
  /** When the unknown is an unpublished income year behind a derived threshold. */
  series?: { id: string; year: number; low: string; high: string | null; central: string };
}

export interface TraceStep {
  id: TraceStepId; // template key (trace.<id>), e.g. basic.payment
  tier: Tier | 'input' | 'identity';
  applied: boolean; // false = a branch not taken (未达起付线 …)
  vars: Record<string, string>;
  result?: Money;
  params: ParamRead[];
}

export interface VisitResult {
  id: string;
  kind: VisitKind;
  date: string;
  total: Money;
  basic: Money;
  critical: Money;
  assistance: Money;
  tilt: Money;
  outOfPocket: Money;
  trace?: TraceStep[];
}

/** A visit as the output gives it: the central figures plus their range. */
export interface VisitOutput extends VisitResult {
  /** True when no unpublished number can change this visit's out-of-pocket figure. */
  exact: boolean;
  range: FigureRange;
}

export interface TierFigures { basic: Money; critical: Money; assistance: Money; tilt: Money; outOfPocket: Money }

/**
 * The estimate at the two ends of every unpublished number's bounds. Only out-of-pocket is promised
 * as a bound ([low, high]); a tier's own figure may move either way between the ends.
 */
export interface FigureRange { outOfPocket: { low: Money; high: Money }; generous: TierFigures; strict: TierFigures }

/** An unpublished local number that moved this result, with its cited bounds. */
export interface Unknown {
  key: string;
  /** The table cell, by dimension (as a person supplying the value names it). */
  cell: Record<string, string>;
  label: LocalText;
  low: string;
  high: string | null;
  central: string | null;
  /** Values in words for people (rates as %, money in 元, scales as bands), in the output language. */
  text: { low: string; high: string; central: string };
  /** Where the bounds come from, in plain words; absent until the pack's texts chunk is loaded. */
  basis?: LocalText;
  status: Status;
  layer: string;
  cite: ResolvedCitation[];
  series?: UnknownRead['series'];
}

export interface Totals {
  total: Money; basic: Money; critical: Money; assistance: Money; tilt: Money; outOfPocket: Money;
  exact: boolean;
  range: FigureRange;
  /** (basic + critical + assistance + tilt) / total, 4 decimals; "0.0000" when total is 0. */
  reimbursedShare: string;
}

export interface Notice { code: string; message: string; params?: Record<string, string> }

export interface Assumption {
  key: string;
  label: LocalText;
  value: string;
  status: Status;
  layer: string;
  cite: ResolvedCitation[];
}

export interface RegionOutput {
  /** Current GB/T 2260 code of the region asked for. */
  code: string;
  /** Its name, when known (the full table is loaded by estimate() and the CLI, not by estimateSync). */
  name?: LocalText;
  /** The retired code as sent, when it was replaced by `code`. */
  retiredCode?: string;
  answeredBy: { code: string; name: LocalText; level: 'county' | 'city' | 'province' | 'national' };
}

export interface EstimateOutput {
  format: 'yibao.estimate.v1';
  engine: { version: string };
  pack: { id: string; version: string; hash: string; layers: string[]; kind: RulePack['kind']; region: RulePack['region'] };
  /** The region asked for and the layer that answered (its own pack, else its city's, province's or the national one). */
  region: RegionOutput;
  identity: { applied: CategoryId | 'none'; candidates: { category: CategoryId | 'none'; outOfPocket: Money }[] };
  visits: VisitOutput[];
  totals: Totals;
  warnings: Notice[];
  assumptions: Assumption[];
  /** The unpublished local numbers that moved this result (empty when `totals.exact`). */
  unknowns: Unknown[];
  /** Present when the region's by-application category (依申请, e.g. 因病致贫重病患者) would leave less to pay. */
  applicationHint?: { category: CategoryId; outOfPocket: Money; assistance: Money; tilt: Money; message: string };
}

export interface EstimateErrorItem { code: string; path: string; message: string; params?: Record<string, string> }
export interface EstimateError { format: 'yibao.error.v1'; errors: EstimateErrorItem[] }

export type EstimateResult = EstimateOutput | EstimateError;
export function isEstimateError(r: EstimateResult): r is EstimateError {
  return r.format === 'yibao.error.v1';
}
