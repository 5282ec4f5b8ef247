#!/usr/bin/env node
// The Node fuzz run (issue 15, part of `npm run test:fuzz` and .ci/run): the property fuzz of
// test/fuzz/scale.test.ts and the containment check of test/engine/containment.test.ts, in worker
// threads on every core (the engine is pure: no browser needed). test/fuzz/node-worker.ts is
// bundled with esbuild (Node 20 does not strip TypeScript), like bench/engine-bench.ts.
//
// How many scenarios: a fixed TOTAL budget divided across the packs found at run time (every
// shipped pack in PACK_CATALOG, a "+ test completion" variant for each pack that cannot compute
// alone, the made-up test packs), with a floor and a ceiling per pack — so CI time stays bounded
// as regions are added (see docs/performance.md, "Fuzz budget"):
//   per pack = clamp(floor(YB_FUZZ_BUDGET / packs), YB_FUZZ_FLOOR, YB_FUZZ_MAX)
//   YB_FUZZ_BUDGET          total fuzz scenarios                     (default 600,000)
//   YB_FUZZ_FLOOR           at least this many per pack               (default 5,000)
//   YB_FUZZ_MAX             at most this many per pack                (default 100,000)
//   YB_FUZZ_SCENARIOS       a fixed count per pack instead (e.g. 2000 for a smoke run)
//   points per pack with unknowns = clamp(floor(YB_CONTAINMENT_BUDGET / packs), 10,000, 100,000)
//   YB_CONTAINMENT_BUDGET   total containment points                  (default 600,000: a point costs
//                           ≈ 2/3 of what it did before the perf3 engine changes, so 1.5 × the points
//                           in about the same CPU time; 100,000 per pack × ~42 packs does not fit the
//                           45-minute CI on 2 cores — see docs/performance.md, "Fuzz")
//   YB_CONTAINMENT_POINTS   a fixed count per pack instead
//   YB_FUZZ_DEADLINE        wall seconds after which no new job starts (default 1,500 = 25 min;
//                           jobs not started are listed as not run, the run does not fail for it)
//   YB_FUZZ_WORKERS         worker threads                            (default: the cores, ≤ 8)
// Flags: --scenarios=N --points=N --workers=N --deadline=S (same as the variables),
//   --only=scale|containment, --packs=REGEX (pack names to run), --quiet.
// Prints one line per pack, the total scenarios run, and closes with `N passed, N failed` (jobs of
// ≤ 10,000 scenarios or points each) alone on a line; exit 1 on any failure.
import { build } from 'esbuild';
import { Worker } from 'node:worker_threads';
import { mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const num = (v, d) => (v === undefined || v === '' ? d : Number(v));
const env = process.env;
const BUDGET = num(env.YB_FUZZ_BUDGET, 600_000);
const FLOOR = num(env.YB_FUZZ_FLOOR, 5_000);
const MAX = num(env.YB_FUZZ_MAX, 100_000);
const FIXED = num(flag('scenarios') ?? env.YB_FUZZ_SCENARIOS, undefined);
const POINT_BUDGET = num(env.YB_CONTAINMENT_BUDGET, 600_000);
const POINTS_FIXED = num(flag('points') ?? env.YB_CONTAINMENT_POINTS, undefined);
const DEADLINE = num(flag('deadline') ?? env.YB_FUZZ_DEADLINE, 1500);
const WORKERS = Math.max(1, num(flag('workers') ?? env.YB_FUZZ_WORKERS, Math.min(8, availableParallelism())));
const quiet = args.includes('--quiet');
const BATCH = 10_000; // as test/fuzz/scale.test.ts: batch `start` has seed 7,000,000 + start
const POINT_JOB = 10_000;

const say = (s) => console.log(s);
const t0 = performance.now();
const cpu0 = process.cpuUsage();

const dir = join(ROOT, 'node_modules/.cache/yb-fuzz');
mkdirSync(dir, { recursive: true });
const outfile = join(dir, 'node-worker.mjs');
await build({
  entryPoints: [join(ROOT, 'test/fuzz/node-worker.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20',
  outfile, logLevel: 'warning', loader: { '.json': 'json' }, sourcemap: 'inline',
});

/** Starts a worker; resolves with it and its ready message (the packs it found). */
const start = () => new Promise((res, rej) => {
  const w = new Worker(outfile, { execArgv: ['--enable-source-maps'] });
  w.once('message', (m) => res({ w, ready: m }));
  w.once('error', rej);
});
const workers = await Promise.all(Array.from({ length: WORKERS }, start));
const only = flag('only');
const packRe = flag('packs') ? new RegExp(flag('packs')) : null;
const pick = (names, kind) => (only && only !== kind ? [] : names.filter((n) => !packRe || packRe.test(n)));
const scale = pick(workers[0].ready.scale, 'scale');
const containment = pick(workers[0].ready.containment, 'containment');

const perPack = FIXED ?? Math.min(MAX, Math.max(FLOOR, Math.floor(BUDGET / scale.length)));
const POINTS = POINTS_FIXED ?? Math.min(100_000, Math.max(10_000, Math.floor(POINT_BUDGET / Math.max(1, containment.length))));
say(`Node fuzz: ${scale.length} packs × ${perPack} scenarios${FIXED ? ' (fixed)' : ` (budget ${BUDGET} ÷ ${scale.length} packs, floor ${FLOOR}, max ${MAX})`}; containment: ${containment.length} packs with unknowns × ${POINTS} points${POINTS_FIXED ? ' (fixed)' : ` (budget ${POINT_BUDGET})`}; ${WORKERS} workers; deadline ${DEADLINE} s; load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')}`);

// Jobs, interleaved across packs so both workers stay busy to the end.
const jobs = [];
let id = 0;
const perPackJobs = scale.map((pack) => {
  const js = [];
  for (let s = 0; s < perPack; s += BATCH) js.push({ id: 0, type: 'scale', pack, start: s, n: Math.min(BATCH, perPack - s) });
  return js;
});
containment.forEach((pack) => {
  const js = [];
  for (let k = 0, p = 0; p < POINTS; k++, p += POINT_JOB) js.push({ id: 0, type: 'containment', pack, points: Math.min(POINT_JOB, POINTS - p), seed: 20261202 + 7919 * k });
  perPackJobs.push(js);
});
for (let round = 0; perPackJobs.some((js) => js.length); round++) {
  for (const js of perPackJobs) if (js.length) jobs.push({ ...js.shift(), id: id++ });
}

const tally = new Map();
const failures = [];
let passed = 0;
let failed = 0;
let next = 0;
await Promise.all(workers.map(({ w }) => new Promise((res, rej) => {
  const give = () => {
    if (next >= jobs.length || (performance.now() - t0) / 1000 > DEADLINE) { res(); return; }
    w.postMessage(jobs[next++]);
  };
  w.on('message', (r) => {
    const job = jobs[r.id];
    const key = `${job.type}|${job.pack}`;
    const t = tally.get(key) ?? { type: job.type, pack: job.pack, ran: 0, estimated: 0, gaps: 0, ranged: 0, ms: 0, failed: 0 };
    t.ran += r.ran; t.estimated += r.estimated; t.gaps += r.gaps; t.ranged += r.ranged; t.ms += r.ms;
    if (r.ok) passed++;
    else { failed++; t.failed++; failures.push(`${job.type} ${job.pack} (${job.type === 'scale' ? `scenarios ${job.start + 1}–${job.start + job.n}, seed ${7_000_000 + job.start}` : `seed ${job.seed}`}):\n${r.error}`); }
    tally.set(key, t);
    give();
  });
  w.on('error', rej);
  give();
})));
await Promise.all(workers.map(({ w }) => w.terminate()));

const wall = (performance.now() - t0) / 1000;
const c = process.cpuUsage(cpu0);
const cpuS = (c.user + c.system) / 1e6;
let scaleRan = 0;
let points = 0;
for (const t of [...tally.values()].sort((a, b) => a.type.localeCompare(b.type) || a.pack.localeCompare(b.pack))) {
  if (t.type === 'scale') scaleRan += t.ran; else points += t.ran;
  if (!quiet) {
    say(t.type === 'scale'
      ? `  fuzz ${t.pack}: ${t.ran} scenarios, ${t.estimated} estimated, ${t.gaps} answered with a pack gap; ${(t.ms / 1000).toFixed(1)} s in workers (${(t.ms / Math.max(1, t.ran)).toFixed(3)} ms each)${t.failed ? ` — ${t.failed} FAILED` : ''}`
      : `  containment ${t.pack}: ${t.ran} points in ${t.estimated} scenarios, ${t.ranged} of those ranges; ${(t.ms / 1000).toFixed(1)} s in workers${t.failed ? ` — ${t.failed} FAILED` : ''}`);
  }
}
for (const f of failures) say(`\nFAILED ${f}`);
if (next < jobs.length) say(`\nDEADLINE: ${jobs.length - next} of ${jobs.length} jobs not run (YB_FUZZ_DEADLINE=${DEADLINE} s reached; lower YB_FUZZ_BUDGET or raise the deadline)`);
const perK = (cpuS / Math.max(1, (scaleRan + points) / 1000));
say(`Cost: ${perK.toFixed(2)} CPU-s per 1,000 scenarios or points this run (startup included); on 2 idle cores the same work takes ≈ ${(cpuS / Math.min(2, WORKERS) / 60).toFixed(1)} min`);
say(`Total: ${scaleRan + points} scenarios run (${scaleRan} fuzz scenarios over ${scale.length} packs + ${points} containment points over ${containment.length} packs) in ${wall.toFixed(1)} s wall, ${cpuS.toFixed(1)} CPU-s, ${WORKERS} workers`);
say(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
