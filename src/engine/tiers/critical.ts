// Tier 2 — 大病保险 (职工: 大额医疗费用补助): the person's policy-range burden left by basic insurance,
// counted cumulatively over the year, is paid by bands above the 大病 起付线, up to its annual cap
// (「增强大病保险减负功能」, 国办发〔2021〕42号). 医保发〔2021〕10号 (六): 起付线 「降低并统一至当地
// 上年居民人均可支配收入的50%」, 支付比例 「稳定在60%左右」, and for 特困/低保/返贫致贫 「起付线降低50%、
// 报销比例提高5个百分点」 (pack modifiers). What counts in the base is each pack's local text, e.g.
// 深圳 大病保险支付范围 (一) costs above the basic cap, (二) 异地 ratio reductions left out.
import { min, pos, roundFen, ZERO, type Dec } from '../../money/decimal.js';
import type { Scale } from '../../model/rulepack.js';
import { applyScale, asScale } from '../scale.js';
import type { BasicOutcome } from './basic.js';
import { holdTo, leftUnder, scaleText, type Trace, type VisitRules } from './context.js';
import type { SettledVisit } from '../../model/settled.js';
import type { YearLedger } from './ledger.js';

export function settleCritical(
  ledger: YearLedger, visit: SettledVisit, rules: VisitRules, trace: Trace, basic: BasicOutcome,
): Dec {
  if (!rules.on('critical.covers')) {
    if (trace.enabled) trace.step('critical.not-covered', false, {}, rules.cite('critical.covers'));
    return ZERO;
  }
  const baseParts = ['critical.base.includesBasicDeductible', 'critical.base.includesAboveBasicCap',
    'critical.base.includesPartialSelfPay', 'critical.base.excludesPlaceReduction'] as const;
  const [withDeductible, withAboveCap, withPartialSelfPay, lessPlaceReduction] = baseParts.map((k) => rules.on(k));
  // Where the pack says so (e.g. 深圳 大病保险支付范围 (二)), the burden due only to a place-of-care
  // reduction of the basic rate (异地/未转诊) does not count toward 大病.
  let placeReduction: Dec = ZERO;
  if (lessPlaceReduction && basic.rate.modifiers.some((m) => rules.placeConditioned('basic.rate', m.id))) {
    const local = asScale(rules.readAside('basic.rate', { place: 'local' }).value);
    placeReduction = pos(applyScale(local, basic.covered).minus(applyScale(basic.scale, basic.covered)));
  }
  const coinsurance = basic.covered.minus(basic.paid);
  const base = pos(coinsurance
    .plus(withDeductible ? basic.deductibleCharged : ZERO)
    .plus(withAboveCap ? basic.aboveCap : ZERO)
    .plus(withPartialSelfPay ? visit.partialSelfPay : ZERO)
    .minus(placeReduction));

  const deductible = rules.money('critical.deductible')!;
  const bands = rules.read('critical.scale').value as Scale;
  const cumulativeBands = rules.text('critical.bandBasis') === 'cumulative';
  const cap = rules.money('critical.annualCap');
  const cumBefore = ledger.criticalBase;
  const cumAfter = cumBefore.plus(base);
  ledger.criticalBase = cumAfter;
  // Bands measured on the year's cumulative base from the deductible, or on the part above it.
  const paidUpTo = (cum: Dec): Dec => (cumulativeBands
    ? applyScale(bands, cum, deductible) : applyScale(bands, pos(cum.minus(deductible))));
  const payable = paidUpTo(cumAfter).minus(paidUpTo(cumBefore));
  const left = leftUnder(cap, ledger.criticalPaid);
  const { amount, binds } = holdTo(payable, left);
  const paid = roundFen(min(amount, visit.total.minus(basic.paid)));
  ledger.criticalPaid = ledger.criticalPaid.plus(paid);

  if (trace.enabled) trace.step('critical.base', true, {
    base, charged: basic.deductibleCharged, aboveCap: basic.aboveCap, coinsurance,
    partialSelfPay: visit.partialSelfPay, placeReduction, cumBefore, cumAfter,
  }, rules.cite(...baseParts));
  if (cumAfter.lessThanOrEqualTo(deductible)) {
    if (trace.enabled) trace.step('critical.below-deductible', false, { deductible, cumAfter }, rules.cite('critical.deductible'));
  } else {
    if (trace.enabled) trace.step(cumulativeBands ? 'critical.payment.cumulative' : 'critical.payment.above-deductible', paid.greaterThan(0),
      { deductible, bands: scaleText(bands), cumBefore, cumAfter, payable, result: paid },
      rules.cite('critical.deductible', 'critical.scale', 'critical.bandBasis'), paid);
  }
  if (trace.enabled) trace.step(cap === null ? 'critical.cap.none' : binds ? 'critical.cap.reached' : 'critical.cap.within', binds,
    { cap: cap ?? '', left: left ?? '' }, rules.cite('critical.annualCap'));
  return paid;
}
