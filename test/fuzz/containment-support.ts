// Containment (issue 10), the shared part: sample points inside the cited bounds of every range
// leaf, estimate exactly at each point, check the result lies within the bounded estimate's
// [low, high]. Used by test/engine/containment.test.ts (browser, 10,000 points per pack) and the
// Node fuzz run (scripts/fuzz-node.mjs, a larger count in worker threads). No test framework here:
// a failed check throws an Error naming the seed and the input.
import fc from 'fast-check';
import { PARAMS, estimateSync, isEstimateError, type EstimateOutput, type ParamKey, type RulePack } from '../../src/index.js';
import { Dec } from '../../src/money/decimal.js';
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';
import { checkConservation, moneyToFen, packsUnderTest, scenarioArb, type GenInput, type PackUnderTest } from './support.js';

/** Each generated scenario is checked against this many sampled chains (points = scenarios × samples). */
export const SAMPLES = 50;

type Json = null | boolean | string | Json[] | { [k: string]: Json };
const isObj = (x: unknown): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A small seeded generator, so a failure is reproducible from the printed seed. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A decimal between lo and hi (inclusive), the ends themselves one time in five. */
function between(lo: string, hi: string, r: () => number, places: number): string {
  const u = r();
  if (u < 0.1) return lo;
  if (u < 0.2) return hi;
  const span = new Dec(hi).minus(lo);
  return new Dec(lo).plus(span.times(r()).toDecimalPlaces(places, Dec.ROUND_DOWN)).toString();
}

type Bands = { bands: { from: string; rate: string }[] };
const sameEdges = (a: Bands, b: Bands) => a.bands.length === b.bands.length && a.bands.every((x, i) => new Dec(x.from).equals(b.bands[i]!.from));

/** One value inside a range leaf's bounds, of the parameter's leaf type. */
function sampleRange(range: Record<string, Json>, leaf: string, r: () => number): Json {
  const { low, high, central } = range as { low: Json; high: Json; central: Json };
  if (typeof low === 'string') {
    const places = leaf.startsWith('money') ? 2 : 4;
    if (high === null) {
      // No upper bound known (a cap): no cap at all, the central figure, or a value above the floor.
      const u = r();
      if (u < 0.25) return null;
      if (u < 0.4) return central;
      return between(low, new Dec(low).times(1 + 4 * r()).toFixed(2), r, places);
    }
    return between(low, high as string, r, places);
  }
  // Scales: interpolate band by band when the ends share their band edges; else take one of the three.
  const lo = low as unknown as Bands;
  const hi = high as unknown as Bands;
  if (sameEdges(lo, hi)) {
    const lambda = String(r().toFixed(4));
    return { bands: lo.bands.map((b, i) => ({ from: b.from, rate: new Dec(b.rate).plus(new Dec(hi.bands[i]!.rate).minus(b.rate).times(lambda)).toDecimalPlaces(4, Dec.ROUND_DOWN).toString() })) } as unknown as Json;
  }
  const pick = r();
  return pick < 1 / 3 ? low : pick < 2 / 3 ? central : high;
}

/** A copy of the pack with every range leaf (and bounded series year) replaced by one sampled value. */
export function samplePack(pack: RulePack, r: () => number): RulePack {
  const copy = structuredClone(pack) as unknown as Record<string, Json>;
  const params = copy.parameters as Record<string, { value: Json }[]>;
  for (const [key, entries] of Object.entries(params)) {
    const leaf = PARAMS[key as ParamKey].leaf;
    const walk = (node: Json): Json => {
      if (!isObj(node)) return node;
      if ('range' in node) return sampleRange(node.range as Record<string, Json>, leaf, r);
      if ('bands' in node || 'derive' in node) return node;
      for (const k of Object.keys(node)) node[k] = walk(node[k]!);
      return node;
    };
    for (const e of entries) e.value = walk(e.value);
  }
  const series = (copy.series ?? {}) as Record<string, { points: Record<string, Record<string, Json>> }>;
  for (const s of Object.values(series)) {
    for (const [year, pt] of Object.entries(s.points)) {
      if (!('range' in pt)) continue;
      const range = pt.range as { low: string; high: string | null };
      const value = range.high === null ? range.low : between(range.low, range.high, r, 0);
      s.points[year] = { value, status: pt.status!, cite: pt.cite! };
    }
  }
  return copy as unknown as RulePack;
}

export const hasRanges = (packs: RulePack[]): boolean => packs.some((p) => JSON.stringify(p).includes('"range":{'));

/**
 * Each tier's payment is rounded to the fen once per visit (the declared rounding point), so a
 * year's total at an interior point may differ from a monotone interpolation by up to a fen per
 * visit (e.g. the cumulative 大病 payment split differently between two stays): allowed, no more.
 */
const inRange = (x: bigint, out: EstimateOutput) => {
  const slack = BigInt(out.visits.length);
  return x >= moneyToFen(out.totals.range.outOfPocket.low) - slack && x <= moneyToFen(out.totals.range.outOfPocket.high) + slack;
};

/** The made-up pack with unknowns first, then every shipped pack that computes and holds ranges. */
export async function packsWithUnknowns(all?: PackUnderTest[]): Promise<PackUnderTest[]> {
  const test = FIXTURE_PACKS['test-city']!;
  const range = FIXTURE_PACKS['test-range-city']!;
  const fixture: PackUnderTest = {
    name: 'test-range-city', packs: [range, test], top: range, categories: test.categories,
    years: [2025, 2026], computes: true, strict: true,
  };
  const shipped = (all ?? await packsUnderTest()).filter((p) => p.top.kind !== 'test' && p.computes && hasRanges(p.packs));
  return [fixture, ...shipped];
}

export interface ContainmentStats { points: number; answered: number; ranged: number; scenarios: number }

/**
 * `points` sampled points (scenarios × SAMPLES chains) for one pack with unknowns: each exact
 * estimate conserves money, has no unknowns left, and lies within the bounded estimate's range.
 * `sampleOffset` shifts the sampled chains (so split runs draw different points).
 */
export function checkContainment(put: PackUnderTest, points: number, seed = 20261202, sampleOffset = 0): ContainmentStats {
  const scenarios = Math.ceil(points / SAMPLES);
  // By region code, test packs too: the validated chain is built once per (sampled) top pack.
  const ref = { region: put.top.region.code };
  const inputs: GenInput[] = [];
  const bounded: EstimateOutput[] = [];
  // Draw until enough scenarios are answered (a refused input — e.g. a visit kind priced by a
  // level it lacks — has no range to check).
  for (let batch = 0; bounded.length < scenarios && batch < 5; batch++) {
    for (const input of fc.sample(scenarioArb(put, { maxVisits: 4 }), { numRuns: scenarios, seed: seed + 1000 * batch })) {
      if (bounded.length >= scenarios) break;
      const out = estimateSync({ ...ref, ...input, options: { trace: false } }, put.packs);
      if (isEstimateError(out)) continue;
      checkConservation(out, input);
      inputs.push(input);
      bounded.push(out);
    }
  }
  const answered = bounded.length;
  let done = 0;
  let ranged = 0;
  for (let s = 0; s < SAMPLES; s++) {
    const r = rng(seed + sampleOffset + s);
    const sampled = put.packs.map((p) => samplePack(p, r));
    inputs.forEach((input, i) => {
      const out = bounded[i]!;
      if (s === 0 && !out.totals.exact) ranged++;
      const at = estimateSync({ ...ref, ...input, options: { trace: false } }, sampled);
      if (isEstimateError(at)) throw new Error(`a sampled point refused what the bounded estimate answered (sample ${s}, scenario ${i}, seed ${seed}): ${JSON.stringify(at.errors)}`);
      checkConservation(at, input);
      if (!at.totals.exact) throw new Error(`a point inside the bounds still has unknowns (sample ${s}, scenario ${i}, seed ${seed})`);
      const oop = moneyToFen(at.totals.outOfPocket);
      if (!inRange(oop, out)) {
        throw new Error(`out-of-pocket ${at.totals.outOfPocket} at a sampled point (sample ${s}, seed ${seed}) is outside [${out.totals.range.outOfPocket.low}, ${out.totals.range.outOfPocket.high}]\n${JSON.stringify(input)}`);
      }
      done++;
    });
  }
  return { points: done, answered, ranged, scenarios };
}
