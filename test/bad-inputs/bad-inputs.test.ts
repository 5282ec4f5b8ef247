// The bad-input catalogue (catalogue.json) through the function, in the browser: exactly the
// catalogued error codes at the catalogued paths, localised in zh-CN and en, and nothing else.
import { expect } from '@open-wc/testing';
import { estimateSync, isEstimateError, type RulePack } from '../../src/index.js';
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';
import { checkErrorWhole } from '../fuzz/support.js';
import catalogue from './catalogue.json';

interface BadCase {
  name: string; input?: unknown; raw?: string; cliOnly?: boolean; codes: string[]; paths?: string[];
  zh?: string[]; en?: string[]; packPatch?: Record<string, string>; outputContains?: string[];
  /** Exact key paths (a key may contain dots or be "__proto__"); `{ "$delete": true }` removes the key. */
  packSet?: [(string | number)[], unknown][];
  /** The input's own options are the fault: not re-run with options.lang (zh-CN only). */
  langFixed?: boolean;
  fnOnly?: boolean;
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let o = obj as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
}

/** Sets (as an own property, even "__proto__") or deletes the value at an exact key path. */
function setOwn(obj: unknown, path: (string | number)[], value: unknown) {
  let o = obj as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value && typeof value === 'object' && (value as { $delete?: unknown }).$delete === true) delete o[last];
  else Object.defineProperty(o, last, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
}

function inputOf(c: BadCase): unknown {
  const input = c.raw !== undefined ? JSON.parse(c.raw) : structuredClone(c.input);
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const o = input as Record<string, unknown> & { visits?: { $repeat?: number; item?: unknown } };
    if (o.pack === 'test-city') {
      o.pack = structuredClone(FIXTURE_PACKS['test-city']) as RulePack;
      for (const [p, v] of Object.entries(c.packPatch ?? {})) setPath(o.pack as unknown as Record<string, unknown>, p, v);
      for (const [p, v] of c.packSet ?? []) setOwn(o.pack, p, v);
    }
    if (o.visits && !Array.isArray(o.visits) && o.visits.$repeat) o.visits = Array.from({ length: o.visits.$repeat }, () => o.visits!.item) as never;
  }
  return input;
}

const isPlain = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const withLang = (input: unknown, lang: 'zh-CN' | 'en') =>
  isPlain(input) && (input.options === undefined || isPlain(input.options))
    ? { ...input, options: { ...(input.options as object | undefined), lang } } : input;
/** English validator wording must never appear inside a zh-CN message. */
const ENGLISH_PROBLEM = /\b(must|is not|is required|only money|overlaps|takes no)\b/;

describe('bad inputs (catalogue) through estimate()', () => {
  it('has at least 60 cases', () => expect((catalogue as BadCase[]).length).to.be.greaterThanOrEqual(60));

  for (const c of (catalogue as BadCase[]).filter((x) => !x.cliOnly)) {
    it(c.name, () => {
      const input = inputOf(c);
      const objectInput = !c.langFixed && withLang(input, 'en') !== input;
      for (const lang of objectInput ? (['zh-CN', 'en'] as const) : (['zh-CN'] as const)) {
        const r = estimateSync(c.langFixed ? input : withLang(input, lang), Object.values(FIXTURE_PACKS));
        if (c.codes.length === 0) {
          if (isEstimateError(r)) throw new Error(JSON.stringify(r.errors));
          const text = JSON.stringify(r);
          for (const s of c.outputContains ?? []) expect(text.includes(JSON.stringify(s).slice(1, -1)), s).to.equal(true);
          if (c.packPatch) expect(r.pack.region.name['zh-CN']).to.equal(c.packPatch['region.name.zh-CN']);
          continue;
        }
        expect(isEstimateError(r), JSON.stringify(r).slice(0, 300)).to.equal(true);
        if (!isEstimateError(r)) return;
        checkErrorWhole(r);
        expect(r.errors.map((e) => e.code).sort()).to.deep.equal([...c.codes].sort());
        if (c.paths) expect(r.errors.map((e) => e.path).sort()).to.deep.equal([...c.paths].sort());
        const text = r.errors.map((e) => e.message).join('\n');
        for (const s of (lang === 'en' ? c.en : c.zh) ?? []) expect(text, `${lang}: ${s}`).to.include(s);
        if (lang === 'zh-CN') expect(text, 'zh-CN message without English validator text').to.not.match(ENGLISH_PROBLEM);
        // Every fault names its field (the whole input is "" only when the input itself is not an object).
        for (const e of r.errors) if (e.code !== 'input.not-object' || e.path !== '') expect(e.path, e.code).to.not.equal('');
        expect(text).to.not.include('（）');
        expect(text).to.not.include('()');
      }
    });
  }
});
