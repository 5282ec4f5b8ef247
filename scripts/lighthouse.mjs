// Lighthouse 12 on the built public page (dist/site/, `npm run build` first), served locally by
// scripts/serve-dist.mjs, mobile preset (Lighthouse's default: Moto G Power, slow 4G, 4× CPU).
//   npm run lighthouse                  the public page
//   npm run lighthouse -- demo/csp.html other built pages, paths from the site root
//   npm run lighthouse -- --runs=3      several runs per page; the median-performance run is kept
//                                       (scores move a few points between runs on a busy machine)
// Saves reports/lighthouse/<page>.report.{html,json}, prints the scores, and exits 1 when a score
// misses its target: performance ≥ 0.95, accessibility 1.00, best practices ≥ 0.95.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve-dist.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'dist/site');
const outDir = join(root, 'reports/lighthouse');
const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 0.95 };
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
].join(' ');

if (!existsSync(join(site, 'index.html'))) {
  console.error('lighthouse: dist/site/index.html not found; run `npm run build` first.');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const pages = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const runs = Math.max(1, Number(/^--runs=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 1));
if (!pages.length) pages.push('index.html');

function run(cmd, args) {
  return new Promise((ok) => {
    const child = spawn(cmd, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
    });
    child.on('exit', (status, signal) => ok({ status, signal }));
  });
}

const server = await startServer({ root: site });
let failed = false;
try {
  for (const page of pages) {
    const name = page.replace(/\.html$/, '').replace(/[^\w-]+/g, '_') || 'index';
    const base = join(outDir, name);
    const done = [];
    for (let i = 0; i < runs; i++) {
      const path = runs > 1 ? `${base}-run${i + 1}` : base; // no dot: Lighthouse strips an "extension"
      // Async spawn: the server runs in this process, so the event loop must stay free.
      const r = await run(join(root, 'node_modules/.bin/lighthouse'), [
        new URL(page, server.url).href,
        '--output=html', '--output=json', `--output-path=${path}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=${CHROME_FLAGS}`,
        '--quiet',
      ]);
      if (r.status !== 0) {
        console.error(`lighthouse: run on ${page} failed (${r.status ?? r.signal})`);
        failed = true;
        continue;
      }
      const score = JSON.parse(readFileSync(`${path}.report.json`, 'utf8')).categories.performance.score;
      done.push({ path, score });
    }
    if (!done.length) continue;
    if (runs > 1) {
      done.sort((a, b) => a.score - b.score);
      const median = done[Math.floor((done.length - 1) / 2)];
      console.log(`\n${page}: performance over ${done.length} runs: ${done.map((d) => d.score.toFixed(2)).join(', ')} (median kept)`);
      for (const ext of ['json', 'html']) copyFileSync(`${median.path}.report.${ext}`, `${base}.report.${ext}`);
    }
    const report = JSON.parse(readFileSync(`${base}.report.json`, 'utf8'));
    console.log(`\n${page}  (reports/lighthouse/${name}.report.html)`);
    for (const [id, cat] of Object.entries(report.categories)) {
      const target = TARGETS[id];
      const ok = target === undefined || cat.score >= target;
      if (!ok) failed = true;
      console.log(`  ${cat.title.padEnd(16)} ${cat.score === null ? 'n/a' : cat.score.toFixed(2)}${target !== undefined ? `  (target ≥ ${target.toFixed(2)}${ok ? '' : ', MISSED'})` : ''}`);
      if (!ok) {
        for (const ref of cat.auditRefs) {
          const a = report.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`      - ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
        }
      }
    }
    const m = report.audits;
    const v = (id) => m[id]?.displayValue ?? 'n/a';
    console.log(`  FCP ${v('first-contentful-paint')} · LCP ${v('largest-contentful-paint')} · TBT ${v('total-blocking-time')} · CLS ${v('cumulative-layout-shift')} · transfer ${v('total-byte-weight')}`);
  }
} finally {
  await server.close();
}
process.exit(failed ? 1 : 0);
