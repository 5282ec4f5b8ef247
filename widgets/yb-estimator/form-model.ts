// The estimator's form state: what the person typed, kept as typed (money fields keep their text
// and the canonical value read from it). Shared by the element and its lazily loaded helpers.
import {
  parseMoney, CATEGORY_IDS,
  type CategoryId, type HospitalLevel, type Place, type Scheme, type UserSeriesValue, type VisitKind,
} from '../../src/index.js';

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
