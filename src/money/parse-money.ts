// Reads an amount the way people type it: "12万", "1.2万元", "１２０００", "12,000", "￥12000",
// "12000.5". Returns a canonical fen string or a reason code; never throws, never a JS number.
// Pure string arithmetic (no decimal.js): the money field works before the engine chunk loads.

export type MoneyParseError = 'empty' | 'invalid' | 'negative' | 'too-precise' | 'too-large';
export type MoneyParseResult = { ok: true; value: string } | { ok: false; error: MoneyParseError };

/** The largest bill the estimator accepts (10亿元); larger is surely a typo. */
export const MAX_AMOUNT = '1000000000';

const FULL_WIDTH_OFFSET = 0xfee0;

function toHalfWidth(s: string): string {
  // Full-width digits, punctuation and letters (U+FF01–FF5E) map to ASCII by a fixed offset.
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET));
}

/** Compares two non-negative integer digit strings without leading zeros. */
function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function parseMoney(raw: unknown): MoneyParseResult {
  if (typeof raw !== 'string') return { ok: false, error: 'invalid' };
  let s = toHalfWidth(raw).trim();
  if (s === '') return { ok: false, error: 'empty' };
  // Spaces around a unit or sign are fine ("12 万", "¥ 12000"), but not between digits: "12 34" is
  // two numbers or a typo, never 1234.
  if (/[\d.,，。．][\s\u3000]+[\d.,，。．]/.test(s)) return { ok: false, error: 'invalid' };
  s = s.replace(/\u3000/g, '').replace(/\s+/g, '');
  s = s.replace(/^(人民币|RMB|CNY)/i, '').replace(/^[¥￥]/, '');
  s = s.replace(/(元整|元|块钱|块|圆)$/, '');
  if (/^[-−–－]/.test(s)) {
    return /\d/.test(s) ? { ok: false, error: 'negative' } : { ok: false, error: 'invalid' };
  }
  let shift = 0; // decimal places to move right: 万 = ×10⁴
  if (/(万|w|W)$/.test(s)) {
    shift = 4;
    s = s.slice(0, -1);
  }
  s = s.replace(/，/g, ',').replace(/[。．]/g, '.');
  // Thousands separators only in their proper places: "12,000" but not "1,2".
  if (s.includes(',')) {
    if (!/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return { ok: false, error: 'invalid' };
    s = s.replace(/,/g, '');
  }
  if (/^\.\d+$/.test(s)) s = `0${s}`;
  if (/^\d+\.$/.test(s)) s = s.slice(0, -1);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return { ok: false, error: 'invalid' };
  let int = m[1]!;
  let frac = m[2] ?? '';
  if (shift) {
    const moved = frac.padEnd(shift, '0');
    int += moved.slice(0, shift);
    frac = frac.slice(shift);
  }
  int = int.replace(/^0+(?=\d)/, '');
  frac = frac.replace(/0+$/, '');
  if (frac.length > 2) return { ok: false, error: 'too-precise' };
  const cmp = compareDigits(int, MAX_AMOUNT);
  if (cmp > 0 || (cmp === 0 && frac !== '')) return { ok: false, error: 'too-large' };
  return { ok: true, value: `${int}.${frac.padEnd(2, '0')}` };
}
