// The engine's public contract: JSON in, JSON out; money as strings with two decimals.
// JSON Schemas: src/contract/estimate-input.v1.schema.json, estimate-output.v1.schema.json.
import type {
  CategoryId, Citation, HospitalLevel, LocalText, Place, RulePack, Scale, Scheme, SourceDoc, Status, VisitKind,
} from '../packs/types.js';

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

export type Tier = 'basic' | 'critical' | 'assistance' | 'tilt';

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
}

export interface ResolvedCitation extends Citation { doc: SourceDoc }

export interface TraceStep {
  id: string; // template key, e.g. basic.payment
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

export interface Totals {
  total: Money; basic: Money; critical: Money; assistance: Money; tilt: Money; outOfPocket: Money;
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
  visits: VisitResult[];
  totals: Totals;
  warnings: Notice[];
  assumptions: Assumption[];
  /** Present when the region's by-application category (依申请, e.g. 因病致贫重病患者) would leave less to pay. */
  applicationHint?: { category: CategoryId; outOfPocket: Money; assistance: Money; tilt: Money; message: string };
}

export interface EstimateErrorItem { code: string; path: string; message: string; params?: Record<string, string> }
export interface EstimateError { format: 'yibao.error.v1'; errors: EstimateErrorItem[] }

export type EstimateResult = EstimateOutput | EstimateError;
export function isEstimateError(r: EstimateResult): r is EstimateError {
  return r.format === 'yibao.error.v1';
}
