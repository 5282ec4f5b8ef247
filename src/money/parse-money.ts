// Reads an amount the way people type it: "12万", "1.2万元", "１２０００", "12,000", "￥12000",
// "12000.5". Returns a canonical fen string or a reason code; never throws, never a JS number.
import { Dec, DECIMAL_STRING } from './decimal.js';

export type MoneyParseError = 'empty' | 'invalid' | 'negative' | 'too-precise' | 'too-large';
export type MoneyParseResult = { ok: true; value: string } | { ok: false; error: MoneyParseError };

/** The largest bill the estimator accepts (10亿元); larger is surely a typo. */
export const MAX_AMOUNT = '1000000000';

const FULL_WIDTH_OFFSET = 0xfee0;

function toHalfWidth(s: string): string {
  // Full-width digits, punctuation and letters (U+FF01–FF5E) map to ASCII by a fixed offset.
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET));
}

export function parseMoney(raw: unknown): MoneyParseResult {
  if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, error: 'invalid' };
  let s = toHalfWidth(String(raw)).trim();
  if (s === '') return { ok: false, error: 'empty' };
  s = s.replace(/\u3000/g, '').replace(/\s+/g, '');
  s = s.replace(/^(人民币|RMB|CNY)/i, '').replace(/^[¥￥]/, '');
  s = s.replace(/(元整|元|块钱|块|圆)$/, '');
  if (/^[-−–－]/.test(s)) {
    return /\d/.test(s) ? { ok: false, error: 'negative' } : { ok: false, error: 'invalid' };
  }
  let multiplier = 1;
  const unit = /(万|w|W)$/.exec(s);
  if (unit) {
    multiplier = 10000;
    s = s.slice(0, -1);
  }
  s = s.replace(/[，]/g, ',').replace(/[。．]/g, '.');
  // Thousands separators only in their proper places: "12,000" but not "1,2".
  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { ok: false, error: 'invalid' };
    s = s.replace(/,/g, '');
  }
  if (/^\.\d+$/.test(s)) s = '0' + s;
  if (/^\d+\.$/.test(s)) s = s.slice(0, -1);
  if (!/^\d+(\.\d+)?$/.test(s)) return { ok: false, error: 'invalid' };
  s = s.replace(/^0+(?=\d)/, '');
  if (!DECIMAL_STRING.test(s)) return { ok: false, error: 'invalid' };
  const value = new Dec(s).times(multiplier);
  if (value.decimalPlaces() > 2) return { ok: false, error: 'too-precise' };
  if (value.greaterThan(MAX_AMOUNT)) return { ok: false, error: 'too-large' };
  return { ok: true, value: value.toFixed(2) }; // money-safe: decimal.js toFixed
}
