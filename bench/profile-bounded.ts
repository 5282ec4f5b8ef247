// The workload `node scripts/profile-engine.mjs` profiles (node --cpu-prof): the bounded estimate of
// a year of ten stays on the made-up pack with many unknowns (test-range-city, 990200, by region
// code as a shipped region), trace on — what a keystroke costs in the engine — repeated N times
// after a warm-up. argv: [iterations].
import { estimateSync, isEstimateError, type RulePack } from '../src/index.js';
import { tenStays } from './engine-bench.js';
import { FIXTURE_PACKS } from '../test/fixtures/packs/index.js';

const packs = [FIXTURE_PACKS['test-range-city'] as RulePack, FIXTURE_PACKS['test-city'] as RulePack];
const input = { ...tenStays('990200'), options: { trace: true } };
const n = Number(process.argv[2] ?? 300);
const first = estimateSync(input, packs);
if (isEstimateError(first)) throw new Error(JSON.stringify(first.errors));
for (let i = 0; i < 20; i++) estimateSync(input, packs);
const t0 = performance.now();
for (let i = 0; i < n; i++) estimateSync(input, packs);
console.log(`${n} bounded estimates (${first.unknowns.length} unknowns moved the result, exact=${first.totals.exact}) in ${(performance.now() - t0).toFixed(0)} ms wall`);
