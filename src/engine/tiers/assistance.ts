// Tier 3 — 医疗救助 (「强化医疗救助托底保障功能」, 国办发〔2021〕42号): for the assistance identities, the
// policy-range burden the two insurances leave — 「基本医保、大病保险起付线以下费用纳入救助保障范围」 —
// counted over the year, is paid at the identity's 救助比例 above its 起付标准, within a 年度救助限额
// that outpatient and inpatient care may share (「共用年度救助限额」). 医保发〔2021〕10号 (七): 特困、低保、
// 返贫致贫 「救助比例可由各地按不低于70%的比例确定」. Levels and limits are the packs' local texts, e.g.
// 吉政办发〔2022〕16号 四、(五) 「住院救助对一类人员不设年度救助起付标准」, 粤府办〔2022〕40号 二、(四).
import { min, pos, roundFen, ZERO, type Dec } from '../../money/decimal.js';
import type { CategoryDim } from '../../model/vocabulary.js';
import { eligibleCost, holdTo, leftUnder, newlyAbove, rateText, type Trace, type VisitRules } from './context.js';
import { poolUsed, type YearLedger } from './ledger.js';
import type { SettledVisit } from '../../model/settled.js';

export interface AssistanceOutcome {
  paid: Dec;
  /** The year's burden newly above the 起付标准 on this visit (倾斜救助's extra points apply to it). */
  over: Dec;
  /** The limit's pool and what is left of it after this payment (null = no limit). */
  pool: string;
  leftAfter: Dec | null;
}

/** null: the visit is outside 医疗救助 (no identity, or a kind or place it does not cover). */
export function settleAssistance(
  ledger: YearLedger, visit: SettledVisit, rules: VisitRules, trace: Trace,
  category: CategoryDim, paidBefore: { basic: Dec; critical: Dec; deductibleCharged: Dec },
): AssistanceOutcome | null {
  if (category === 'none') {
    if (trace.enabled) trace.step('assistance.not-eligible', false);
    return null;
  }
  const kindCovered = rules.on('assistance.covers');
  const placeCovered = rules.on('assistance.coversPlace');
  if (!kindCovered || !placeCovered) {
    const key = kindCovered ? 'assistance.coversPlace' : 'assistance.covers';
    if (trace.enabled) trace.step(kindCovered ? 'assistance.place-not-covered' : 'assistance.kind-not-covered', false, {}, rules.cite(key));
    return null;
  }
  const withPartialSelfPay = rules.on('assistance.base.includesPartialSelfPay');
  const withBelowDeductible = rules.on('assistance.base.includesBelowDeductible');
  const base = pos(eligibleCost(visit)
    .plus(withPartialSelfPay ? visit.partialSelfPay : ZERO)
    .minus(paidBefore.basic).minus(paidBefore.critical)
    .minus(withBelowDeductible ? ZERO : paidBefore.deductibleCharged));

  const deductible = rules.money('assistance.deductible')!;
  const cumBefore = ledger.assistanceBase;
  const cumAfter = cumBefore.plus(base);
  ledger.assistanceBase = cumAfter;
  const over = newlyAbove(deductible, cumBefore, cumAfter);
  const rate = rules.text('assistance.rate');
  const payable = over.times(rate);
  const pool = rules.text('assistance.limitPool');
  const limit = rules.money('assistance.annualLimit', { pool });
  const used = poolUsed(ledger.assistanceUsed, pool, visit.kind);
  const left = leftUnder(limit, used);
  const { amount, binds } = holdTo(payable, left);
  const paid = roundFen(min(amount, visit.total.minus(paidBefore.basic).minus(paidBefore.critical)));
  ledger.assistanceUsed.set(pool, used.plus(paid));

  if (trace.enabled) trace.step('assistance.base', true, { base, cumBefore, cumAfter, charged: paidBefore.deductibleCharged, partialSelfPay: visit.partialSelfPay },
    rules.cite('assistance.base.includesPartialSelfPay', 'assistance.base.includesBelowDeductible'));
  if (over.isZero()) {
    if (trace.enabled) trace.step('assistance.below-deductible', false, { deductible, cumAfter }, rules.cite('assistance.deductible'));
  } else {
    if (trace.enabled) trace.step('assistance.payment', paid.greaterThan(0), { deductible, over, rate: rateText(rate), payable, result: paid },
      rules.cite('assistance.deductible', 'assistance.rate'), paid);
  }
  if (trace.enabled) trace.step(limit === null ? 'assistance.limit.none' : binds ? 'assistance.limit.reached' : 'assistance.limit.within', binds,
    { limit: limit ?? '', used }, rules.cite('assistance.limitPool', 'assistance.annualLimit'));
  return { paid, over, pool, leftAfter: left === null ? null : left.minus(paid) };
}
