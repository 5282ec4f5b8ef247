// Engine benchmark, shared by Node (scripts/bench.mjs bundles this file with esbuild) and Chromium
// (test/perf/bench.test.ts imports it): one code path, two runtimes.
//
// Each figure is the median and p95 over many samples; a sample is the mean of a small batch sized
// to last ≥ ~2 ms, so browser timer coarsening (100 µs without cross-origin isolation) does not
// quantise sub-millisecond calls. Warm-up runs come first (JIT). The machine is shared: read p95
// as noise, the median as the figure.
import { estimateSync, isEstimateError, PACK_CATALOG, loadPackChain, type RulePack } from '../src/index.js';
import { whatIfCurve, isWhatIfError } from '../src/engine/what-if.js';

export interface Figure {
  name: string;
  /** Milliseconds per operation. */
  median: number;
  p95: number;
  samples: number;
  /** Operations per second at the median. */
  perSecond: number;
  budget?: { stat: 'median' | 'p95'; maxMs: number; where: 'chromium' | 'any' };
  note?: string;
}

const now = () => performance.now();

export function measure(name: string, fn: () => void, opts: { samples?: number; minBatchMs?: number; budget?: Figure['budget']; note?: string } = {}): Figure {
  const samples = opts.samples ?? 60;
  const minBatch = opts.minBatchMs ?? 2;
  for (let i = 0; i < 5; i++) fn(); // warm-up
  let t = now();
  fn();
  const one = Math.max(now() - t, 0.001);
  const batch = Math.max(1, Math.min(500, Math.ceil(minBatch / one)));
  const xs: number[] = [];
  for (let s = 0; s < samples; s++) {
    t = now();
    for (let i = 0; i < batch; i++) fn();
    xs.push((now() - t) / batch);
  }
  return summarise(name, xs, opts.budget, opts.note);
}

export function summarise(name: string, xs: number[], budget?: Figure['budget'], note?: string): Figure {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))]!;
  const median = q(0.5);
  return { name, median, p95: q(0.95), samples: xs.length, perSecond: median > 0 ? 1000 / median : Infinity, ...(budget ? { budget } : {}), ...(note ? { note } : {}) };
}

export const within = (f: Figure): boolean | undefined =>
  f.budget ? (f.budget.stat === 'median' ? f.median : f.p95) <= f.budget.maxMs : undefined;

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
export function tenStays(pack: RulePack | string, level = 'tertiary'): Input {
  const kinds = ['inpatient', 'outpatient-chronic', 'inpatient', 'outpatient-special', 'inpatient', 'outpatient-chronic', 'inpatient', 'outpatient-special', 'inpatient', 'inpatient'];
  return {
    ...(typeof pack === 'string' ? { region: pack } : { pack }),
    person: { scheme: 'resident', age: 40, categories: ['subsistence'] },
    visits: kinds.map((kind, i) => ({
      id: `s${i + 1}`, kind, date: `2025-${String(i + 1).padStart(2, '0')}-15`,
      ...(kind === 'outpatient-chronic' ? {} : { hospitalLevel: level }),
      total: kind === 'inpatient' ? `${30000 + i * 9000}.50` : `${2000 + i * 300}.00`,
      outOfScope: kind === 'inpatient' ? '1500.00' : '0', partialSelfPay: kind === 'inpatient' ? '800.00' : '100.00',
    })),
  };
}

function check(r: ReturnType<typeof estimateSync>, what: string) {
  if (isEstimateError(r)) throw new Error(`${what}: ${JSON.stringify(r.errors)}`);
}

/** The engine figures. `testPack` is test/fixtures/packs/test-city.json (kind "test"). */
export async function engineFigures(testPack: RulePack, opts: { samples?: number; runtime: 'node' | 'chromium' }): Promise<Figure[]> {
  const samples = opts.samples ?? 60;
  const out: Figure[] = [];
  const scen = (label: string, packs: RulePack[], one: Input, ten: Input) => {
    const trace = (i: Input, on: boolean) => ({ ...i, options: { trace: on } });
    for (const [name, input, budget] of [
      [`${label}: one stay, trace on`, trace(one, true), undefined],
      [`${label}: one stay, trace off`, trace(one, false), undefined],
      [`${label}: year of ten stays, trace on`, trace(ten, true), { stat: 'median', maxMs: 4, where: 'chromium' }],
      [`${label}: year of ten stays, trace off`, trace(ten, false), undefined],
    ] as const) {
      check(estimateSync(input, packs), name);
      out.push(measure(name, () => estimateSync(input, packs), { samples, ...(budget ? { budget: budget as Figure['budget'] } : {}) }));
    }
    const c = whatIfCurve(one, packs, {});
    if (isWhatIfError(c)) throw new Error(`what-if: ${JSON.stringify(c.errors)}`);
    out.push(measure(`${label}: what-if curve (one stay, ${c.points.length} points, ${c.bends.length} bends, ${c.evaluations} evaluations)`,
      () => whatIfCurve(one, packs, {}), { samples: Math.max(10, Math.floor(samples / 3)), minBatchMs: 0 }));
  };
  scen('test pack', [], oneStay(testPack), tenStays(testPack));
  // Real packs, when the catalog ships any: the first two regions a 低保 inpatient stay computes in
  // (national and provincial guideline layers may lack city parameters).
  let used = 0;
  const skipped: string[] = [];
  for (const entry of PACK_CATALOG) {
    if (used >= 2) break;
    try {
      const chain = [...new Set((await loadPackChain(entry.code)).values())];
      const probe = estimateSync({ ...tenStays(entry.code), options: { trace: false } }, chain);
      if (isEstimateError(probe)) { skipped.push(`${entry.code} (${probe.errors[0]?.code})`); continue; }
      scen(`${entry.code} ${entry.name['zh-CN']}`, chain, oneStay(entry.code), tenStays(entry.code));
      used++;
    } catch (e) {
      skipped.push(`${entry.code} (${(e as Error).message.slice(0, 40)})`);
    }
  }
  if (skipped.length) out.push({ name: `real packs not benchmarked: ${skipped.join(', ')}`.slice(0, 78), median: NaN, p95: NaN, samples: 0, perSecond: NaN });
  void opts.runtime;
  return out;
}

export function formatFigures(title: string, figs: Figure[]): string {
  const n = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');
  const lines = [title, `${'figure'.padEnd(78)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(9)} ${'per s'.padStart(9)}  budget`];
  for (const f of figs) {
    const ok = within(f);
    const b = f.budget ? `${f.budget.stat} ≤ ${f.budget.maxMs} ms${f.budget.where === 'chromium' ? ' (Chromium)' : ''} ${ok ? 'ok' : 'OVER'}` : '';
    lines.push(`${f.name.padEnd(78)} ${n(f.median).padStart(10)} ${n(f.p95).padStart(9)} ${(Number.isFinite(f.perSecond) ? Math.round(f.perSecond).toString() : '—').padStart(9)}  ${b}`);
  }
  return lines.join('\n');
}
