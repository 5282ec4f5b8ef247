// Display formatting, free of decimal.js (it is part of the initial chunk). Money stays a decimal
// string: Intl.NumberFormat formats a decimal string exactly (Intl.NumberFormat v3), so no figure
// goes through a JS number on its way to the screen; sums and percents are string/BigInt
// arithmetic (src/money/format.ts).
import { addMoney, shareToPercent } from '../../src/index.js';
import type { Lang } from '../../src/index.js';

type StringFormat = (value: string) => string;

export { shareToPercent };

export function formatMoney(value: string, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true });
  return (nf.format as unknown as StringFormat)(value);
}

/** Money rounded to the yuan, grouped ("94,600"): for chart bends and axis words, never for a figure to the fen. */
export function formatYuan(value: string, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 0, roundingMode: 'halfExpand', useGrouping: true } as Intl.NumberFormatOptions);
  return (nf.format as unknown as StringFormat)(value);
}

export function sumMoney(parts: string[]): string {
  return addMoney(parts);
}
