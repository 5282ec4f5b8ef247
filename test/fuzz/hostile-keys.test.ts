// "Hostile keys" fuzz (issue 13): prototype names — __proto__, constructor, prototype, toString,
// hasOwnProperty — put at every key position of an estimate input, of supplied values (the layer
// userValuesPack builds, as a share link carries them) and of an inline pack: as a key renamed, a key
// added, or a string value that is later used as a key (a scheme, a cell, a pool, a source, a series).
// Expected: 0 crashes (nothing throws, every result whole), 0 unnamed faults (no "internal", every
// error names its field), 0 pollution (Object.prototype exactly as before).
//
// The default suite runs HOSTILE_DEFAULT cases per target; `npm run test:fuzz` sets
// window.__YB_FUZZ_HOSTILE__ (web-test-runner.fuzz.config.mjs) for a longer run.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  PARAMS, estimateSync, isEstimateError, userValuesPack, type EstimateResult, type RulePack, type UserValue,
} from '../../src/index.js';
import { DIM_VALUES } from '../../src/packs/registry.js';
import { checkErrorWhole, checkNoBadValues } from './support.js';
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';

const HOSTILE_DEFAULT = 150;
const RUNS = Number((globalThis as { __YB_FUZZ_HOSTILE__?: number }).__YB_FUZZ_HOSTILE__ ?? HOSTILE_DEFAULT);
const PROTO = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'] as const;
const TEST = FIXTURE_PACKS['test-city']!;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const BASE_INPUT = {
  person: { scheme: 'resident', age: 40, categories: ['subsistence'] },
  visits: [
    { id: 'v1', kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: '120000', outOfScope: '3000', partialSelfPay: '2000' },
    { id: 'v2', kind: 'outpatient-chronic', date: '2025-04-01', total: '8000' },
  ],
  yearToDate: { inpatientAdmissions: 1, criticalBase: '5000' },
  options: { trace: true, lang: 'zh-CN' },
} as const;

/** Every key position (path to an object, and one of its keys), every object and every string leaf of a JSON value. */
function sites(root: Json) {
  const keys: [(string | number)[], string][] = [];
  const strings: (string | number)[][] = [];
  const objects: (string | number)[][] = [];
  const walk = (x: Json, prefix: (string | number)[]) => {
    if (Array.isArray(x)) x.forEach((e, i) => walk(e, [...prefix, i]));
    else if (x && typeof x === 'object') {
      objects.push(prefix);
      for (const [k, v] of Object.entries(x)) {
        keys.push([prefix, k]);
        walk(v, [...prefix, k]);
      }
    } else if (typeof x === 'string') strings.push(prefix);
  };
  walk(root, []);
  return { keys, strings, objects };
}
const isObj = (x: unknown): x is Record<string, Json> => !!x && typeof x === 'object' && !Array.isArray(x);
function get(root: Json, path: (string | number)[]): Json {
  return path.reduce<Json>((x, k) => (x as Record<string, Json>)[k as string]!, root);
}
/** Own data property, even "__proto__" (as JSON.parse makes it). */
const put = (o: object, k: string | number, v: unknown) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

interface Hit { op: 'rename' | 'add' | 'value'; site: number; name: (typeof PROTO)[number] }
const hit: fc.Arbitrary<Hit> = fc.record({ op: fc.constantFrom('rename', 'add', 'value'), site: fc.nat(), name: fc.constantFrom(...PROTO) }) as fc.Arbitrary<Hit>;

/** Applies hits to a deep copy (JSON round trip: keys stay own properties). */
function hostile(value: unknown, hits: Hit[]): Json {
  const root = JSON.parse(JSON.stringify(value)) as Json;
  for (const h of hits) {
    const s = sites(root);
    if (h.op === 'rename' && s.keys.length) {
      const [path, key] = s.keys[h.site % s.keys.length]!;
      const o = get(root, path) as Record<string, Json>;
      const entries = Object.entries(o).map(([k, v]) => [k === key ? h.name : k, v] as const);
      for (const k of Object.keys(o)) delete o[k];
      for (const [k, v] of entries) put(o, k, v);
    } else if (h.op === 'add' && s.objects.length) {
      put(get(root, s.objects[h.site % s.objects.length]!) as object, h.name, { polluted: true, ybPolluted: '1' });
    } else if (h.op === 'value' && s.strings.length) {
      const path = s.strings[h.site % s.strings.length]!;
      put(get(root, path.slice(0, -1)) as object, path[path.length - 1]!, h.name);
    }
  }
  return root;
}

/** Supplied values as a share link may carry them: any key, cell keys and values, series names. */
const anyName = (names: readonly string[]) => fc.oneof(fc.constantFrom(...names), fc.constantFrom(...PROTO));
const suppliedArb = fc.record({
  params: fc.array(fc.record({
    key: anyName(Object.keys(PARAMS)),
    cell: fc.dictionary(anyName(['scheme', 'kind', 'level', 'place', 'category', 'pool']), anyName([...Object.values(DIM_VALUES).flatMap((v) => v ?? ['main', 'chronic']), '*']), { maxKeys: 3 }),
    value: fc.constantFrom('0.5', '1000', null, 'main', '0'),
  }), { maxLength: 4 }),
  series: fc.array(fc.record({ series: anyName(['local-income']), year: fc.constantFrom(2023, 2024), value: fc.constantFrom('40000', '1') }), { maxLength: 2 }),
});

let protoSnapshot: Map<string, PropertyDescriptor>;
const snapshot = () => new Map(Object.getOwnPropertyNames(Object.prototype).map((k) => [k, Object.getOwnPropertyDescriptor(Object.prototype, k)!]));
function checkNoPollution(context: unknown) {
  const now = snapshot();
  const changed = [...now.keys()].filter((k) => !protoSnapshot.has(k) || protoSnapshot.get(k)!.value !== now.get(k)!.value);
  if (changed.length || now.size !== protoSnapshot.size || ({} as Record<string, unknown>).polluted !== undefined || Object.getPrototypeOf({}) !== Object.prototype) {
    for (const k of changed) delete (Object.prototype as Record<string, unknown>)[k];
    throw new Error(`Object.prototype polluted (${changed.join(', ')}) by ${JSON.stringify(context).slice(0, 500)}`);
  }
}

const counts = { estimated: 0, refused: 0 };
/** 0 crashes (whole result, never a throw), 0 unnamed faults, and no pollution. */
function checkResult(r: EstimateResult, context: unknown) {
  checkNoBadValues(r);
  if (!isEstimateError(r)) {
    counts.estimated++;
    return;
  }
  counts.refused++;
  checkErrorWhole(r);
  for (const e of r.errors) {
    if (e.code === 'internal') throw new Error(`internal fault for ${JSON.stringify(context).slice(0, 500)}: ${JSON.stringify(r.errors)}`);
    if (e.path === '' && e.code !== 'input.not-object') throw new Error(`unnamed fault ${e.code}: ${e.message} for ${JSON.stringify(context).slice(0, 500)}`);
  }
}

describe(`hostile keys fuzz: ${RUNS} cases per target`, function () {
  this.timeout(0);
  before(() => { protoSnapshot = snapshot(); });
  after(() => console.log(`hostile keys: ${counts.estimated} estimated, ${counts.refused} refused with named faults`));

  it('the unmodified base estimates (so the fuzz starts from a working input)', () => {
    const r = estimateSync({ ...BASE_INPUT, pack: TEST }, []);
    expect(isEstimateError(r), JSON.stringify(r).slice(0, 300)).to.equal(false);
  });

  it('prototype names at every key position of the input', () => {
    fc.assert(fc.property(fc.array(hit, { minLength: 1, maxLength: 3 }), (hits) => {
      const input = hostile({ ...BASE_INPUT, pack: 'test-city' }, hits) as Record<string, Json>;
      if (isObj(input) && Object.hasOwn(input, 'pack') && input.pack === 'test-city') input.pack = TEST as unknown as Json;
      const r = estimateSync(input, []);
      checkNoPollution(hits);
      checkResult(r, hits);
    }), { numRuns: RUNS, includeErrorInReport: true });
  });

  it('prototype names in supplied values (the user-values layer of a share link)', () => {
    fc.assert(fc.property(suppliedArb, (s) => {
      const overlay = userValuesPack(TEST, s.params as unknown as UserValue[], '2025-03-10', { layers: [TEST], date: '2025-03-10', series: s.series });
      checkNoPollution(s);
      const r = estimateSync({ ...BASE_INPUT, pack: overlay }, [TEST]);
      checkNoPollution(s);
      checkResult(r, s);
    }), { numRuns: RUNS, includeErrorInReport: true });
  });

  it('prototype names at every key position of an inline pack (and of its parent)', () => {
    fc.assert(fc.property(fc.array(hit, { minLength: 1, maxLength: 3 }), fc.boolean(), (hits, asParent) => {
      const pack = hostile(TEST, hits) as unknown as RulePack;
      const r = asParent
        ? estimateSync({ ...BASE_INPUT, pack: { ...userValuesPack(TEST, [], '2025-03-10'), extends: 'test-990100' } }, [pack])
        : estimateSync({ ...BASE_INPUT, pack }, []);
      checkNoPollution(hits);
      checkResult(r, hits);
    }), { numRuns: RUNS, includeErrorInReport: true });
  });

  it('prototype names in the top pack a host hands over (estimateSync packs, .packs)', () => {
    fc.assert(fc.property(fc.array(hit, { minLength: 1, maxLength: 3 }), (hits) => {
      const pack = hostile(TEST, hits) as unknown as RulePack;
      const r = estimateSync({ ...BASE_INPUT, region: '990100' }, [pack]);
      checkNoPollution(hits);
      checkResult(r, hits);
    }), { numRuns: RUNS, includeErrorInReport: true });
  });
});
