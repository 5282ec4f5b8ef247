// Fuzzer for parseMoney (issue 7): whatever people type — random unicode, digits (ASCII and full-
// width), units, separators, signs, exponents — it never throws, and returns either a canonical fen
// string ≤ 10亿 that parses back to itself, or one of the known error codes.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { MAX_AMOUNT, parseMoney } from '../../src/index.js';
import { fenToMoney } from './support.js';

const ERRORS = new Set(['empty', 'invalid', 'negative', 'too-precise', 'too-large']);
const CANONICAL = /^(0|[1-9]\d*)\.\d\d$/;
const MAX = 1_000_000_000n * 100n;

function check(raw: unknown): void {
  let r: ReturnType<typeof parseMoney>;
  try {
    r = parseMoney(raw);
  } catch (e) {
    throw new Error(`parseMoney threw on ${JSON.stringify(String(raw))}: ${e}`);
  }
  if (r.ok) {
    if (typeof r.value !== 'string' || !CANONICAL.test(r.value)) throw new Error(`non-canonical value ${JSON.stringify(r.value)} from ${JSON.stringify(raw)}`);
    if (BigInt(r.value.replace('.', '')) > MAX) throw new Error(`value ${r.value} above ${MAX_AMOUNT} from ${JSON.stringify(raw)}`);
    const again = parseMoney(r.value);
    if (!again.ok || again.value !== r.value) throw new Error(`round trip: ${r.value} → ${JSON.stringify(again)}`);
    if (Object.keys(r).sort().join() !== 'ok,value') throw new Error('extra keys');
  } else {
    if (!ERRORS.has(r.error)) throw new Error(`unknown error code ${r.error} from ${JSON.stringify(raw)}`);
    if (Object.keys(r).sort().join() !== 'error,ok') throw new Error('extra keys');
  }
}

const toFull = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const piece = fc.oneof(
  { arbitrary: fc.stringMatching(/^\d{1,12}$/), weight: 6 },
  { arbitrary: fc.constantFrom('0', '00', '000', '1', '9', '12', '1000', '999999999', '1000000000', '1000000001', '12,000', '1,2', '1,234,567.89', '.5', '5.', '0.001', '0.10', '1.005'), weight: 3 },
  { arbitrary: fc.constantFrom('万', 'w', 'W', '元', '元整', '块', '块钱', '圆', '¥', '￥', 'RMB', 'rmb', '人民币', 'CNY', '千', '亿', 'k', '%'), weight: 3 },
  { arbitrary: fc.constantFrom(',', '，', '.', '。', '．', ' ', '\u3000', '\t', '\n', '\u00a0', '\u200b', '_', "'"), weight: 3 },
  { arbitrary: fc.constantFrom('-', '−', '–', '－', '+', '﹣', 'e', 'E', 'e30', 'e-2', 'x', '0x1F', 'NaN', 'Infinity', '-Infinity', 'null', 'undefined', '١٢', '一二', '十二万'), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3 }), weight: 1 },
);
const typed = fc.tuple(fc.array(piece, { minLength: 0, maxLength: 6 }), fc.boolean())
  .map(([parts, full]) => (full ? toFull(parts.join('')) : parts.join('')));

describe('fuzz: parseMoney', () => {
  it('never throws; canonical ≤ 10亿 and round-trips, or a known error (60,000 typed strings)', () => {
    fc.assert(fc.property(typed, check), { numRuns: 60000, seed: 42, includeErrorInReport: true });
  });

  it('arbitrary unicode strings and non-strings (20,000)', () => {
    fc.assert(fc.property(fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }),
      fc.double(), fc.integer(), fc.anything(),
    ), check), { numRuns: 20000, seed: 43, includeErrorInReport: true });
  });

  it('every amount in fen up to 10亿 is read back exactly, in ASCII, full-width, with ¥/元 and in 万', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (f) => {
      const s = fenToMoney(f);
      for (const form of [s, toFull(s), `¥${s}`, `${s}元`, ` ${s} `]) {
        const r = parseMoney(form);
        if (!r.ok || r.value !== s) throw new Error(`${JSON.stringify(form)} → ${JSON.stringify(r)}, want ${s}`);
      }
      if (f % 100 === 0 && f / 100 % 100 === 0) {
        const wan = String(f / 1_000_000);
        const r = parseMoney(`${wan}万`);
        if (!r.ok || r.value !== s) throw new Error(`${wan}万 → ${JSON.stringify(r)}, want ${s}`);
      }
    }), { numRuns: 20000, seed: 44, includeErrorInReport: true });
  });

  it('catalogued hostile values', () => {
    const want: [string, string][] = [
      ['', 'empty'], ['   ', 'empty'], ['abc', 'invalid'], ['−5', 'negative'], ['-5', 'negative'], ['1e30', 'invalid'],
      ['12万万', 'invalid'], ['NaN', 'invalid'], ['Infinity', 'invalid'], ['1000000000.01', 'too-large'], ['0.001', 'too-precise'],
      ['10万万', 'invalid'], ['1,2', 'invalid'],
    ];
    for (const [s, code] of want) expect(parseMoney(s), s).to.deep.equal({ ok: false, error: code });
  });
});
