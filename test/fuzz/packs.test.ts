// Fuzzer for rule packs (issue 7): take a valid pack (the test pack and every shipped pack), mutate
// it — delete keys, change types, NaN-ish strings, huge numbers, negative rates, rates > 1,
// overlapping dates, unknown keys, deep nesting, "__proto__"/"constructor"/"prototype" keys — then:
// validatePack never throws and either accepts or rejects with a path; estimate() with the mutated
// pack inline never throws, never yields NaN/undefined, never a partial result; nothing is polluted.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { estimateSync, isEstimateError, validatePack, type RulePack } from '../../src/index.js';
import { checkConservation, checkErrorWhole, checkNoBadValues, packsUnderTest, type GenInput } from './support.js';

const PUTS = (await packsUnderTest()).filter((p) => !p.name.includes('completion'));
const RUNS_PER_PACK = Math.max(30, Math.floor(3000 / PUTS.length)); // one budget shared by ~40 packs

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function deepNest(depth: number): Json {
  let x: Json = '1';
  for (let i = 0; i < depth; i++) x = i % 2 ? [x] : { a: x };
  return x;
}

const weird: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>('NaN', 'Infinity', '-Infinity', '1e999', '-1', '-0.5', '1.5', '2', '', ' ', 'undefined', 'null', '0x10', '1,000',
    '９', '1e3', '00', '-0', '9'.repeat(400), `0.${'0'.repeat(300)}1`, '1'.repeat(60) + '.5', null, true, false, 0, -1, 1e308, -1e308, 0.1,
    [], {}, [null], { bands: [] }, { bands: [{ from: '0', rate: '-0.1' }] }, { bands: [{ from: '0', rate: '1.1' }] },
    { bands: [{ from: '5', rate: '0.5' }, { from: '1', rate: '0.5' }] }, { derive: { series: 'nope', rate: '0.1', yearOffset: 1, rounding: 'none' } },
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{{path}}', '1990-01-01', '2025-02-30', '9999-12-31'),
  fc.string({ maxLength: 8 }),
  fc.double().map((d) => d as Json),
  fc.integer({ min: 1, max: 3000 }).map(deepNest),
);

/** Every path into a JSON value (as key lists), to pick mutation sites from. */
function paths(x: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(x)) x.forEach((e, i) => paths(e, [...prefix, i], out));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) paths(v, [...prefix, k], out);
  return out;
}

type Mutation = { site: number; op: 'delete' | 'replace' | 'unknown-key' | 'proto-key' | 'overlap' | 'rate' | 'date'; value: Json; key: string };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  site: fc.nat(),
  op: fc.constantFrom('delete', 'replace', 'replace', 'unknown-key', 'proto-key', 'overlap', 'rate', 'date'),
  value: weird,
  key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'x-unknown', '*', ''),
}) as fc.Arbitrary<Mutation>;

function mutate(pack: RulePack, muts: Mutation[]): Json {
  // JSON round trip: "__proto__" from JSON.parse is an own property, as in a pack fetched from a server.
  let root = JSON.parse(JSON.stringify(pack)) as Json;
  for (const m of muts) {
    const all = paths(root);
    const path = all[m.site % all.length]!;
    const parentPath = path.slice(0, -1);
    const last = path[path.length - 1];
    const get = (p: (string | number)[]) => p.reduce<Json>((x, k) => (x as Record<string, Json>)[k as string]!, root);
    const target = get(path);
    const parent = parentPath.length || last !== undefined ? get(parentPath) : null;
    switch (m.op) {
      case 'delete':
        if (parent && Array.isArray(parent)) parent.splice(last as number, 1);
        else if (parent && typeof parent === 'object' && last !== undefined) delete (parent as Record<string, Json>)[last as string];
        break;
      case 'replace':
        if (last === undefined) root = m.value;
        else (parent as Record<string, Json>)[last as string] = m.value;
        break;
      case 'unknown-key':
      case 'proto-key':
        if (target && typeof target === 'object' && !Array.isArray(target)) {
          const inject = JSON.parse(`{${JSON.stringify(m.op === 'proto-key' ? m.key : 'x-unknown')}: ${JSON.stringify(m.op === 'proto-key' ? { polluted: 'yes', rate: '5' } : m.value)}}`) as Record<string, Json>;
          Object.assign(target, inject);
          // Object.assign with "__proto__" sets the prototype; also define it as an own key.
          if (m.op === 'proto-key') Object.defineProperty(target, m.key, { value: { polluted: 'yes' }, enumerable: true, configurable: true, writable: true });
        }
        break;
      case 'overlap': {
        // Duplicate a dated entry with another start date inside it.
        const params = (root as { parameters?: Record<string, Json[]> })?.parameters;
        const keys = params && typeof params === 'object' ? Object.keys(params) : [];
        const k = keys[m.site % Math.max(1, keys.length)];
        const list = k ? params![k] : undefined;
        if (Array.isArray(list) && list[0] && typeof list[0] === 'object') {
          list.push({ ...(list[0] as Record<string, Json>), from: '2024-06-01', to: '2026-01-01' });
        }
        break;
      }
      case 'rate': {
        const s = JSON.stringify(root);
        root = JSON.parse(s.replace(/"rate":"[^"]*"/, `"rate":${JSON.stringify(typeof m.value === 'string' ? m.value : '-0.5')}`)) as Json;
        break;
      }
      case 'date': {
        const s = JSON.stringify(root);
        root = JSON.parse(s.replace(/"from":"\d{4}-\d\d-\d\d"/, `"from":${JSON.stringify(typeof m.value === 'string' ? m.value : '1990-01-01')}`)) as Json;
        break;
      }
    }
  }
  return root;
}

const INPUTS: Omit<GenInput, 'pack'>[] = [
  { person: { scheme: 'resident', age: 10, categories: [] }, visits: [{ id: 'v1', kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: '100000.00', outOfScope: '5000.00', partialSelfPay: '3000.00' }] },
  { person: { scheme: 'employee', retired: true, age: 70, categories: [] }, visits: [
    { id: 'a', kind: 'outpatient-chronic', date: '2025-02-01', hospitalLevel: 'primary', total: '25000.00' },
    { id: 'b', kind: 'inpatient', date: '2025-05-01', hospitalLevel: 'secondary', place: 'unreferred', total: '300000.00' }] },
];

const protoKeysBefore = Object.getOwnPropertyNames(Object.prototype).join();

describe('fuzz: mutated rule packs', () => {
  for (const put of PUTS) {
    it(`${put.name}: ${RUNS_PER_PACK} mutants — validatePack accepts or names a path; estimate never throws, never partial`, function () {
      this.timeout(0);
      const base = put.top;
      let accepted = 0;
      fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom(...INPUTS), fc.subarray(put.categories.map((c) => c.id as string), { maxLength: 2 }), (muts, input, cats) => {
        const mutant = mutate(base, muts);
        let v: ReturnType<typeof validatePack>;
        try { v = validatePack(mutant); } catch (e) { throw new Error(`validatePack threw: ${e}`); }
        if (v.ok) accepted++;
        else {
          if (!Array.isArray(v.issues) || v.issues.length === 0) throw new Error('rejected without issues');
          for (const i of v.issues) if (typeof i.path !== 'string' || !i.path.startsWith('$') || typeof i.problem !== 'string' || !i.problem) throw new Error(`issue without path/problem ${JSON.stringify(i)}`);
        }
        const scenario = { ...input, person: { ...input.person, categories: cats } };
        const inline = { pack: mutant, ...scenario, options: { lang: 'en' as const } };
        let r: ReturnType<typeof estimateSync>;
        try { r = estimateSync(inline, put.packs.filter((p) => p !== base)); } catch (e) { throw new Error(`estimate threw: ${e}`); }
        if (isEstimateError(r)) {
          // A pack.* message may quote the mutant's own text (a source id "NaN"): strip the echo.
          checkErrorWhole({ ...r, errors: r.errors.map((e) => (e.code.startsWith('pack.') ? { ...e, message: '(pack text)', params: {} } : e)) });
          if (!v.ok && !r.errors.some((e) => e.code === 'pack.invalid' && e.path.startsWith('pack'))) throw new Error(`invalid pack not reported as pack.invalid: ${JSON.stringify(r.errors).slice(0, 300)}`);
        } else {
          if (!v.ok) throw new Error('estimate accepted a pack validatePack rejects');
          checkNoBadValues(r);
          checkConservation(r, scenario as GenInput);
        }
        if (Object.getOwnPropertyNames(Object.prototype).join() !== protoKeysBefore || ({} as Record<string, unknown>).polluted !== undefined) {
          throw new Error('Object.prototype was polluted');
        }
      }), { numRuns: RUNS_PER_PACK, seed: 99, includeErrorInReport: true });
      console.log(`pack fuzz ${put.name}: ${RUNS_PER_PACK} mutants, ${accepted} still valid`);
    });
  }

  it('an unmutated pack still validates (the fuzzer starts from valid packs)', () => {
    for (const put of PUTS) expect(validatePack(JSON.parse(JSON.stringify(put.top))).ok, put.name).to.equal(true);
  });
});
