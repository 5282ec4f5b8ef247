// Marginal scales (分段比例): each band's rate applies to the part of the amount inside the band.
import { Dec, ZERO, max, min } from '../money/decimal.js';
import type { Scale } from '../model/rulepack.js';

// Parameter values are a small set of strings (rates, band edges, caps) read on every evaluation:
// parse each once. A Dec is immutable, so one instance can be shared; the cache is bounded.
const parsed = new Map<string, Dec>();
/** `new Dec(s)` for a parameter's decimal string, parsed once. */
export function decOf(s: string): Dec {
  let d = parsed.get(s);
  if (d === undefined) {
    if (parsed.size > 4096) parsed.clear();
    d = new Dec(s);
    parsed.set(s, d);
  }
  return d;
}

/** Σ rate × |[from_i, from_{i+1}) ∩ [floor, amount)| — bands measured on the same axis as amount. */
export function applyScale(scale: Scale, amount: Dec, floor: Dec = ZERO): Dec {
  let sum = ZERO;
  const bands = scale.bands;
  for (let i = 0; i < bands.length; i++) {
    const lo = max(decOf(bands[i]!.from), floor);
    const next = bands[i + 1];
    const hi = next ? min(decOf(next.from), amount) : amount;
    if (hi.greaterThan(lo)) sum = sum.plus(hi.minus(lo).times(decOf(bands[i]!.rate)));
  }
  return sum;
}

/** The amount A with applyScale(A) = paid (the smallest such A); used to split capped costs. */
export function invertScale(scale: Scale, paid: Dec): Dec {
  let left = paid;
  const bands = scale.bands;
  for (let i = 0; i < bands.length; i++) {
    const lo = decOf(bands[i]!.from);
    const rate = decOf(bands[i]!.rate);
    const next = bands[i + 1];
    const width = next ? decOf(next.from).minus(lo) : null;
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
