// Shared generators and checks for the property tests (test/engine/properties.test.ts) and the
// scale fuzz run (test/fuzz/scale.test.ts). Every pack under test: the made-up test pack plus
// every shipped pack in PACK_CATALOG (found at run time, so a new region is fuzzed automatically).
import fc from 'fast-check';
import {
  PACK_CATALOG, estimateSync, isEstimateError, loadPackChain,
  type EstimateOutput, type EstimateResult, type ParamRead, type RulePack, type TraceStep, type VisitResult,
} from '../../src/index.js';
import { HOSPITAL_LEVELS, PLACES, VISIT_KINDS } from '../../src/model/vocabulary.js';
import type { CategoryInfo } from '../../src/model/rulepack.js';
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';

export interface PackUnderTest {
  name: string;
  /** Every layer (top first). */
  packs: RulePack[];
  top: RulePack;
  categories: CategoryInfo[];
  /**
   * Benefit years in which a plain inpatient estimate succeeds for at least one scheme; when none
   * does (a pack that leaves unknown parameters unset), [2025] and `computes` false: the fuzz then
   * checks that every answer is a whole, localised error.
   */
  years: number[];
  computes: boolean;
  /** The made-up test pack must compute every valid input; shipped packs may lack a table cell. */
  strict: boolean;
}

const PROBE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

function probeYears(packs: RulePack[], top: RulePack): number[] {
  const pack = top.kind === 'test' ? { pack: top } : { region: top.region.code };
  return PROBE_YEARS.filter((y) => top.schemes.some((scheme) => {
    const r = estimateSync({
      ...pack, person: { scheme, age: 40 },
      visits: [{ kind: 'inpatient', date: `${y}-06-30`, hospitalLevel: 'secondary', total: '10000' }],
      options: { trace: false },
    }, packs);
    return !isEstimateError(r);
  }));
}

function firstCategories(packs: RulePack[]): CategoryInfo[] {
  return packs.find((p) => p.categories.length > 0)?.categories ?? [];
}

/** The test pack and every shipped pack, each with its layers loaded. */
export async function packsUnderTest(): Promise<PackUnderTest[]> {
  const out: PackUnderTest[] = [];
  const test = FIXTURE_PACKS['test-city']!;
  const put = (name: string, packs: RulePack[], top: RulePack, categories: CategoryInfo[], strict: boolean): PackUnderTest => {
    const years = probeYears(packs, top);
    return { name, packs, top, categories, years: years.length ? years : [2025], computes: years.length > 0, strict };
  };
  out.push(put('test-city', [test], test, firstCategories([test]), true));
  for (const entry of PACK_CATALOG) {
    const loaded = await loadPackChain(entry.code);
    const packs = [...new Set(loaded.values())];
    const top = loaded.get(entry.code)!;
    const chain: RulePack[] = [];
    for (let p: RulePack | undefined = top; p && !chain.includes(p); p = p.extends ? loaded.get(p.extends) : undefined) chain.push(p);
    const alone = put(`${entry.code} ${entry.id}`, packs, top, firstCategories(chain), false);
    out.push(alone);
    if (!alone.computes) {
      // Fill what the region leaves unset with the test pack's made-up values, so the region's own
      // stated rules (modifiers, scales, derivations, categories) are exercised too.
      const completed = completedChain(chain, test);
      out.push(put(`${entry.code} ${entry.id} + test completion`, completed, completed[0]!, firstCategories(chain), false));
    }
  }
  return out;
}

/**
 * A shipped chain completed underneath with the test pack's made-up values: the chain's root layer
 * (a copy) extends a copy of the test pack, so every cell the region states wins (per-cell
 * layering) and only the cells it leaves unset fall through to made-up numbers.
 */
export function completedChain(chain: RulePack[], test: RulePack): RulePack[] {
  const root = chain[chain.length - 1]!;
  const base: RulePack = { ...structuredClone(test), id: 'fuzz-base', region: { ...test.region, code: '990199' } };
  // Widen the made-up tables so any identity and an omitted hospital level still find a value
  // (the region's own cells always win; only what it leaves unset falls through to these).
  const widen = (key: string, patch: (v: Record<string, unknown>) => void) => {
    for (const e of base.parameters[key] ?? []) patch(e.value as Record<string, unknown>);
  };
  widen('assistance.deductible', (v) => { v['*'] = '3000'; });
  widen('assistance.rate', (v) => { v['*'] = '0.5'; });
  widen('basic.rate', (v) => { const emp = (v.employee as Record<string, Record<string, string>>)['*']!; emp['*'] = '0.8'; });
  const rootCopy: RulePack = { ...root, extends: base.id };
  return [...chain.slice(0, -1), rootCopy, base];
}

/** The estimate input's pack reference: a test pack goes inline, a shipped pack by region. */
export function packRef(put: PackUnderTest): { pack: RulePack } | { region: string } {
  return put.top.kind === 'test' ? { pack: put.top } : { region: put.top.region.code };
}

// ── Money in fen (integers; < 2^53 for every amount up to 10亿元) ─────────────────────
export const MAX_FEN = 100_000_000_000; // 10⁹ 元
export const fenToMoney = (f: number): string => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;
const MONEY_OUT = /^(0|[1-9]\d*)\.\d\d$/;
export function moneyToFen(s: string): bigint {
  if (!MONEY_OUT.test(s)) throw new Error(`not a canonical non-negative money string: ${JSON.stringify(s)}`);
  return BigInt(s.replace('.', ''));
}

export const fenAmount = (): fc.Arbitrary<number> => fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 5_000_000 }), weight: 4 }, // up to 5万
  { arbitrary: fc.integer({ min: 0, max: 100_000_000 }), weight: 4 }, // up to 100万
  { arbitrary: fc.integer({ min: 0, max: MAX_FEN }), weight: 1 },
  { arbitrary: fc.constantFrom(0, 1, 99, 100, 1_000_000, MAX_FEN - 1, MAX_FEN), weight: 1 },
);

export interface GenVisit {
  id: string; kind: string; date: string; hospitalLevel?: string; place?: string;
  total: string; outOfScope?: string; partialSelfPay?: string;
}
export interface GenInput {
  pack?: RulePack; region?: string;
  person: { scheme: string; retired?: boolean; age?: number; birthDate?: string; categories: string[] };
  visits: GenVisit[];
  yearToDate?: Record<string, string | number>;
  options?: { trace?: boolean; lang?: 'zh-CN' | 'en' };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const dateIn = (year: number) => fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([m, d]) => `${year}-${pad2(m)}-${pad2(d)}`);

/** A visit: kind, level (always for kinds that need one, sometimes otherwise), place, amounts. */
export function visitArb(years: number[]): fc.Arbitrary<Omit<GenVisit, 'id'>> {
  return fc.record({
    kind: fc.constantFrom(...VISIT_KINDS),
    date: fc.constantFrom(...years).chain(dateIn),
    level: fc.constantFrom(...HOSPITAL_LEVELS),
    levelAlways: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
    place: fc.option(fc.constantFrom(...PLACES), { nil: undefined, freq: 3 }),
    total: fenAmount(),
    oosPermyriad: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
    pspPermyriad: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10_000 })),
  }).map((r) => {
    const oos = Math.floor((r.total * r.oosPermyriad) / 10_000);
    const psp = Math.floor(((r.total - oos) * r.pspPermyriad) / 10_000);
    const needsLevel = r.kind === 'inpatient' || r.kind === 'outpatient-special';
    return {
      kind: r.kind, date: r.date,
      ...(needsLevel || r.levelAlways ? { hospitalLevel: r.level } : {}),
      ...(r.place ? { place: r.place } : {}),
      total: fenToMoney(r.total),
      ...(oos || r.oosPermyriad ? { outOfScope: fenToMoney(oos) } : {}),
      ...(psp || r.pspPermyriad ? { partialSelfPay: fenToMoney(psp) } : {}),
    };
  });
}

/** Age facts: ages around the children's cut-off (13–15, or a birth date that turns 14 mid-year), adults. */
function ageArb(year: number) {
  return fc.oneof(
    fc.integer({ min: 13, max: 15 }).map((age) => ({ age })),
    fc.tuple(fc.integer({ min: 14, max: 15 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
      .map(([a, m, d]) => ({ birthDate: `${year - a}-${pad2(m)}-${pad2(d)}` })),
    fc.integer({ min: 16, max: 100 }).map((age) => ({ age })),
    fc.integer({ min: 0, max: 12 }).map((age) => ({ age })),
    fc.constant({}),
  );
}

export interface ScenarioOptions { maxVisits?: number; yearToDate?: boolean; categories?: 'any' | 'none' }

/** A whole estimate input for one pack. */
export function scenarioArb(put: PackUnderTest, o: ScenarioOptions = {}): fc.Arbitrary<GenInput> {
  const cats = put.categories.map((c) => c.id as string);
  const year = put.years[0]!;
  return fc.record({
    scheme: fc.constantFrom(...put.top.schemes),
    retired: fc.boolean(),
    ageFacts: ageArb(year),
    categories: o.categories === 'none' || cats.length === 0
      ? fc.constant([] as string[])
      : fc.oneof({ arbitrary: fc.constant([] as string[]), weight: 1 }, { arbitrary: fc.subarray(cats, { minLength: 1, maxLength: 1 }), weight: 3 },
        { arbitrary: fc.subarray(cats, { minLength: 2 }), weight: 1 }),
    visits: fc.array(visitArb(put.years.includes(year + 1) ? [year, year, year, year + 1] : [year]), { minLength: 1, maxLength: o.maxVisits ?? 12 }),
    ytd: o.yearToDate === false ? fc.constant(undefined) : fc.option(fc.record({
      inpatientAdmissions: fc.integer({ min: 0, max: 5 }),
      basicDeductiblePaid: fc.integer({ min: 0, max: 300_000 }).map(fenToMoney),
      basicPaid: fenAmount().map((f) => fenToMoney(Math.min(f, 50_000_000))),
      criticalBase: fc.integer({ min: 0, max: 20_000_000 }).map(fenToMoney),
      assistancePaid: fc.integer({ min: 0, max: 5_000_000 }).map(fenToMoney),
    }, { requiredKeys: [] }), { nil: undefined, freq: 6 }),
  }).map((r) => ({
    person: { scheme: r.scheme, ...(r.scheme === 'employee' ? { retired: r.retired } : {}), ...r.ageFacts, categories: r.categories },
    // yearToDate belongs to one year (the engine refuses it across two): then all visits in `year`.
    visits: r.visits.map((v, i) => ({ id: `v${i + 1}`, ...v, ...(r.ytd && Object.keys(r.ytd).length ? { date: `${year}${v.date.slice(4)}` } : {}) })),
    ...(r.ytd && Object.keys(r.ytd).length ? { yearToDate: r.ytd } : {}),
  }) as GenInput);
}

/** Estimates a generated input against the pack under test (inline for test packs, by region otherwise). */
export function run(put: PackUnderTest, input: GenInput): EstimateResult {
  return estimateSync({ ...packRef(put), ...input }, put.packs);
}

// ── Checks: each throws an Error naming the fault (fast-check then shrinks the input) ──────
const fail = (msg: string, extra?: unknown): never => {
  throw new Error(extra === undefined ? msg : `${msg}\n${JSON.stringify(extra).slice(0, 1500)}`);
};

/** Codes a shipped pack may legitimately answer a valid input with (a table cell it lacks). */
export const PACK_GAP_CODES = new Set(['param-missing', 'series-missing']);

/**
 * A visit without hospitalLevel whose kind the pack prices by level: the input contract requires
 * a level only for inpatient and outpatient-special, so the engine asks for it then
 * (input.required at visits[i].hospitalLevel) rather than reporting a gap in the rules.
 */
export const isLevelGap = (e: { code: string; path?: string; params?: Record<string, string> }): boolean =>
  e.code === 'input.required' && /^visits\[\d+\]\.hospitalLevel$/.test(e.path ?? '');

const PROSE_KEYS = new Set(['title', 'name', 'quote', 'note', 'description', 'localClass', 'label', 'issuer', 'clause', 'url', 'archived']);
const BAD_TEXT = /NaN|Infinity|undefined|\{\{/;

/**
 * No NaN, Infinity, undefined, non-JSON value or uninterpolated {{placeholder}} anywhere in the
 * output (pack-authored prose — titles, quotes… — is free text and not checked).
 */
export function checkNoBadValues(r: unknown): void {
  const walk = (x: unknown, path: string): void => {
    if (x === null || typeof x === 'boolean') return;
    if (typeof x === 'number') { if (!Number.isFinite(x)) fail(`${path} is ${x}`); return; }
    if (typeof x === 'string') { if (BAD_TEXT.test(x)) fail(`${path} = ${JSON.stringify(x.slice(0, 200))}`); return; }
    if (Array.isArray(x)) { x.forEach((e, i) => walk(e, `${path}[${i}]`)); return; }
    if (typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) {
        // An absent optional field (undefined) vanishes from the JSON; only text and numbers matter.
        if (v !== undefined && !PROSE_KEYS.has(k)) walk(v, `${path}.${k}`);
      }
      return;
    }
    fail(`${path} is a ${typeof x}`);
  };
  walk(r, '$');
}

/** An error result is whole: format + a non-empty list of localised, coded, located errors, nothing else. */
export function checkErrorWhole(r: EstimateResult): void {
  if (!isEstimateError(r)) fail('expected an error result', r);
  const e0 = r as Extract<EstimateResult, { format: 'yibao.error.v1' }>;
  if (Object.keys(e0).sort().join() !== 'errors,format') fail(`error result carries extra keys ${Object.keys(e0).join()}`);
  if (!Array.isArray(e0.errors) || e0.errors.length === 0) fail('error result without errors', r);
  for (const e of e0.errors) {
    if (typeof e.code !== 'string' || typeof e.path !== 'string' || typeof e.message !== 'string' || e.message === '') fail('malformed error item', e);
    if (/^(error|money|input|pack)\./.test(e.message)) fail(`error message not localised: ${e.message}`);
  }
  checkNoBadValues(r);
}

/** For a valid input: a full output, or (shipped packs only) a whole error naming a table gap. */
export function checkShape(r: EstimateResult, put: PackUnderTest): r is EstimateOutput {
  checkNoBadValues(r);
  if (isEstimateError(r)) {
    checkErrorWhole(r);
    if (put.strict && !r.errors.every(isLevelGap)) fail('the test pack refused a valid input', r.errors);
    if (!r.errors.every((e) => PACK_GAP_CODES.has(e.code) || isLevelGap(e))) fail('unexpected error for a valid input', r.errors);
    gapCount.n++;
    return false;
  }
  if (r.format !== 'yibao.estimate.v1') fail('unknown result format', r);
  for (const k of ['engine', 'pack', 'identity', 'visits', 'totals', 'warnings', 'assumptions'] as const) if (r[k] === undefined) fail(`output lacks ${k}`);
  okCount.n++;
  return true;
}
/** Tallies (reported by the scale run): valid inputs answered with figures, and with a table gap. */
export const okCount = { n: 0 };
export const gapCount = { n: 0 };

/** Conservation to the fen for every visit and for the totals; no negative figure. */
export function checkConservation(out: EstimateOutput, input: GenInput): void {
  if (out.visits.length !== input.visits.length) fail(`visits in ${input.visits.length}, out ${out.visits.length}`);
  const tot = { total: 0n, basic: 0n, critical: 0n, assistance: 0n, tilt: 0n, outOfPocket: 0n };
  for (const v of out.visits) {
    const given = input.visits.find((x) => x.id === v.id);
    if (!given) fail(`unknown visit id ${v.id}`);
    if (moneyToFen(v.total) !== moneyToFen(given!.total)) fail(`visit ${v.id}: total changed ${given!.total} → ${v.total}`);
    const parts = (['basic', 'critical', 'assistance', 'tilt', 'outOfPocket'] as const).map((k) => moneyToFen(v[k]));
    const sum = parts.reduce((a, b) => a + b, 0n);
    if (sum !== moneyToFen(v.total)) fail(`visit ${v.id}: basic+critical+assistance+tilt+outOfPocket = ${sum} fen ≠ total ${v.total}`, v);
    for (const k of Object.keys(tot) as (keyof typeof tot)[]) tot[k] += moneyToFen(v[k]);
  }
  for (const k of Object.keys(tot) as (keyof typeof tot)[]) {
    if (moneyToFen(out.totals[k]) !== tot[k]) fail(`totals.${k} ${out.totals[k]} ≠ Σ visits ${tot[k]} fen`);
  }
}

function stepParams(trace: TraceStep[], prefix: string): ParamRead[] | undefined {
  return trace.find((s) => s.id.startsWith(prefix))?.params;
}
const capFen = (r: ParamRead | undefined): bigint | null | undefined =>
  r === undefined ? undefined : r.value === null ? null : moneyToFenLoose(r.value as string);
function moneyToFenLoose(s: string): bigint {
  // A pack value may carry more decimals ("1234.5", "30000"); the engine caps at the fen below.
  const [i, f = ''] = s.split('.');
  return BigInt(i!) * 100n + BigInt((f + '00').slice(0, 2));
}

/**
 * Caps and limits, read from each visit's trace (the value in force for that visit, after
 * modifiers): cumulative payments in the benefit year never exceed them.
 * Only for inputs without yearToDate (opening balances shift what "used" means).
 */
export function checkCaps(out: EstimateOutput): void {
  // Each visit pays at most what its limit (as read for that visit, after modifiers) leaves after
  // the year's earlier payments from the same pool: Σ stays ≤ the limit whenever the limit is constant.
  const used = new Map<string, bigint>();
  const pay = (key: string, cap: bigint | null | undefined, x: bigint, what: string, v: VisitResult) => {
    const before = used.get(key) ?? 0n;
    if (cap != null) {
      const left = cap > before ? cap - before : 0n;
      if (x > left) fail(`${what}: visit ${v.id} pays ${x} fen but the limit ${cap} fen leaves ${left} after ${before} already paid this year`, out.visits.map((y) => [y.id, y.date, y.basic, y.critical, y.assistance, y.tilt]));
    }
    used.set(key, before + x);
  };
  for (const v of out.visits) {
    const tr = v.trace ?? fail(`visit ${v.id} has no trace`);
    const y = v.date.slice(0, 4);
    const basicCap = stepParams(tr, 'basic.cap.');
    if (basicCap) pay(`${y}|basic|${basicCap[0]!.value as string}`, capFen(basicCap[1]), moneyToFen(v.basic), `${y} basic pool ${basicCap[0]!.value}`, v);
    else if (moneyToFen(v.basic) !== 0n) fail(`visit ${v.id}: basic paid ${v.basic} without a cap step`);
    const critCap = stepParams(tr, 'critical.cap.');
    if (critCap) pay(`${y}|critical`, capFen(critCap[0]), moneyToFen(v.critical), `${y} critical`, v);
    else if (moneyToFen(v.critical) !== 0n) fail(`visit ${v.id}: critical paid ${v.critical} without a critical payment step`);
    const tiltStep = tr.find((s) => s.id.startsWith('tilt.payment.') || s.id === 'tilt.below-threshold');
    const shares = tiltStep?.params[7]?.value === true;
    const lim = stepParams(tr, 'assistance.limit.');
    if (lim) pay(`${y}|assistance|${lim[0]!.value as string}`, capFen(lim[1]), moneyToFen(v.assistance) + (shares ? moneyToFen(v.tilt) : 0n), `${y} assistance pool ${lim[0]!.value}${shares ? ' (with tilt)' : ''}`, v);
    else if (moneyToFen(v.assistance) !== 0n) fail(`visit ${v.id}: assistance paid ${v.assistance} without an assistance step`);
    if (tiltStep) pay(`${y}|tilt`, capFen(tiltStep.params[6]), moneyToFen(v.tilt), `${y} tilt`, v);
    else if (moneyToFen(v.tilt) !== 0n) fail(`visit ${v.id}: tilt paid ${v.tilt} without a tilt step`);
  }
}

/** Same input → the same output JSON (twice in a row, and against a deep copy of the packs). */
export function checkDeterminism(put: PackUnderTest, input: GenInput, first: EstimateResult): void {
  const again = JSON.stringify(run(put, JSON.parse(JSON.stringify(input))));
  if (again !== JSON.stringify(first)) fail('same input, different output');
}

export const oopFen = (out: EstimateOutput): bigint => moneyToFen(out.totals.outOfPocket);
export const visitOop = (v: VisitResult): bigint => moneyToFen(v.outOfPocket);

/**
 * One batch of the scale fuzz (scale.test.ts in the browser, node-worker.ts in Node): conservation,
 * no negatives, caps, no NaN, whole results, determinism every 20th. Returns how many scenarios ran.
 */
export function scaleBatch(put: PackUnderTest, start: number, n: number): number {
  let i = 0;
  fc.assert(fc.property(scenarioArb(put), (input) => {
    const trace = input.yearToDate === undefined;
    const withOpts = { ...input, options: { trace } };
    const r = run(put, withOpts);
    if (i++ % 20 === 0) checkDeterminism(put, withOpts, r);
    if (!checkShape(r, put)) return;
    checkConservation(r, input);
    if (trace) checkCaps(r);
  }), { numRuns: n, seed: 7_000_000 + start, includeErrorInReport: true });
  return i;
}
