// Money and ratio strings for display, by string and integer (BigInt) operations only — no
// decimal.js, so the form can show them before the engine chunk has loaded. Inputs are canonical
// decimal strings as the engine and parseMoney produce them ("12345.67", "0.7756").

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function split(s: string): { neg: boolean; int: string; frac: string } {
  const m = DECIMAL.exec(s.trim());
  if (!m) throw new RangeError(`not a decimal string: ${s}`);
  return { neg: m[1] === '-', int: m[2]!, frac: m[3] ?? '' };
}

/** A decimal string with at most `places` decimals → an exact integer count of 10^-places. */
function scaled(s: string, places: number): bigint {
  const { neg, int, frac } = split(s);
  if (frac.replace(/0+$/, '').length > places) throw new RangeError(`more than ${places} decimals: ${s}`);
  const n = BigInt(int + frac.padEnd(places, '0').slice(0, places));
  return neg ? -n : n;
}

function unscale(n: bigint, places: number): string {
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(places + 1, '0');
  const int = digits.slice(0, digits.length - places);
  const frac = places ? `.${digits.slice(-places)}` : '';
  return `${neg ? '-' : ''}${int}${frac}`;
}

/** Sum of money strings (≤ 2 decimals each), as a canonical two-decimal string: ["5000", "2000.5"] → "7000.50". */
export function addMoney(parts: readonly string[]): string {
  return unscale(parts.reduce((s, p) => s + scaled(p, 2), 0n), 2);
}

/** A share ("0.7756") as a percent with one decimal, rounded half up: "77.6". */
export function shareToPercent(share: string): string {
  const { neg, int, frac } = split(share);
  // share × 1000, rounded half up (away from zero) on the next digit.
  let n = BigInt(int + frac.padEnd(3, '0').slice(0, 3));
  if ((frac[3] ?? '0') >= '5') n += 1n;
  return unscale(neg && n !== 0n ? -n : n, 1);
}
