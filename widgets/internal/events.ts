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
