// Display formatting. Money stays a decimal string: Intl.NumberFormat formats a decimal string
// exactly (Intl.NumberFormat v3), so no figure goes through a JS number on its way to the screen.
import { Dec } from '../../src/money/decimal.js';
import type { Lang } from '../../src/contract/types.js';

type StringFormat = (value: string) => string;

export function formatMoney(value: string, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true });
  return (nf.format as unknown as StringFormat)(value);
}

/** "0.7756" → "77.6" (percent, one decimal, half-up). */
export function shareToPercent(share: string): string {
  return new Dec(share).times(100).toFixed(1, Dec.ROUND_HALF_UP); // money-safe: decimal.js
}

/** Width of a part in a whole, as a percent string with 3 decimals, for SVG geometry. */
export function partPercent(part: string, whole: string): string {
  const w = new Dec(whole);
  if (w.isZero()) return '0';
  return new Dec(part).dividedBy(w).times(100).toFixed(3, Dec.ROUND_HALF_UP);
}

export function sumMoney(parts: string[]): string {
  return parts.reduce((s, p) => s.plus(p), new Dec(0)).toFixed(2);
}
