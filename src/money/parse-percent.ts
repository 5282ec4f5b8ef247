// Reads a ratio as people type it — "70", "70%", "７０％", "62.5 %" — into a fraction string
// ("0.7"). String arithmetic only; 0–100 %, at most 4 decimals of a percent.
export type PercentParseResult = { ok: true; value: string } | { ok: false; error: 'empty' | 'invalid' | 'out-of-range' };

export function parsePercent(raw: unknown): PercentParseResult {
  if (typeof raw !== 'string') return { ok: false, error: 'invalid' };
  const s = raw.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '').replace(/[%％]$/, '');
  if (s === '') return { ok: false, error: 'empty' };
  const m = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(s);
  if (!m) return { ok: false, error: /^[-−]/.test(s) ? 'out-of-range' : 'invalid' };
  const int = parseInt(m[1]!, 10); // money-safe: a whole percent 0–999, not money
  const frac = m[2] ?? '';
  if (int > 100 || (int === 100 && /[1-9]/.test(frac))) return { ok: false, error: 'out-of-range' };
  // Move the decimal point two places left: "62.5" → "0.625".
  const digits = `${String(int).padStart(3, '0')}${frac}`;
  const whole = digits.slice(0, -2 - frac.length) || '0';
  const rest = (digits.slice(-2 - frac.length)).replace(/0+$/, '');
  return { ok: true, value: rest ? `${String(parseInt(whole, 10))}.${rest}` : String(parseInt(whole, 10)) }; // money-safe
}
