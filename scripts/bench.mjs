#!/usr/bin/env node
// npm run bench — size and speed against their budgets, in one table.
//   1. size: scripts/size-report.mjs (initial embed JS ÷ lit+decimal.js+i18next floor; each pack; each locale)
//   2. engine in Node: bench/engine-bench.ts bundled with esbuild from src/index.ts
//   3. engine and widget in Chromium: test/perf/*.test.ts through web-test-runner
//      (web-test-runner.bench.config.mjs); they print `YB-BENCH {json}` lines collected here.
// Regions are found in PACK_CATALOG at run time (bench/engine-bench.ts); every figure carries its
// ratio to an in-run reference. Budgets (issue 15) are checked on the Chromium figures.
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
const bundle = async () => {
  if (mod) return mod;
  const dir = join(ROOT, 'node_modules/.cache/yb-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'engine-bench.mjs');
  await build({
    entryPoints: [join(ROOT, 'bench/engine-bench.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20',
    outfile, minify: true, logLevel: 'warning', loader: { '.json': 'json' },
  });
  mod = await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
  return mod;
};
const fixture = (name) => JSON.parse(readFileSync(join(ROOT, `test/fixtures/packs/${name}.json`), 'utf8'));
const fixtures = { testCity: fixture('test-city'), testRangeCity: fixture('test-range-city') };

if (!has('--no-node')) {
  const m = await bundle();
  const r = await m.engineFigures(fixtures, { samples, runtime: 'node' });
  results.node = r.figures;
  say(`\n${m.formatFigures(`Engine in Node ${process.version} (bundled, minified; the budgets are Chromium's, shown for comparison)`, r.figures)}`);
  for (const s of r.refused) say(`  region refused a year of ten stays (not benchmarked): ${s}`);
  say(`  figures with unknowns (budgets) on: ${r.withUnknowns}`);
}

if (!has('--no-browser')) {
  const m = await bundle();
  const lines = [];
  const code = await new Promise((res) => {
    const p = spawn('npx', ['wtr', '--config', 'web-test-runner.bench.config.mjs'], { cwd: ROOT, env: { ...process.env, YB_BENCH_SAMPLES: String(samples) } });
    const eat = (buf) => { for (const l of buf.toString().split('\n')) lines.push(l); };
    p.stdout.on('data', eat);
    p.stderr.on('data', eat);
    p.on('close', res);
  });
  const figs = [];
  const notes = [];
  const memory = [];
  for (const l of lines) {
    const mm = l.match(/YB-BENCH (\{.*\})\s*$/);
    if (mm) {
      const j = JSON.parse(mm[1]);
      if (j.figure && !figs.some((f) => f.name === j.figure.name)) figs.push(j.figure);
      if (j.skip) notes.push(`skipped: ${j.skip}`);
      if (j.info) notes.push(j.info);
      if (j.memory) memory.push(j.memory);
    }
  }
  results.chromium = figs;
  say(`\n${m.formatFigures('Engine and widget in Chromium (web-test-runner, headless)', figs)}`);
  for (const s of [...new Set(notes)]) say(`  ${s}`);
  results.memory = memory;
  for (const x of memory) {
    say(`memory: <${x.element}> mounted and removed ${x.cycles}×: DOM nodes ${x.before.nodes} → ${x.after.nodes}, window/document listeners ${x.before.listeners} → ${x.after.listeners}  budget: no growth ${x.after.nodes === x.before.nodes && x.after.listeners === x.before.listeners ? 'ok' : 'GROWTH'}`);
  }
  for (const f of figs) results.failures.push(...m.broken(f));
  // A budget whose figure never came (a skipped or crashed test) is broken, not met.
  for (const [what, re] of [['ten stays with trace (budgeted region)', /ten stays, trace \(/], ['what-if curve', /what-if curve/], ['keystroke, region with unknowns', /<yb-estimator> unknowns:/], ['keystroke, supplied value', /<yb-estimator> unknowns \+ supplied/]]) {
    if (!figs.some((f) => re.test(f.name) && f.budgets?.length)) results.failures.push(`no Chromium figure for ${what}`);
  }
  if (code !== 0) {
    results.failures.push(`browser bench exited ${code}`);
    say(lines.filter((l) => /❌|Error|fail/i.test(l)).slice(0, 20).join('\n'));
  }
}

results.machine.loadavgAfter = loadavg().map((x) => +x.toFixed(2));
say(`\nLoad average at the end: ${results.machine.loadavgAfter.join(' / ')} — figures are comparable across runs by their × ref column; milliseconds only from a quiet machine.`);
if (has('--json')) console.log(JSON.stringify(results, null, 2));
say(`\n${results.failures.length ? `BUDGETS BROKEN:\n  ${results.failures.join('\n  ')}` : has('--no-browser') ? 'BUDGETS MET (size only: the speed budgets are checked in Chromium, skipped by --no-browser)' : 'ALL BUDGETS MET'}`);
process.exitCode = results.failures.length ? 1 : 0;
