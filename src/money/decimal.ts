// A private decimal.js constructor: never the global one, so a host page (or another copy of
// decimal.js) that reconfigures Decimal cannot change our arithmetic.
import DecimalBase from 'decimal.js';

export const Dec = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);

/** Canonical decimal string: matches rule-pack money and rate strings. */
export const DECIMAL_STRING = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** Money is rounded to the fen, 四舍五入, only at declared points (DESIGN: rounding). */
export function roundFen(x: Dec): Dec {
  return x.toDecimalPlaces(2, Dec.ROUND_HALF_UP);
}

/** Money as it crosses a boundary: exactly two decimals. */
export function fen(x: Dec): string {
  return x.toFixed(2, Dec.ROUND_HALF_UP); // money-safe: decimal.js toFixed
}

export function min(a: Dec, b: Dec): Dec {
  return a.lessThan(b) ? a : b;
}
export function max(a: Dec, b: Dec): Dec {
  return a.greaterThan(b) ? a : b;
}
/** max(x, 0) */
export function pos(x: Dec): Dec {
  return x.isNegative() ? ZERO : x;
}
