// The one public domain event. Values are strings so hosts without decimal.js can read them.
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
  visits: { id: string; total: string; basic: string; critical: string; assistance: string; tilt: string; outOfPocket: string }[];
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

/** Internal: the value the person supplied for a MissingFault (`yb-missing-value`, non-composed). */
export type MissingValueDetail =
  | { kind: 'param'; key: string; cell: Record<string, string>; value: string | null }
  | { kind: 'series'; series: string; year: number; value: string };
