// Engine benchmark, shared by Node (scripts/bench.mjs bundles this file with esbuild) and Chromium
// (test/perf/bench.test.ts imports it): one code path, two runtimes.
//
// What users run (issue 15): every shipped region found in PACK_CATALOG at run time (every city
// pack, a sample of province layers, the national layer), a year of ten stays with the trace, as
// shipped (a region with unknowns answers with a range: central + generous + strict corners and a
// one-at-a-time search for the unknowns that moved the result) and with every unknown pinned to its
// central value (one evaluation: what bounds cost); the what-if curve on the region with unknowns.
// A region that refuses the scenario is listed with its reason; the made-up pack with many unknowns
// (test/fixtures/packs/test-range-city.json) always runs, and carries the budgets when no shipped
// region has unknowns yet.
//
// Each figure is the median and p95 over many samples; a sample is the mean of a small batch sized
// to last ≥ ~2 ms, so browser timer coarsening (100 µs without cross-origin isolation) does not
// quantise sub-millisecond calls. Warm-up runs come first (JIT). Every figure is also printed as a
// ratio to an in-run reference (the same kind of decimal.js work without the engine, measured in the
// same process): on a loaded machine both slow down together, so ratios compare across runs.
import { estimateSync, isEstimateError, PACK_CATALOG, loadPackChain, type EstimateOutput, type RulePack } from '../src/index.js';
import { whatIfCurve, isWhatIfError } from '../src/engine/what-if.js';
import { PackChain } from '../src/packs/resolve.js';
import { Dec } from '../src/money/decimal.js';

export interface Budget { stat: 'median' | 'p95'; maxMs: number; where: 'chromium' | 'any' }
export interface Figure {
  name: string;
  /** Milliseconds per operation. */
  median: number;
  p95: number;
  samples: number;
  /** Operations per second at the median. */
  perSecond: number;
  budgets?: Budget[];
  /** Median ÷ the in-run reference's median (same process, same moment). */
  ratio?: number;
  /** Which reference the ratio is to. */
  ref?: string;
  note?: string;
}

/** The budgets of issue 15 (checked by scripts/bench.mjs on the Chromium figures). */
export const BUDGETS = {
  tenStays: [{ stat: 'median', maxMs: 4, where: 'chromium' }] as Budget[],
  whatIf: [{ stat: 'median', maxMs: 16, where: 'chromium' }] as Budget[],
  keystroke: [{ stat: 'p95', maxMs: 16, where: 'chromium' }, { stat: 'median', maxMs: 6, where: 'chromium' }] as Budget[],
};

const now = () => performance.now();

const batchFor = (fn: () => void, minBatch: number) => {
  for (let i = 0; i < 5; i++) fn(); // warm-up
  const t = now();
  fn();
  const one = Math.max(now() - t, 0.001);
  return Math.max(1, Math.min(500, Math.ceil(minBatch / one)));
};
const timeBatch = (fn: () => void, batch: number) => {
  const t = now();
  for (let i = 0; i < batch; i++) fn();
  return (now() - t) / batch;
};

/**
 * Median and p95 of `fn`. With `ref`, every sample of `fn` is paired with a sample of the reference
 * taken just before it, and the figure's ratio is the median of the per-pair ratios: the two share
 * the machine's load of that moment, so the ratio holds still where the milliseconds do not.
 */
export function measure(name: string, fn: () => void, opts: { samples?: number; minBatchMs?: number; budgets?: Budget[]; note?: string; ref?: { name: string; fn: () => void } } = {}): Figure {
  const samples = opts.samples ?? 60;
  const minBatch = opts.minBatchMs ?? 2;
  const batch = batchFor(fn, minBatch);
  const refBatch = opts.ref ? batchFor(opts.ref.fn, 2) : 0;
  const xs: number[] = [];
  const ratios: number[] = [];
  for (let s = 0; s < samples; s++) {
    const r = opts.ref ? timeBatch(opts.ref.fn, refBatch) : 0;
    const x = timeBatch(fn, batch);
    xs.push(x);
    if (opts.ref) ratios.push(x / Math.max(r, 1e-6));
  }
  const f = summarise(name, xs, opts.budgets, opts.note);
  return opts.ref ? { ...f, ratio: summarise('', ratios).median, ref: opts.ref.name } : f;
}

export function summarise(name: string, xs: number[], budgets?: Budget[], note?: string): Figure {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))]!;
  const median = q(0.5);
  return { name, median, p95: q(0.95), samples: xs.length, perSecond: median > 0 ? 1000 / median : Infinity, ...(budgets ? { budgets } : {}), ...(note ? { note } : {}) };
}

export const statOf = (f: Figure, b: Budget): number => (b.stat === 'median' ? f.median : f.p95);
/** true: every budget met; false: one broken; undefined: no budget. */
export const within = (f: Figure): boolean | undefined =>
  f.budgets?.length ? f.budgets.every((b) => statOf(f, b) <= b.maxMs) : undefined;
/** The broken budgets of a figure, as text. */
export const broken = (f: Figure): string[] =>
  (f.budgets ?? []).filter((b) => !(statOf(f, b) <= b.maxMs)).map((b) => `${f.name}: ${b.stat} ${statOf(f, b).toFixed(2)} ms > ${b.maxMs} ms`);

/** A figure's ratio from per-sample pairs (each figure sample ÷ the reference sample taken with it). */
export function withRatio(f: Figure, ratios: number[], ref: string): Figure {
  return { ...f, ratio: summarise('', ratios).median, ref };
}

type Input = Record<string, unknown>;

/** One inpatient stay, 低保: every tier pays. */
export function oneStay(pack: RulePack | string, level = 'tertiary'): Input {
  return {
    ...(typeof pack === 'string' ? { region: pack } : { pack }),
    person: { scheme: 'resident', age: 40, categories: ['subsistence'] },
    visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: level, total: '100000.00', outOfScope: '5000', partialSelfPay: '3000' }],
  };
}

/** A year of ten stays: inpatient, 门诊慢特病 and 门诊特殊病, caps and limits reached on the way. */
export function tenStays(pack: RulePack | string, level = 'tertiary', categories: string[] = ['subsistence']): Input {
  const kinds = ['inpatient', 'outpatient-chronic', 'inpatient', 'outpatient-special', 'inpatient', 'outpatient-chronic', 'inpatient', 'outpatient-special', 'inpatient', 'inpatient'];
  return {
    ...(typeof pack === 'string' ? { region: pack } : { pack }),
    person: { scheme: 'resident', age: 40, categories },
    visits: kinds.map((kind, i) => ({
      id: `s${i + 1}`, kind, date: `2025-${String(i + 1).padStart(2, '0')}-15`,
      ...(kind === 'outpatient-chronic' ? {} : { hospitalLevel: level }),
      total: kind === 'inpatient' ? `${30000 + i * 9000}.50` : `${2000 + i * 300}.00`,
      outOfScope: kind === 'inpatient' ? '1500.00' : '0', partialSelfPay: kind === 'inpatient' ? '800.00' : '100.00',
    })),
  };
}

// ── Counting evaluations: every corner or one-at-a-time probe reads the chain through a view
// (PackChain.at); a plain estimate makes none. Counted by wrapping the method, engine untouched.
let views = 0;
const proto = PackChain.prototype as unknown as { at: (this: PackChain, plan: unknown) => PackChain; __ybCounted?: boolean };
if (!proto.__ybCounted) {
  const at = proto.at;
  proto.at = function (this: PackChain, plan: unknown) { views++; return at.call(this, plan); };
  proto.__ybCounted = true;
}
/** Evaluations (central + corners + probes) one estimate makes, and its result. */
export function evaluationsOf(run: () => unknown): { evaluations: number; result: unknown } {
  const v0 = views;
  const result = run();
  return { evaluations: 1 + views - v0, result };
}

// ── Unknowns pinned to their central value: the same chain, one evaluation ──────────────────
type Json = null | boolean | string | number | Json[] | { [k: string]: Json };
const isObj = (x: unknown): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A copy of the pack with every range leaf replaced by its central value (series years too). */
export function pinCentral(pack: RulePack): RulePack {
  const copy = JSON.parse(JSON.stringify(pack)) as Record<string, Json>;
  const walk = (node: Json): Json => {
    if (!isObj(node)) return node;
    if (isObj(node.range)) return node.range.central ?? null;
    for (const k of Object.keys(node)) node[k] = walk(node[k]!);
    return node;
  };
  for (const entries of Object.values(copy.parameters as Record<string, { value: Json }[]>)) for (const e of entries) e.value = walk(e.value);
  for (const s of Object.values((copy.series ?? {}) as Record<string, { points: Record<string, Record<string, Json>> }>)) {
    for (const [year, pt] of Object.entries(s.points)) {
      if (isObj(pt.range)) {
        const { range: r, ...rest } = pt;
        s.points[year] = { ...rest, value: (r as Record<string, Json>).central ?? (r as Record<string, Json>).low! };
      }
    }
  }
  return copy as unknown as RulePack;
}
export const hasRanges = (packs: RulePack[]): boolean => packs.some((p) => JSON.stringify(p).includes('"range":{'));

// ── The in-run reference: decimal.js work of the engine's kind, without the engine ─────────────
/**
 * A fixed workload: for 10 visits × 3 corners, the arithmetic a visit's tiers need (parse money
 * strings, subtract, multiply by rates, clamp by caps, round to the fen, format) — ≈ 1,000
 * decimal.js operations. Not a model of the engine; a yardstick that slows down with the machine.
 */
export function decimalReference(): string {
  let acc = new Dec(0);
  for (let corner = 0; corner < 3; corner++) {
    for (let v = 0; v < 10; v++) {
      const total = new Dec(`${30000 + v * 9000}.50`);
      let left = total.minus('1500.00').minus(new Dec('800.00').times('0.1'));
      for (const [deductible, rate, cap] of [['800', '0.7', '150000'], ['12000', '0.6', '300000'], ['5000', '0.7', '60000'], ['0', '0.1', '10000']] as const) {
        const over = Dec.max(left.minus(deductible), 0);
        const pay = Dec.min(over.times(new Dec(rate).plus(corner * 0.05)), cap).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
        left = left.minus(pay);
        acc = acc.plus(pay);
        void pay.toFixed(2);
      }
      void left.toFixed(2);
    }
  }
  return acc.toFixed(2);
}

export interface Region {
  code: string;
  label: string;
  layer: 'national' | 'province' | 'city' | 'fixture';
  packs: RulePack[];
  /** The region code the input names (the packs are handed to estimateSync). */
  ref: string;
  unknowns: boolean;
  /** The region's categories in the scenario (its first category, or none). */
  categories: string[];
}

/** Estimates for the scenario, by region (shipped) or inline (test pack, its parent in `packs`). */
export function scenarioInput(r: Region, kind: 'ten' | 'one', trace: boolean): Input {
  const base = kind === 'ten' ? tenStays(r.ref, 'tertiary', r.categories) : { ...oneStay(r.ref), person: { scheme: 'resident', age: 40, categories: r.categories } };
  return { ...base, options: { trace } };
}

export interface Discovery { regions: Region[]; refused: string[]; fixture: Region; withUnknowns: Region }

/**
 * Every shipped region in PACK_CATALOG at run time: every city (a pack with a province, or a code
 * not ending in 0000), `provinceSample` province layers spread over the catalogue, the national
 * layer. A region that refuses a year of ten stays (as 低保, else with no category) is listed in
 * `refused`. `withUnknowns`: the first city that answers with unknowns, else any region, else the
 * fixture.
 */
export async function discoverRegions(fixtures: { testCity: RulePack; testRangeCity: RulePack }, opts: { provinceSample?: number } = {}): Promise<Discovery> {
  const regions: Region[] = [];
  const refused: string[] = [];
  const provinces = PACK_CATALOG.filter((e) => e.code !== '000000' && !e.province && e.code.endsWith('0000'));
  const k = opts.provinceSample ?? 4;
  const step = Math.max(1, provinces.length / Math.max(1, k));
  const sampled = new Set(k <= 0 ? [] : provinces.filter((_, i) => Math.floor(i % step) === 0).slice(0, k).map((e) => e.code));
  for (const entry of PACK_CATALOG) {
    const layer: Region['layer'] = entry.code === '000000' ? 'national' : !entry.province && entry.code.endsWith('0000') ? 'province' : 'city';
    if (layer === 'province' && !sampled.has(entry.code)) continue;
    try {
      const packs = [...new Set((await loadPackChain(entry.code)).values())];
      const cats = packs.find((p) => p.categories.length > 0)?.categories.map((c) => c.id as string) ?? [];
      const r: Region = { code: entry.code, label: `${entry.code} ${entry.name['zh-CN']}`, layer, packs, ref: entry.code, unknowns: false, categories: cats.includes('subsistence') ? ['subsistence'] : [] };
      let out = estimateSync(scenarioInput(r, 'ten', false), packs);
      if (isEstimateError(out) && r.categories.length) {
        r.categories = [];
        out = estimateSync(scenarioInput(r, 'ten', false), packs);
      }
      if (isEstimateError(out)) { refused.push(`${entry.code} ${entry.id} (${out.errors[0]?.code}${out.errors[0]?.params?.key ? ` ${out.errors[0].params.key}` : ''})`); continue; }
      r.unknowns = hasRanges(packs);
      regions.push(r);
    } catch (e) {
      refused.push(`${entry.code} (${(e as Error).message.slice(0, 60)})`);
    }
  }
  const fixture: Region = {
    code: '990200', label: '990200 test-range-city (made up)', layer: 'fixture',
    // By region code (as a shipped region: the validated chain is cached across estimates).
    packs: [fixtures.testRangeCity, fixtures.testCity], ref: '990200', unknowns: true, categories: ['subsistence'],
  };
  const withUnknowns = regions.find((r) => r.unknowns && r.layer === 'city') ?? regions.find((r) => r.unknowns) ?? fixture;
  return { regions, refused, fixture, withUnknowns };
}

/** The region with every unknown pinned to its central value (one evaluation per estimate). */
export function pinned(r: Region): Region {
  const packs = r.packs.map(pinCentral);
  return { ...r, packs, unknowns: false };
}

/** Evaluations per estimate of the scenario, and whether the result is a range. */
export function shapeOf(r: Region): { evaluations: number; exact: boolean; unknowns: number } {
  const { evaluations, result } = evaluationsOf(() => estimateSync(scenarioInput(r, 'ten', true), r.packs));
  if (isEstimateError(result as never)) throw new Error(`${r.label}: ${JSON.stringify((result as { errors: unknown }).errors)}`);
  const o = result as EstimateOutput;
  return { evaluations, exact: o.totals.exact, unknowns: o.unknowns.length };
}

/** The engine figures: the reference, then every region found, then the what-if curve. */
export async function engineFigures(fixtures: { testCity: RulePack; testRangeCity: RulePack }, opts: { samples?: number; runtime: 'node' | 'chromium'; provinceSample?: number; progress?: (f: Figure) => void }): Promise<{ figures: Figure[]; refused: string[]; reference: Figure; withUnknowns: string }> {
  const samples = opts.samples ?? 60;
  const out: Figure[] = [];
  const push = (f: Figure) => { out.push(f); opts.progress?.(f); };
  const { regions, refused, fixture, withUnknowns } = await discoverRegions(fixtures, { provinceSample: opts.provinceSample });
  const REF = 'reference: decimal.js, ≈1,000 ops of tier arithmetic (no engine)';
  const reference = measure(REF, decimalReference, { samples });
  push({ ...reference, ratio: 1, ref: REF });
  const ref = { name: REF, fn: () => { decimalReference(); } };
  const ratioed = (f: Figure) => push(f);

  const benchRegion = (r: Region, budgeted: boolean) => {
    const shape = shapeOf(r);
    const kind = shape.exact ? (shape.evaluations > 1 ? 'unknowns immaterial' : 'exact') : `range, ${shape.unknowns} unknowns moved it`;
    const ten = scenarioInput(r, 'ten', true);
    ratioed(measure(`${r.label}: ten stays, trace (${kind}; ${shape.evaluations} evaluations)`,
      () => estimateSync(ten, r.packs), { samples, ref, ...(budgeted ? { budgets: BUDGETS.tenStays } : {}) }));
    if (r.unknowns) {
      const p = pinned(r);
      const tenP = scenarioInput(p, 'ten', true);
      ratioed(measure(`${r.label}: ten stays, trace, unknowns pinned to central (1 evaluation)`, () => estimateSync(tenP, p.packs), { samples, ref }));
    }
  };
  // The fixture first (a stable yardstick across runs), then every shipped region.
  benchRegion(fixture, withUnknowns === fixture);
  const tenOff = scenarioInput(fixture, 'ten', false);
  ratioed(measure(`${fixture.label}: ten stays, trace off (range)`, () => estimateSync(tenOff, fixture.packs), { samples, ref }));
  for (const r of regions) benchRegion(r, r === withUnknowns);

  // What-if curve with ranges: the region with unknowns (the widget draws it for the shown visit).
  const one = scenarioInput(withUnknowns, 'one', false);
  const c = whatIfCurve(one, withUnknowns.packs, {});
  if (isWhatIfError(c)) throw new Error(`what-if: ${JSON.stringify(c.errors)}`);
  ratioed(measure(`${withUnknowns.label}: what-if curve (${c.points.length} points, ${c.bends.length} bends, ${c.evaluations} evaluations)`,
    () => whatIfCurve(one, withUnknowns.packs, {}), { samples: Math.max(10, Math.floor(samples / 3)), minBatchMs: 0, ref, budgets: BUDGETS.whatIf }));
  void opts.runtime;
  return { figures: out, refused, reference, withUnknowns: withUnknowns.label };
}

export function formatFigures(title: string, figs: Figure[]): string {
  const n = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
  const W = 92;
  const lines = [title, `${'figure'.padEnd(W)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(9)} ${'× ref'.padStart(7)}  budget`];
  for (const f of figs) {
    const b = (f.budgets ?? []).map((x) => `${x.stat} ≤ ${x.maxMs} ms${statOf(f, x) <= x.maxMs ? '' : ' OVER'}`).join(', ');
    const where = f.budgets?.some((x) => x.where === 'chromium') ? ' (Chromium)' : '';
    lines.push(`${f.name.slice(0, W).padEnd(W)} ${n(f.median).padStart(10)} ${n(f.p95).padStart(9)} ${(f.ratio !== undefined ? f.ratio.toFixed(2) : '').padStart(7)}  ${b}${b ? where : ''}`);
  }
  const refs = [...new Set(figs.map((f) => f.ref).filter(Boolean))];
  if (refs.length) lines.push(`× ref: median over samples of (figure ÷ a sample of the reference taken just before it, same process): ${refs.join('; ')}`);
  return lines.join('\n');
}
