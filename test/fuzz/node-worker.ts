// One worker thread of the Node fuzz run (scripts/fuzz-node.mjs bundles this file with esbuild).
// The engine is pure, so the property fuzz of test/fuzz/scale.test.ts and the containment check of
// test/engine/containment.test.ts run here without a browser, with the same generators and checks
// (test/fuzz/support.ts, containment-support.ts) and the same seeds: scale batch `start` uses
// seed 7,000,000 + start, as the browser run does, so equal counts draw equal scenarios.
import { parentPort } from 'node:worker_threads';
import { gapCount, okCount, packsUnderTest, scaleBatch as runScaleBatch, type PackUnderTest } from './support.js';
import { checkContainment, packsWithUnknowns } from './containment-support.js';

export type Job =
  | { id: number; type: 'scale'; pack: string; start: number; n: number }
  | { id: number; type: 'containment'; pack: string; points: number; seed: number };
export interface JobResult { id: number; ok: boolean; ran: number; estimated: number; gaps: number; ranged: number; ms: number; error?: string }
export interface Ready { ready: true; scale: string[]; containment: string[] }

const port = parentPort;
if (!port) throw new Error('test/fuzz/node-worker.ts runs as a worker thread (scripts/fuzz-node.mjs)');

const all = await packsUnderTest();
const withUnknowns = await packsWithUnknowns(all);
// The scale fuzz also runs on the made-up pack with unknowns (bounded estimates: the central run's
// figures and trace must hold the same properties).
const scaleList = [...all, ...withUnknowns.filter((p) => p.top.kind === 'test')];
const scalePuts = new Map(scaleList.map((p) => [p.name, p]));
const containPuts = new Map(withUnknowns.map((p) => [p.name, p]));

/** The body of one scale.test.ts batch: conservation, no negatives, caps, no NaN, whole results, determinism (every 20th). */
function scaleBatch(put: PackUnderTest, start: number, n: number): { ran: number; estimated: number; gaps: number } {
  const ok0 = okCount.n;
  const gap0 = gapCount.n;
  const i = runScaleBatch(put, start, n);
  if (i < n) throw new Error(`only ${i} of ${n} scenarios ran`);
  return { ran: n, estimated: okCount.n - ok0, gaps: gapCount.n - gap0 };
}

port.on('message', (job: Job) => {
  const t0 = performance.now();
  const res: JobResult = { id: job.id, ok: true, ran: 0, estimated: 0, gaps: 0, ranged: 0, ms: 0 };
  try {
    if (job.type === 'scale') {
      const put = scalePuts.get(job.pack);
      if (!put) throw new Error(`no pack ${job.pack}`);
      Object.assign(res, scaleBatch(put, job.start, job.n));
    } else {
      const put = containPuts.get(job.pack);
      if (!put) throw new Error(`no pack with unknowns ${job.pack}`);
      const s = checkContainment(put, job.points, job.seed);
      if (s.answered !== s.scenarios) throw new Error(`only ${s.answered} of ${s.scenarios} scenarios answered`);
      Object.assign(res, { ran: s.points, estimated: s.answered, ranged: s.ranged });
    }
  } catch (e) {
    res.ok = false;
    res.error = String((e as Error)?.stack ?? e).slice(0, 4000);
  }
  res.ms = performance.now() - t0;
  port.postMessage(res);
});

port.postMessage({ ready: true, scale: scaleList.map((p) => p.name), containment: withUnknowns.map((p) => p.name) } satisfies Ready);
