// The input as the engine settles it: what src/contract/validate-input.ts hands the engine after its
// checks (money as Dec, dates checked, defaults filled). Types only; the contract builds these and
// the engine reads them, so they live below both.
import type { Dec } from '../money/decimal.js';
import type { HospitalLevel, Place, Scheme, VisitKind } from './vocabulary.js';

/** A visit after input checks: money as Dec, settlement (出院结算) date as YYYY-MM-DD. */
export interface SettledVisit {
  /** Position in the input's visits list (for error paths). */
  index?: number;
  id: string; kind: VisitKind; date: string; level: HospitalLevel | undefined; place: Place;
  total: Dec; outOfScope: Dec; partialSelfPay: Dec;
}
export interface PersonFacts { scheme: Scheme; retired: boolean; ageAt: (date: string) => number | undefined }
/** Amounts already settled this benefit year (earlier 结算单), applied before the first visit. */
export interface OpeningLedger {
  inpatientAdmissions: number; basicDeductiblePaid: Dec; basicPaid: Dec; criticalBase: Dec; criticalPaid: Dec;
  assistanceBase: Dec; assistancePaid: Dec; tiltBase: Dec; tiltPaid: Dec;
}
