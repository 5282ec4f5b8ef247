#!/usr/bin/env node
// Screenshots of the built site, as people see it (issue 12, "done when"): the public page
// (index.html) and the iframe page (demo/embed.html) on a phone (390 × 844) and a desktop
// (1366 × 768), in 长辈模式, on the hotline page and in English — each empty and with a result for a
// 10万 hospital bill in 深圳. Into reports/screenshots/ (git-ignored; the images are not committed).
// Needs the built site: `npm run build`, then `node scripts/screenshots.mjs`. Serves dist/site with
// scripts/serve-dist.mjs (the same headers as the tests) and drives Debian's Chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './serve-dist.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const siteDir = join(root, 'dist/site');
const outDir = join(root, 'reports', 'screenshots');
if (!existsSync(join(siteDir, 'index.html'))) {
  console.error('screenshots: dist/site is not built; run `npm run build` first.');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
const REGION = '440300';
const BILL = '10万';

/** Each shot: a page, a viewport, the public page's remembered switches, and whether to show a result. */
const SHOTS = [
  { name: 'public-phone', path: '', viewport: PHONE },
  { name: 'public-desktop', path: '', viewport: DESKTOP },
  { name: 'public-elder-phone', path: '', viewport: PHONE, prefs: { lang: 'zh-CN', elder: true } },
  { name: 'public-en-phone', path: '', viewport: PHONE, prefs: { lang: 'en', elder: false } },
  { name: 'public-en-desktop', path: '', viewport: DESKTOP, prefs: { lang: 'en', elder: false } },
  { name: 'hotline-desktop', path: 'demo/hotline.html', viewport: DESKTOP },
  { name: 'embed-phone', path: `demo/embed.html?region=${REGION}&scheme=resident`, viewport: PHONE, preset: true },
  { name: 'embed-desktop', path: `demo/embed.html?region=${REGION}&scheme=resident`, viewport: DESKTOP, preset: true },
  { name: 'embed-elder-phone', path: `demo/embed.html?region=${REGION}&scheme=resident&mode=elder`, viewport: PHONE, preset: true },
  { name: 'embed-hotline-desktop', path: `demo/embed.html?region=${REGION}&scheme=resident&mode=hotline`, viewport: DESKTOP, preset: true },
  { name: 'embed-en-desktop', path: `demo/embed.html?region=${REGION}&scheme=resident&lang=en`, viewport: DESKTOP, preset: true },
];

async function chooseRegion(est) {
  const province = est.locator('#province');
  await province.waitFor({ state: 'visible', timeout: 20000 });
  await province.focus();
  await est.locator(`#province option[value="${REGION.slice(0, 2)}0000"]`).waitFor({ state: 'attached', timeout: 20000 });
  await province.selectOption(`${REGION.slice(0, 2)}0000`);
  await est.locator('#city').selectOption(REGION);
}

/** Walks to a result: the bill field, or in elder mode the "next" button, one screen at a time. */
async function toResult(tab, est, shot, elder) {
  if (!shot.preset) await chooseRegion(est);
  if (elder) {
    for (let i = 0; i < 8; i++) {
      const bill = est.locator('yb-money-input[data-bill] input').first();
      if (await bill.isVisible().catch(() => false)) await bill.fill(BILL);
      const next = est.locator('.actions button').last();
      if (!(await next.count()) || !(await next.isEnabled().catch(() => false))) break;
      await next.click();
      await tab.waitForTimeout(150);
    }
    return;
  }
  const radio = est.locator('#scheme-resident');
  if (!shot.preset && (await radio.isEnabled().catch(() => false))) await radio.check();
  await est.locator('yb-money-input[data-bill] input').first().fill(BILL);
  await tab.waitForFunction(() => (/** @type {any} */ (window).__ybDone ?? 0) > 0, undefined, { timeout: 30000 }).catch(() => {});
}

const server = await startServer({ root: siteDir });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
const saved = [];
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: 1, locale: 'zh-CN' });
    await context.addInitScript((prefs) => {
      if (prefs) localStorage.setItem('yb-public-page', JSON.stringify(prefs));
      document.addEventListener('yb-estimate', () => { const w = /** @type {any} */ (window); w.__ybDone = (w.__ybDone ?? 0) + 1; });
    }, shot.prefs ?? null);
    const tab = await context.newPage();
    tab.on('pageerror', (e) => console.error(`[${shot.name}] page error: ${e.message}`));
    await tab.goto(new URL(shot.path, server.url).href, { waitUntil: 'load' });
    await tab.waitForFunction(() => !!customElements.get('yb-estimator'), undefined, { timeout: 20000 });
    const est = tab.locator('yb-estimator').first();
    await est.evaluate((el) => /** @type {any} */ (el).updateComplete);
    await tab.waitForTimeout(300);
    const empty = join(outDir, `${shot.name}-empty.png`);
    await tab.screenshot({ path: empty });
    saved.push(empty);
    const elder = shot.prefs?.elder || shot.path.includes('mode=elder');
    try {
      await toResult(tab, est, shot, elder);
    } catch (e) {
      console.error(`[${shot.name}] could not reach a result: ${e.message.split('\n')[0]}`);
    }
    await tab.waitForTimeout(400);
    // The first screen (what a person sees without scrolling) and the whole page.
    const first = join(outDir, `${shot.name}-result.png`);
    await tab.screenshot({ path: first });
    const full = join(outDir, `${shot.name}-result-full.png`);
    await tab.screenshot({ path: full, fullPage: true });
    saved.push(first, full);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
for (const f of saved) console.log(f);
