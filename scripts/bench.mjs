#!/usr/bin/env node
// npm run bench — size and speed against their budgets, in one table.
//   1. size: scripts/size-report.mjs (initial embed JS ÷ lit+decimal.js+i18next floor; each pack; each locale)
//   2. engine in Node: bench/engine-bench.ts bundled with esbuild from src/index.ts
//   3. engine and widget in Chromium: test/perf/bench.test.ts through web-test-runner; it prints
//      `YB-BENCH {json}` lines that are collected here.
// Flags: --no-size --no-node --no-browser --samples=N --json
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sizeReport, formatReport, checkBudgets } from './size-report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const has = (f) => args.includes(f);
const samples = Number(args.find((a) => a.startsWith('--samples='))?.slice(10) ?? 60);
const results = { machine: { cpus: cpus().length, loadavg: loadavg().map((x) => +x.toFixed(2)), node: process.version }, failures: [] };
const say = (s = '') => { if (!has('--json')) console.log(s); };

say(`Machine: ${results.machine.cpus} cores, load average ${results.machine.loadavg.join(' / ')} (1/5/15 min) — shared machine: medians are the figures, p95 shows the noise.`);

if (!has('--no-size')) {
  const r = await sizeReport();
  const fails = checkBudgets(r);
  results.size = r;
  results.failures.push(...fails);
  say(`\n${formatReport(r)}`);
}

let mod;
if (!has('--no-node')) {
  const dir = join(ROOT, 'node_modules/.cache/yb-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'engine-bench.mjs');
  await build({
    entryPoints: [join(ROOT, 'bench/engine-bench.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20',
    outfile, minify: true, logLevel: 'warning', loader: { '.json': 'json' },
  });
  mod = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
  const pack = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/packs/test-city.json'), 'utf8'));
  const figs = await mod.engineFigures(pack, { samples, runtime: 'node' });
  results.node = figs;
  say(`\n${mod.formatFigures(`Engine in Node ${process.version} (bundled, minified; budgets are for Chromium, shown for comparison)`, figs)}`);
}

if (!has('--no-browser')) {
  const lines = [];
  const code = await new Promise((res) => {
    const p = spawn('npx', ['wtr', '--files', 'test/perf/**/*.test.ts'], { cwd: ROOT, env: { ...process.env, YB_BENCH_SAMPLES: String(samples) } });
    const eat = (buf) => { for (const l of buf.toString().split('\n')) lines.push(l); };
    p.stdout.on('data', eat);
    p.stderr.on('data', eat);
    p.on('close', res);
  });
  const figs = [];
  const skips = [];
  const memory = [];
  for (const l of lines) {
    const m = l.match(/YB-BENCH (\{.*\})\s*$/);
    if (m) {
      const j = JSON.parse(m[1]);
      if (j.figure) figs.push(j.figure);
      if (j.skip) skips.push(j.skip);
      if (j.memory) memory.push(j.memory);
    }
  }
  results.chromium = figs;
  const { formatFigures, within } = mod ?? await import(`${pathToFileURL(join(ROOT, 'node_modules/.cache/yb-bench/engine-bench.mjs')).href}`);
  say(`\n${formatFigures('Engine and widget in Chromium (web-test-runner, headless)', figs)}`);
  for (const s of skips) say(`  skipped: ${s}`);
  results.memory = memory;
  for (const m of memory) {
    say(`memory: <${m.element}> mounted and removed ${m.cycles}×: DOM nodes ${m.before.nodes} → ${m.after.nodes}, window/document listeners ${m.before.listeners} → ${m.after.listeners}  budget: no growth ${m.after.nodes === m.before.nodes && m.after.listeners === m.before.listeners ? 'ok' : 'GROWTH'}`);
  }
  for (const f of figs) if (within(f) === false) results.failures.push(`${f.name}: ${f.budget.stat} ${(f.budget.stat === 'median' ? f.median : f.p95).toFixed(2)} ms > ${f.budget.maxMs} ms`);
  if (code !== 0) {
    results.failures.push(`browser bench exited ${code}`);
    say(lines.filter((l) => /❌|Error|fail/i.test(l)).slice(0, 20).join('\n'));
  }
}

if (has('--json')) console.log(JSON.stringify(results, null, 2));
say(`\n${results.failures.length ? `BUDGETS BROKEN:\n  ${results.failures.join('\n  ')}` : 'ALL BUDGETS MET'}`);
process.exitCode = results.failures.length ? 1 : 0;
