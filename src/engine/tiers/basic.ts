// Tier 1 — 基本医疗保险 (「发挥基本医保主体保障功能」, 国办发〔2021〕42号): the policy-range cost
// above the 起付标准 is paid at the 支付比例 (one rate, or 分段 bands) up to the 年度最高支付限额.
// The numbers are each pack's local text; e.g. 医保发〔2021〕10号 (五) 「县域内政策范围内住院费用支付比例
// 总体稳定在70%左右」 and (十二) 「住院起付线连续计算」 (the per-year deductible modes); a city's own
// 起付标准 by hospital level, e.g. 深圳市人民政府令第358号 (住院起付标准).
import { min, pos, roundFen, ZERO, type Dec } from '../../money/decimal.js';
import type { ParamRead } from '../../model/io.js';
import type { Scale } from '../../model/rulepack.js';
import { applyScale, asScale, invertScale, isScale } from '../scale.js';
import { eligibleCost, holdTo, leftUnder, rateText, scaleText, type Trace, type VisitRules } from './context.js';
import { countVisit, poolUsed, type YearLedger } from './ledger.js';
import type { SettledVisit } from '../../model/settled.js';

export type DeductibleMode = 'per-visit' | 'per-year' | 'per-year-topup';

export interface BasicOutcome {
  paid: Dec;
  /** The 起付线 part of the policy-range cost the person bore on this visit. */
  deductibleCharged: Dec;
  /** The cost above the deductible that the payment corresponds to, and the part above the cap. */
  covered: Dec;
  aboveCap: Dec;
  /** The rate read (its modifiers tell 大病保险 about place-of-care reductions) and its scale. */
  rate: ParamRead;
  scale: Scale;
}

export function settleBasic(ledger: YearLedger, visit: SettledVisit, rules: VisitRules, trace: Trace): BasicOutcome {
  const eligible = eligibleCost(visit);

  // 起付标准: charged on every visit (a later admission may have a lower one), or once a year.
  const nth = countVisit(ledger, visit.kind);
  const mode = rules.text('basic.deductibleMode') as DeductibleMode;
  let deductibleKey: 'basic.deductible' | 'basic.deductibleSubsequent' = 'basic.deductible';
  let deductible = rules.money(deductibleKey)!;
  if (mode === 'per-visit' && nth > 1 && rules.has('basic.deductibleSubsequent')) {
    deductibleKey = 'basic.deductibleSubsequent';
    deductible = rules.money(deductibleKey)!;
  }
  const chargedBefore = ledger.deductibleCharged.get(visit.kind) ?? ZERO;
  const due = mode === 'per-visit' ? deductible : pos(deductible.minus(chargedBefore));
  const charged = min(eligible, due);
  if (mode !== 'per-visit') ledger.deductibleCharged.set(visit.kind, chargedBefore.plus(charged));
  if (trace.enabled) trace.step(`basic.deductible.${mode}`, charged.greaterThan(0),
    { n: String(nth), deductible, due, chargedBefore, charged }, rules.cite('basic.deductibleMode', deductibleKey));

  // 支付比例 on the cost above the deductible, held to what is left of the pool's annual cap.
  const above = eligible.minus(charged);
  const rate = rules.read('basic.rate');
  const scale = asScale(rate.value);
  const payable = applyScale(scale, above);
  const pool = rules.text('basic.capPool');
  const cap = rules.money('basic.annualCap', { pool });
  const used = poolUsed(ledger.basicCapUsed, pool, visit.kind);
  const left = leftUnder(cap, used);
  const { amount, binds } = holdTo(payable, left);
  const paid = roundFen(amount);
  ledger.basicCapUsed.set(pool, used.plus(paid));

  const banded = isScale(rate.value);
  if (trace.enabled) trace.step(banded ? 'basic.payment.scale' : 'basic.payment', paid.greaterThan(0),
    { above, rate: banded ? scaleText(scale) : rateText(rate.value as string), payable, result: paid }, [rate], paid);
  if (trace.enabled) trace.step(cap === null ? 'basic.cap.none' : binds ? 'basic.cap.reached' : 'basic.cap.within', binds,
    { cap: cap ?? '', used, left: left ?? '' }, rules.cite('basic.capPool', 'basic.annualCap'));

  // Capped: the cost the payment covers is where the scale reaches it; the rest is above the cap.
  const covered = binds ? min(invertScale(scale, paid), above) : above;
  return { paid, deductibleCharged: charged, covered, aboveCap: above.minus(covered), rate, scale };
}
