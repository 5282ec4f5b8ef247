#!/usr/bin/env node
// Screenshots of <yb-estimator> in each mode at 375 px and 1280 px, into reports/screenshots/.
// Serves a generated page from source through Vite (its own inline config: this script does not
// depend on vite.config.ts), fills the form through the opt-in URL fragment (share-url), and
// drives Debian's Chromium with playwright-core. Usage: node scripts/screenshots.mjs
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'reports', 'screenshots');
mkdirSync(outDir, { recursive: true });

const MODES = ['citizen', 'elder', 'hotline', 'en'];
const WIDTHS = [375, 1280];

// One visit of ¥100,000 for a 低保 resident aged 40 in the made-up test city.
const STATE = {
  r: '990100', s: 'resident', rt: false, c: ['subsistence'], a: '40', b: '', n: '', y: {},
  v: [{ k: 'inpatient', l: 'tertiary', p: 'local', d: '2025-03-10', m: 'split', b: { outOfScope: '5000', partialSelfPay: '2,000元', inScope: '9.3万' } }],
};

function page(mode) {
  const lang = mode === 'en' ? 'en' : 'zh-CN';
  const attr = mode === 'en' ? '' : ` mode="${mode}"`;
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>yb-estimator ${mode}</title>
<style>body { margin: 0; padding: 8px; background: #eef1f4; font-family: system-ui, sans-serif; }</style>
</head>
<body>
  <yb-estimator${attr} lang="${lang}" share-url commit-delay="0" visit-date="2025-03-10"></yb-estimator>
  <script type="module">
    import '/widgets/register.ts';
    import { FIXTURE_PACKS } from '/test/fixtures/packs/index.ts';
    const el = document.querySelector('yb-estimator');
    el.packs = [FIXTURE_PACKS['test-city']];
    await el.updateComplete;
    document.body.dataset.ready = 'yes';
  </script>
</body>
</html>`;
}

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
  plugins: [{
    name: 'yb-screens',
    configureServer(srv) {
      srv.middlewares.use(async (req, res, next) => {
        const m = /^\/__screens\/([a-z]+)\.html/.exec(req.url ?? '');
        if (!m || !MODES.includes(m[1])) return next();
        const html = await srv.transformIndexHtml(req.url, page(m[1]));
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(html);
      });
    },
  }],
});
await server.listen();
const address = server.httpServer.address();
const base = `http://127.0.0.1:${address.port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

const saved = [];
try {
  for (const mode of MODES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, locale: mode === 'en' ? 'en-GB' : 'zh-CN' });
      const tab = await context.newPage();
      tab.on('pageerror', (e) => console.error(`[${mode} ${width}] page error: ${e.message}`));
      const hash = `#${new URLSearchParams({ yb: JSON.stringify(STATE) })}`;
      await tab.goto(`${base}/__screens/${mode}.html${hash}`);
      await tab.waitForSelector('body[data-ready="yes"]', { timeout: 60000 });
      await tab.waitForTimeout(300);
      if (mode === 'elder') {
        // One question at a time: save the first question, then walk to the result.
        const first = join(outDir, `elder-step1-${width}.png`);
        await tab.screenshot({ path: first, fullPage: true });
        saved.push(first);
        for (let i = 0; i < 6; i++) await tab.locator('yb-estimator .actions button').last().click();
      }
      if (mode === 'hotline') {
        await tab.locator('yb-estimator #script-toggle').click();
      }
      const summary = tab.locator('yb-estimator details[part="explanation"] summary');
      if (mode !== 'hotline' && width === 1280) await summary.click();
      await tab.waitForTimeout(200);
      const file = join(outDir, `${mode}-${width}.png`);
      await tab.screenshot({ path: file, fullPage: true });
      saved.push(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
for (const f of saved) console.log(f);
