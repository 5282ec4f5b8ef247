// Marginal scales (分段比例): each band's rate applies to the part of the amount inside the band.
import { Dec, ZERO, max, min } from '../money/decimal.js';
import type { Scale } from '../model/rulepack.js';

/** Σ rate × |[from_i, from_{i+1}) ∩ [floor, amount)| — bands measured on the same axis as amount. */
export function applyScale(scale: Scale, amount: Dec, floor: Dec = ZERO): Dec {
  let sum = ZERO;
  const bands = scale.bands;
  for (let i = 0; i < bands.length; i++) {
    const lo = max(new Dec(bands[i]!.from), floor);
    const next = bands[i + 1];
    const hi = next ? min(new Dec(next.from), amount) : amount;
    if (hi.greaterThan(lo)) sum = sum.plus(hi.minus(lo).times(bands[i]!.rate));
  }
  return sum;
}

/** The amount A with applyScale(A) = paid (the smallest such A); used to split capped costs. */
export function invertScale(scale: Scale, paid: Dec): Dec {
  let left = paid;
  const bands = scale.bands;
  for (let i = 0; i < bands.length; i++) {
    const lo = new Dec(bands[i]!.from);
    const rate = new Dec(bands[i]!.rate);
    const next = bands[i + 1];
    const width = next ? new Dec(next.from).minus(lo) : null;
    const bandPay = width ? width.times(rate) : null;
    if (bandPay === null || bandPay.greaterThanOrEqualTo(left)) {
      return rate.isZero() ? lo : lo.plus(left.dividedBy(rate));
    }
    left = left.minus(bandPay);
  }
  return paid;
}

export const flatScale = (rate: string): Scale => ({ bands: [{ from: '0', rate }] });

/** A parameter value that is a marginal scale (分段比例) rather than one flat rate. */
export const isScale = (v: unknown): v is Scale => typeof v === 'object' && v !== null && 'bands' in v;

/** A rate parameter as a scale: a flat rate is one band from 0. */
export const asScale = (v: unknown): Scale => (isScale(v) ? v : flatScale(v as string));
