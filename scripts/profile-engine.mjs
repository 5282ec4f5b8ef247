#!/usr/bin/env node
// Where the engine's time goes (issue 15): bundles bench/profile-bounded.ts (not minified, names
// kept), runs it under `node --cpu-prof`, and summarises the profile — self time by function and
// inclusive time (share of samples with the function anywhere on the stack) for the engine's
// stages. The .cpuprofile stays in node_modules/.cache/yb-profile/ for Chromium DevTools.
//   node scripts/profile-engine.mjs [iterations=300] [--top=25]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const n = args.find((a) => /^\d+$/.test(a)) ?? '300';
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
const dir = join(ROOT, 'node_modules/.cache/yb-profile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const outfile = join(dir, 'profile-bounded.mjs');
await build({
  entryPoints: [join(ROOT, 'bench/profile-bounded.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20',
  outfile, keepNames: true, logLevel: 'warning', loader: { '.json': 'json' },
});
const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200', outfile, n], { stdio: ['ignore', 'pipe', 'inherit'] });
process.stdout.write(r.stdout);
if (r.status !== 0) process.exit(r.status ?? 1);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));

const byId = new Map(prof.nodes.map((nd) => [nd.id, nd]));
const parent = new Map();
for (const nd of prof.nodes) for (const c of nd.children ?? []) parent.set(c, nd.id);
const nameOf = (nd) => {
  const f = nd.callFrame;
  const where = f.url ? f.url.replace(/^.*\/(node_modules\/[^/]+|[^/]+)\//, '$1/').split('/').pop() : '';
  return `${f.functionName || '(anonymous)'}${where ? ` ${where}:${f.lineNumber + 1}` : ''}`;
};
const self = new Map();
const incl = new Map();
let total = 0;
prof.samples.forEach((id, i) => {
  const dt = prof.timeDeltas[i] ?? 0;
  total += dt;
  const nd = byId.get(id);
  const k = nameOf(nd);
  self.set(k, (self.get(k) ?? 0) + dt);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const name = byId.get(cur).callFrame.functionName || '(anonymous)';
    if (seen.has(name)) continue;
    seen.add(name);
    incl.set(name, (incl.get(name) ?? 0) + dt);
  }
});
const pct = (x) => `${((100 * x) / total).toFixed(1).padStart(5)} %`;
console.log(`\nprofile: ${(total / 1000).toFixed(0)} ms sampled (${join(dir, file)})`);
console.log('\nself time, top functions:');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(v)}  ${k}`);
const stages = ['estimateWith', 'normaliseInput', 'buildChain', 'validatePack', 'settleAt', 'settleVisits', 'boundedEstimate', 'settleOne',
  'read', 'readUncached', 'at', 'buildOutput', 'packHash', 'collectAssumptions', 'unknownOf', 'assertConservation', 'rangeOf',
  'Decimal', 'toFixed', 'toDecimalPlaces', 'plus', 'minus', 'times', '(garbage collector)'];
console.log('\ninclusive (share of samples with the function on the stack):');
for (const s of stages) if (incl.has(s)) console.log(`  ${pct(incl.get(s))}  ${s}`);
