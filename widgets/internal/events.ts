// The one public domain event. Values are strings so hosts without decimal.js can read them.
import type { Unknown } from '../../src/index.js';

export interface YbEstimateDetail {
  region: string;
  packId: string;
  packKind: string;
  identity: string;
  caseRef: string;
  total: string;
  basic: string;
  critical: string;
  assistance: string;
  tilt: string;
  outOfPocket: string;
  reimbursedShare: string;
  /** In plain words, what is exact and what is a range and why ("个人大约需付 X 元（在 A 至 B 元之间），因为本地没有公布：…"). */
  statement: string;
  /** True when no unpublished local number can change out-of-pocket; then low = high = outOfPocket. */
  exact: boolean;
  /** Out-of-pocket bounds over every unpublished number's cited bounds (outOfPocket is the most likely figure). */
  range: { low: string; high: string };
  visits: { id: string; total: string; basic: string; critical: string; assistance: string; tilt: string; outOfPocket: string; exact: boolean; range: { low: string; high: string } }[];
  /** The unpublished local numbers that moved this result (empty when exact); label, words and basis in the widget's language. */
  unknowns: { key: string; cell: Record<string, string>; label: string; low: string; high: string | null; central: string | null; text: { low: string; high: string; central: string }; basis: string; sentence: string }[];
  warnings: string[];
}

/** Fired by <yb-estimator> when a result commits after a user-driven change (never on property sets). */
export class YbEstimateEvent extends CustomEvent<YbEstimateDetail> {
  constructor(detail: YbEstimateDetail) {
    super('yb-estimate', { bubbles: true, composed: true, detail });
  }
}

/** Internal: a money field changed by the user. */
export interface MoneyInputDetail { text: string; value: string | null; error: string | null }

/** Internal: a rule the shipped packs lack, as <yb-missing-rule> asks for it. */
export type MissingFault =
  | { kind: 'param'; key: string; cell: Record<string, string>; label: { 'zh-CN': string; en: string }; leaf: string }
  | { kind: 'series'; series: string; year: number; label: { 'zh-CN': string; en: string } };

/** Internal: an unpublished number the person may supply ("我知道这个数"), with its bounds in words. */
export type KnownChoice = MissingFault & { unknown: Unknown };

/** Internal: the value the person supplied for a MissingFault (`yb-missing-value`, non-composed). */
export type MissingValueDetail =
  | { kind: 'param'; key: string; cell: Record<string, string>; value: string | null }
  | { kind: 'series'; series: string; year: number; value: string };
