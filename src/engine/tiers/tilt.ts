// 倾斜救助 — after the three tiers, for assistance identities whose burden is still heavy: 国办发〔2021〕42号
// 「统筹资金使用，实施倾斜救助」; 医保发〔2021〕10号 (七) 「经三重制度支付后政策范围内个人负担仍然较重的，
// 给予倾斜救助」. The national texts leave the standard to each area, so threshold, rate, limit and what the
// burden includes are the packs' local texts: a tranche (rate × burden above the threshold) or extra
// points on the assistance ratio once the threshold is passed; per visit or counted over the year
// (e.g. 吉政办发〔2022〕16号 四、(六) for referred care inside the province; 淄川 再救助).
import { min, pos, roundFen, ZERO, type Dec } from '../../money/decimal.js';
import type { AssistanceOutcome } from './assistance.js';
import { eligibleCost, holdTo, leftUnder, newlyAbove, rateText, type Trace, type VisitRules } from './context.js';
import type { SettledVisit } from '../../model/settled.js';
import type { YearLedger } from './ledger.js';

const TILT_PARAMS = ['tilt.basis', 'tilt.mode', 'tilt.base.includesOutOfScope', 'tilt.base.includesPartialSelfPay',
  'tilt.threshold', 'tilt.rate', 'tilt.annualLimit', 'tilt.sharesAssistanceLimit'] as const;

export function settleTilt(
  ledger: YearLedger, visit: SettledVisit, rules: VisitRules, trace: Trace,
  assistance: AssistanceOutcome, paidBefore: { basic: Dec; critical: Dec },
): Dec {
  const enabled = rules.read('tilt.enabled');
  if (enabled.value !== true) {
    // An assumed "off" means the local rules were not found: "not estimated", never "not offered".
    const unknown = enabled.status === 'assumed' || enabled.status === 'estimated';
    if (trace.enabled) trace.step(unknown ? 'tilt.not-estimated' : 'tilt.not-offered', false, {}, [enabled]);
    return ZERO;
  }
  const perYear = rules.text('tilt.basis') === 'per-year';
  const tranche = rules.text('tilt.mode') === 'tranche';
  const withOutOfScope = rules.on('tilt.base.includesOutOfScope');
  const withPartialSelfPay = rules.on('tilt.base.includesPartialSelfPay');
  const threshold = rules.money('tilt.threshold')!;
  const rate = rules.text('tilt.rate');
  const limit = rules.money('tilt.annualLimit');
  const sharesLimit = rules.on('tilt.sharesAssistanceLimit');

  // The burden still left after the three tiers, as the pack scopes it.
  const remaining = visit.total.minus(paidBefore.basic).minus(paidBefore.critical).minus(assistance.paid);
  const burden = min(pos(eligibleCost(visit).plus(withPartialSelfPay ? visit.partialSelfPay : ZERO)
    .minus(paidBefore.basic).minus(paidBefore.critical).minus(assistance.paid))
    .plus(withOutOfScope ? visit.outOfScope : ZERO), remaining);
  const cumBefore = perYear ? ledger.tiltBase : ZERO;
  if (perYear) ledger.tiltBase = cumBefore.plus(burden);
  const over = perYear ? newlyAbove(threshold, cumBefore, cumBefore.plus(burden)) : pos(burden.minus(threshold));
  const payable = tranche ? over.times(rate) : over.isZero() ? ZERO : assistance.over.times(rate);
  let left = leftUnder(limit, ledger.tiltPaid);
  if (sharesLimit && assistance.leftAfter !== null) left = left === null ? assistance.leftAfter : min(left, assistance.leftAfter);
  const { amount, binds } = holdTo(payable, left);
  const paid = roundFen(min(amount, remaining));
  ledger.tiltPaid = ledger.tiltPaid.plus(paid);
  if (sharesLimit) ledger.assistanceUsed.set(assistance.pool, (ledger.assistanceUsed.get(assistance.pool) ?? ZERO).plus(paid));

  const params = rules.cite(...TILT_PARAMS);
  if (over.isZero()) {
    if (trace.enabled) trace.step('tilt.below-threshold', false, { burden, cumBefore, threshold }, params);
  } else {
    if (trace.enabled) trace.step(tranche ? 'tilt.payment.tranche' : 'tilt.payment.extra-points', paid.greaterThan(0), {
      burden, threshold, over, assistanceOver: assistance.over, rate: rateText(rate), payable, result: paid,
      limit: left ?? '', capped: binds ? 'yes' : 'no',
    }, params, paid);
  }
  return paid;
}
