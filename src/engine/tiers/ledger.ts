// The year ledger: what each tier has already counted and paid in one benefit year, carried from
// visit to visit (起付线 charged, 年度最高支付限额 used, 大病/救助/倾斜 cumulative bases and payments).
import { ZERO, type Dec } from '../../money/decimal.js';
import type { VisitKind } from '../../model/vocabulary.js';
import type { OpeningLedger } from '../../model/settled.js';

export interface YearLedger {
  visitsOfKind: Map<string, number>;
  deductibleCharged: Map<string, Dec>; // per kind, for per-year modes
  basicCapUsed: Map<string, Dec>; // per pool
  criticalBase: Dec; criticalPaid: Dec;
  assistanceBase: Dec; assistanceUsed: Map<string, Dec>; // per pool (tilt adds when it shares the limit)
  tiltBase: Dec; tiltPaid: Dec;
}

/** Opening balances are inpatient figures; pooled ones wait under '@inpatient' until a pool is known. */
export function openLedger(o: OpeningLedger | undefined): YearLedger {
  const l: YearLedger = {
    visitsOfKind: new Map(), deductibleCharged: new Map(), basicCapUsed: new Map(),
    criticalBase: ZERO, criticalPaid: ZERO, assistanceBase: ZERO, assistanceUsed: new Map(),
    tiltBase: ZERO, tiltPaid: ZERO,
  };
  if (o) {
    l.visitsOfKind.set('inpatient', o.inpatientAdmissions);
    l.deductibleCharged.set('inpatient', o.basicDeductiblePaid);
    l.basicCapUsed.set('@inpatient', o.basicPaid); // re-keyed to the inpatient pool on first use
    l.criticalBase = o.criticalBase;
    l.criticalPaid = o.criticalPaid;
    l.assistanceBase = o.assistanceBase;
    l.assistanceUsed.set('@inpatient', o.assistancePaid.plus(o.tiltPaid));
    l.tiltBase = o.tiltBase;
    l.tiltPaid = o.tiltPaid;
  }
  return l;
}

/** Used so far in a pool, adopting an opening balance recorded under '@kind' on first use. */
export function poolUsed(map: Map<string, Dec>, pool: string, kind: VisitKind): Dec {
  const openingKey = `@${kind}`;
  if (map.has(openingKey)) {
    map.set(pool, (map.get(pool) ?? ZERO).plus(map.get(openingKey)!));
    map.delete(openingKey);
  }
  return map.get(pool) ?? ZERO;
}

/** Counts this visit among the year's visits of its kind; returns its number (1 = first). */
export function countVisit(l: YearLedger, kind: VisitKind): number {
  const nth = (l.visitsOfKind.get(kind) ?? 0) + 1;
  l.visitsOfKind.set(kind, nth);
  return nth;
}
