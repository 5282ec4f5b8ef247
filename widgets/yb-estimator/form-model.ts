// The estimator's form state: what the person typed, kept as typed (money fields keep their text
// and the canonical value read from it). Shared by the element and its lazily loaded helpers.
// formToInput turns it into an engine input, checked against the bounds the engine itself exports
// (src/contract/input-limits.ts), so the form and the contract cannot disagree.
import {
  parseMoney, addMoney, CATEGORY_IDS, AGE_MIN, AGE_MAX, ADMISSIONS_MAX, needsLevel, isCountIn,
  type CategoryId, type EstimateInput, type HospitalLevel, type Lang, type Place, type Scheme, type UserSeriesValue,
  type VisitInput, type VisitKind, type YearToDateInput,
} from '../../src/index.js';
import type { MissingValueDetail } from '../internal/events.js';

/** A money field as typed: `value` is canonical, '' when empty, null when it cannot be read. */
export interface MoneyField { text: string; value: string | null }
export const EMPTY_MONEY: MoneyField = Object.freeze({ text: '', value: '' }) as MoneyField;

export type BillPart = 'total' | 'outOfScope' | 'partialSelfPay' | 'inScope';
export interface VisitForm {
  key: number;
  kind: VisitKind;
  level: HospitalLevel;
  place: Place;
  date: string;
  billMode: 'total' | 'split';
  bill: Record<BillPart, MoneyField>;
}

export const YTD_MONEY = ['basicDeductiblePaid', 'basicPaid', 'criticalBase', 'criticalPaid', 'assistanceBase', 'assistancePaid', 'tiltBase', 'tiltPaid'] as const;
export type YtdMoneyKey = (typeof YTD_MONEY)[number];

export interface FormState {
  region: string;
  scheme: Scheme;
  retired: boolean;
  categories: CategoryId[];
  ageText: string;
  birthDate: string;
  visits: VisitForm[];
  admissionsText: string;
  ytd: Record<YtdMoneyKey, MoneyField>;
  /** Values the person supplied for rules the region's packs lack (cleared when the region changes). */
  supplied: Supplied;
}

/** A supplied value as the widget keeps it: bool and enum leaves are kept as their JSON leaf. */
export interface SuppliedParam { key: string; cell: Record<string, string>; value: string | boolean | null }
export interface Supplied { params: SuppliedParam[]; series: UserSeriesValue[] }
export const NO_SUPPLIED: Supplied = Object.freeze({ params: [], series: [] }) as unknown as Supplied;

export function isCategoryId(s: string): s is CategoryId {
  return (CATEGORY_IDS as readonly string[]).includes(s);
}

export function moneyField(text: string): MoneyField {
  const r = parseMoney(text);
  return { text, value: r.ok ? r.value : r.error === 'empty' ? '' : null };
}

export function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function newVisit(key: number, date = ''): VisitForm {
  return {
    key, kind: 'inpatient', level: 'secondary', place: 'local', date, billMode: 'total',
    bill: { total: EMPTY_MONEY, outOfScope: EMPTY_MONEY, partialSelfPay: EMPTY_MONEY, inScope: EMPTY_MONEY },
  };
}

export function emptyForm(visitDate = ''): FormState {
  const ytd = Object.fromEntries(YTD_MONEY.map((k) => [k, EMPTY_MONEY])) as Record<YtdMoneyKey, MoneyField>;
  return {
    region: '', scheme: 'resident', retired: false, categories: [], ageText: '', birthDate: '',
    visits: [newVisit(0, visitDate)], admissionsText: '', ytd, supplied: NO_SUPPLIED,
  };
}

export function presetCategories(attr: string): CategoryId[] {
  return attr.split(/[\s,]+/).filter(isCategoryId);
}

const sameCell = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);

/** A supplied value added to the set, replacing the one for the same cell (or series year). */
export function withSupplied(s: Supplied, d: MissingValueDetail): Supplied {
  return d.kind === 'param'
    ? { ...s, params: [...s.params.filter((v) => !(v.key === d.key && sameCell(v.cell, d.cell))), { key: d.key, cell: d.cell, value: d.value }] }
    : { ...s, series: [...s.series.filter((v) => !(v.series === d.series && v.year === d.year)), { series: d.series, year: d.year, value: d.value }] as UserSeriesValue[] };
}

export function suppliedCount(s: Supplied): number {
  return s.params.length + s.series.length;
}

/** The sum of a split bill's parts (empty parts count as zero). */
export function splitTotal(b: Record<BillPart, MoneyField>): string {
  return addMoney([b.outOfScope.value || '0.00', b.partialSelfPay.value || '0.00', b.inScope.value || '0.00']);
}

export type FormReading =
  | { input: EstimateInput; ageInvalid: false }
  | { reason: 'invalid'; ageInvalid: boolean }
  | { reason: 'bill'; ageInvalid: false };

/**
 * The engine input a form reads as (pure): `invalid` when a field cannot be read, `bill` while no
 * amount is typed. `today` dates a visit without a date; identities the region's packs do not know
 * are dropped (`known`).
 */
export function formToInput(f: FormState, opts: { today: string; known: ReadonlySet<string>; lang: Lang }): FormReading {
  let invalid = false;
  let incomplete = false;
  const visits: VisitInput[] = f.visits.map((v, i) => {
    const b = v.bill;
    let total: string;
    let outOfScope: string | undefined;
    let partialSelfPay: string | undefined;
    if (v.billMode === 'total') {
      if (b.total.value === null) invalid = true;
      if (!b.total.value) incomplete = true;
      total = b.total.value ?? '0.00';
    } else {
      const parts = [b.outOfScope, b.partialSelfPay, b.inScope];
      if (parts.some((p) => p.value === null)) invalid = true;
      if (parts.every((p) => !p.value)) incomplete = true;
      outOfScope = b.outOfScope.value || '0.00';
      partialSelfPay = b.partialSelfPay.value || '0.00';
      total = splitTotal(b);
    }
    return {
      id: `v${i + 1}`, kind: v.kind, date: v.date || opts.today, place: v.place, total,
      ...(needsLevel(v.kind) ? { hospitalLevel: v.level } : {}),
      ...(outOfScope !== undefined ? { outOfScope } : {}),
      ...(partialSelfPay !== undefined ? { partialSelfPay } : {}),
    };
  });
  const ytd: YearToDateInput = {};
  for (const k of YTD_MONEY) {
    const fld = f.ytd[k];
    if (fld.value === null) invalid = true;
    else if (fld.value) ytd[k] = fld.value;
  }
  if (f.admissionsText.trim()) {
    const n = Number(f.admissionsText.trim());
    if (!isCountIn(n, 0, ADMISSIONS_MAX)) invalid = true;
    else ytd.inpatientAdmissions = n;
  }
  let ageInvalid = false;
  let age: number | undefined;
  if (f.ageText.trim() && !f.birthDate) {
    const n = Number(f.ageText.trim().replace(/[岁周]/g, ''));
    if (!isCountIn(n, AGE_MIN, AGE_MAX)) ageInvalid = invalid = true;
    else age = n;
  }
  if (invalid) return { reason: 'invalid', ageInvalid };
  if (incomplete) return { reason: 'bill', ageInvalid: false };
  const input: EstimateInput = {
    region: f.region,
    person: {
      scheme: f.scheme,
      ...(f.scheme === 'employee' ? { retired: f.retired } : {}),
      ...(f.birthDate ? { birthDate: f.birthDate } : age !== undefined ? { age } : {}),
      categories: f.categories.filter((c) => opts.known.has(c)),
    },
    visits,
    ...(Object.keys(ytd).length ? { yearToDate: ytd } : {}),
    options: { trace: true, lang: opts.lang },
  };
  return { input, ageInvalid: false };
}
