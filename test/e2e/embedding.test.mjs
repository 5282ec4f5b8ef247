// The webmaster pages, built (dist/site/demo/) and served as a portal would serve the embed.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { citizenFlow, deepText, fen, noteFlow, openPage, PREFERRED_REGION, site, siteAndBrowser, skipReason } from './helpers.mjs';

const skip = skipReason();

describe('embedding', { skip }, () => {
  const env = siteAndBrowser();
  let manifest;
  before(() => {
    manifest = JSON.parse(readFileSync(join(site, 'embed/manifest.json'), 'utf8'));
  });

  test('under a strict CSP (HTTP header and <meta>) the estimator works with zero violations', async (t) => {
    const { page, log, context, response } = await openPage(env.browser, new URL('demo/csp.html', env.server.url).href);
    try {
      const header = response.headers()['content-security-policy'] ?? '';
      assert.match(header, /script-src 'self'/);
      assert.match(header, /style-src 'self'/);
      assert.doesNotMatch(header, /unsafe-inline|unsafe-eval/);
      assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 1);
      const est = page.locator('yb-estimator').first();
      const flow = await citizenFlow(page, est);
      noteFlow(t, flow);
      const { event } = flow;
      const d = event.detail;
      assert.equal(fen(d.basic) + fen(d.critical) + fen(d.assistance) + fen(d.tilt) + fen(d.outOfPocket), fen(d.total));
      // The shadow-root styles apply (constructable stylesheets are not inline styles).
      const styled = await est.evaluate((el) => {
        const sheets = el.shadowRoot?.adoptedStyleSheets?.length ?? 0;
        const styleTags = el.shadowRoot?.querySelectorAll('style').length ?? 0;
        return sheets + styleTags;
      });
      assert.ok(styled > 0, 'the element has its styles');
      // Open every disclosure in the result too, so the explanation renders under the policy.
      await est.evaluate((el) => {
        const walk = (r) => r.querySelectorAll('*').forEach((n) => {
          if (n instanceof HTMLDetailsElement) n.open = true;
          if (n.shadowRoot) walk(n.shadowRoot);
        });
        walk(el.shadowRoot);
      });
      await page.waitForTimeout(500);
      const events = await page.evaluate(() => /** @type {any} */ (window).__ybCsp);
      assert.deepEqual(events, [], 'no securitypolicyviolation event');
      assert.ok(log.requests.some((r) => r.url.includes('/embed/packs/')), 'the rule pack came from the embed folder, lazily');
      assert.deepEqual(log.failed, [], 'every request succeeded');
      assert.deepEqual(log.csp, [], 'no CSP message in the console');
      assert.deepEqual(log.errors, [], 'no uncaught errors');
      assert.deepEqual(log.console.filter((m) => m.type === 'error'), [], 'no console errors');
    } finally {
      await context.close();
    }
  });

  test('the script loaded twice: no error, one working estimator', async (t) => {
    const { page, log, context } = await openPage(env.browser, new URL('demo/double-load.html', env.server.url).href);
    try {
      const entries = log.requests.filter((r) => r.url.includes(manifest.entry));
      assert.equal(entries.length, 2, 'both copies of the entry script were requested');
      assert.ok(entries.some((r) => r.url.includes('?copy=2')));
      await page.waitForLoadState('networkidle');
      const flow = await citizenFlow(page, page.locator('yb-estimator').first());
      noteFlow(t, flow);
      const { event } = flow;
      assert.ok(event.detail.total);
      assert.equal(await page.locator('yb-estimator').count(), 1);
      assert.deepEqual(log.errors, [], 'no uncaught errors');
      assert.deepEqual(log.console, [], 'no console error or warning (same version twice is silent)');
    } finally {
      await context.close();
    }
  });

  test('two instances on one page do not share state', async (t) => {
    const { page, log, context } = await openPage(env.browser, new URL('demo/two-instances.html', env.server.url).href);
    try {
      const first = page.locator('yb-estimator#first');
      const second = page.locator('yb-estimator#second');
      const billOf = (est) => est.locator('yb-money-input[data-bill]').first().locator('input');
      // The second one speaks English, the first Chinese.
      assert.match(await deepText(second), /[A-Za-z]{4,}/);
      assert.match(await deepText(first), /[\u4e00-\u9fff]/);

      const a = await citizenFlow(page, first, { bill: '30000' });
      noteFlow(t, a);
      assert.equal(a.event.id, 'first');
      assert.equal(a.events.filter((e) => e.id === 'second').length, 0, 'the second fired nothing');
      assert.equal(await billOf(second).inputValue(), '', 'the second bill stays empty');
      const secondProvince = await second.locator('#province').inputValue();
      assert.equal(secondProvince, '', 'the second region stays unchosen');

      const b = await citizenFlow(page, second, { bill: '90000', scheme: 'resident' });
      noteFlow(t, b);
      const fromSecond = b.events.filter((e) => e.id === 'second');
      assert.ok(fromSecond.length, 'the second fired its own result');
      assert.equal(fromSecond.at(-1).detail.total, '90000.00');
      // Leaving the first bill field (focus moves to the second) may make the first re-commit its
      // own result; if it does, that result must still be its own, unchanged.
      for (const e of b.events.filter((x) => x.id === 'first')) assert.deepEqual(e.detail, a.event.detail, 'the first kept its own result');
      assert.equal(await billOf(first).inputValue(), '30000', 'the first bill is untouched');
      assert.equal(a.event.detail.total, '30000.00');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  test("the generator's snippet, pasted into a blank page on another origin, works (with SRI)", async (t) => {
    const { page, context } = await openPage(env.browser, new URL('demo/generator.html', env.server.url).href);
    let blank;
    try {
      const region = page.locator('#opt-region');
      const offered = await region.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      assert.ok(offered.length, 'the generator offers regions');
      const want = offered.includes(PREFERRED_REGION) ? PREFERRED_REGION : offered[0];
      await region.selectOption(want);
      await page.locator('#opt-scheme').selectOption('resident');
      await page.locator('#opt-accent').fill('#a8071a');
      // The default is a path on the webmaster's own server, never this demo host.
      assert.equal(await page.locator('#opt-base').inputValue(), '/yibao-estimator/embed/');
      assert.match(await page.locator('#snippet').inputValue(), /src="\/yibao-estimator\/embed\/yb-estimator-/);
      assert.equal(await page.locator('a[href="../docs/embedding.md"]').count(), 1, 'the docs are a real link');
      assert.match(await page.locator('main').textContent(), /openssl dgst -sha384/, 'says how to check the SRI hash');
      // Here the "own server" is the test server (another origin than the blank page below).
      await page.locator('#opt-base').fill(new URL('embed/', env.server.url).href);
      await page.waitForFunction(() => /integrity="sha384-[A-Za-z0-9+/=]{64}"/.test(document.querySelector('textarea#snippet').value));
      const snippet = await page.locator('#snippet').inputValue();
      const css = await page.locator('#css-snippet').inputValue();
      assert.ok(snippet.includes(manifest.entry), 'the snippet names the current entry file');
      assert.ok(snippet.includes(manifest.files[manifest.entry].integrity), 'the snippet carries its SRI hash');
      assert.ok(snippet.includes(`region="${want}"`));
      assert.match(css, /--yb-accent: #a8071a/);
      // The live preview reflects the choice.
      assert.equal(await page.locator('#preview').getAttribute('region'), want);

      // A blank page, another origin (another port), with the snippet pasted in.
      const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>blank</title>\n<style>${css}</style></head><body><main>\n${snippet}</main></body></html>`;
      blank = createServer((req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(html);
      });
      await new Promise((ok) => blank.listen(0, '127.0.0.1', ok));
      const url = `http://127.0.0.1:${blank.address().port}/`;
      const { page: p2, log, context: c2 } = await openPage(env.browser, url);
      try {
        const est = p2.locator('yb-estimator');
        assert.equal(await est.getAttribute('region'), want);
        assert.equal(await est.locator('#city').inputValue(), want, 'the preset region is chosen');
        const flow = await citizenFlow(p2, est, { region: want, bill: '50000' });
        noteFlow(t, flow);
        const { event } = flow;
        assert.equal(event.detail.region, flow.region);
        assert.equal(event.detail.total, '50000.00');
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.console.filter((m) => m.type === 'error'), []);
        const accent = await est.evaluate((el) => getComputedStyle(el).getPropertyValue('--yb-accent').trim());
        assert.equal(accent, '#a8071a');
      } finally {
        await c2.close();
      }

      // A tampered hash is refused by the browser: SRI really guards the file.
      const bad = html.replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`);
      const blank2 = createServer((req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(bad);
      });
      await new Promise((ok) => blank2.listen(0, '127.0.0.1', ok));
      const c3 = await env.browser.newContext();
      try {
        const p3 = await c3.newPage();
        await p3.goto(`http://127.0.0.1:${blank2.address().port}/`, { waitUntil: 'load' });
        await p3.waitForTimeout(500);
        assert.equal(await p3.evaluate(() => !!customElements.get('yb-estimator')), false, 'a script with a wrong hash does not run');
      } finally {
        await c3.close();
        blank2.close();
      }
    } finally {
      await context.close();
      blank?.close();
    }
  });

  test('the hotline page is compact: its notes beside the estimator on a desktop, above it on a phone', async () => {
    for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
      const { page, context } = await openPage(env.browser, new URL('demo/hotline.html', env.server.url).href, { viewport });
      try {
        const est = await page.locator('yb-estimator').boundingBox();
        const notes = await page.locator('.hotline-notes').boundingBox();
        assert.ok(est.y < viewport.height / 2, `the estimator starts high on the page (y=${Math.round(est.y)})`);
        if (viewport.width > 1000) assert.ok(notes.x >= est.x + est.width - 1 && notes.y < est.y + 50, 'the notes sit beside the estimator');
        else assert.ok(notes.y + notes.height <= est.y + 1, 'the notes are above the estimator, not below a long result');
      } finally {
        await context.close();
      }
    }
  });

  test('the hotline page runs the element in hotline mode', async (t) => {
    const { page, log, context } = await openPage(env.browser, new URL('demo/hotline.html', env.server.url).href);
    try {
      const est = page.locator('yb-estimator');
      assert.equal(await est.getAttribute('mode'), 'hotline');
      const flow = await citizenFlow(page, est, { bill: '20000' });
      noteFlow(t, flow);
      const { event } = flow;
      assert.ok(event.detail.caseRef, 'a case reference to note down');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
});
