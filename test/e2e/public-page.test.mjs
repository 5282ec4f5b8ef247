// The public page (index.html) as a citizen uses it, on a 320 px phone, and what it sends where.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { citizenFlow, deepText, fen, noteFlow, openPage, siteAndBrowser, skipReason } from './helpers.mjs';

const skip = skipReason();

describe('public page', { skip }, () => {
  const env = siteAndBrowser();

  test('a citizen goes from an empty page to a result, at 320 px, in Chinese', async (t) => {
    const { page, log, context } = await openPage(env.browser, env.server.url, { viewport: { width: 320, height: 640 } });
    try {
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
      assert.equal(await page.locator('h1').count(), 1);
      assert.equal(await page.locator('main').count(), 1);
      assert.ok(await page.locator('a[href$="demo/citizen-rules.html"]').count(), 'links citizens to the plain-words rules page');
      assert.equal(await page.locator('a[href$="demo/rules.html"]').count(), 0, 'not to the maintainers\' parameter browser');
      const est = page.locator('yb-estimator').first();
      const flow = await citizenFlow(page, est, { bill: '12万' });
      noteFlow(t, flow);
      const { event } = flow;
      const d = event.detail;
      assert.equal(d.total, '120000.00', 'the typed "12万" is read as 120000.00');
      const sum = fen(d.basic) + fen(d.critical) + fen(d.assistance) + fen(d.tilt) + fen(d.outOfPocket);
      assert.equal(sum, fen(d.total), 'the tiers and what is left add up to the bill, to the fen');
      assert.ok(fen(d.basic) > 0n, 'basic insurance pays something of a 120000 bill');
      // The result is on screen, in Chinese.
      const resultText = await deepText(est.locator('yb-result'));
      assert.match(resultText, /[\u4e00-\u9fff]/, 'the result is written in Chinese');
      assert.match(resultText, /\d/, 'the result shows figures');
      // Nothing overflows a 320 px screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320 px`);
      assert.deepEqual(log.errors, [], 'no uncaught errors');
      assert.deepEqual(log.console.filter((m) => m.type === 'error'), [], 'no console errors');
      assert.deepEqual(log.failed, [], 'every request succeeded (rule-pack chunks included)');
    } finally {
      await context.close();
    }
  });

  test('nothing leaves the page: only same-origin pages, scripts, styles, rule packs and locales', async (t) => {
    const { page, log, context } = await openPage(env.browser, env.server.url);
    try {
      const origin = new URL(env.server.url).origin;
      const loadedAt = Date.now();
      noteFlow(t, await citizenFlow(page, page.locator('yb-estimator').first(), { bill: '8000' }));
      // Change the bill again, as people do: still nothing but local files.
      await page.locator('yb-estimator').first().locator('yb-money-input[data-bill]').first().locator('input').fill('56,000元');
      await page.waitForTimeout(1500);
      assert.deepEqual(log.failed, [], 'every request succeeded');
      assert.ok(log.requests.some((r) => /\.rules-[\w-]+\.js$/.test(r.url)), 'the chosen region\'s rule pack was loaded as its own chunk');
      const foreign = log.requests.filter((r) => new URL(r.url).origin !== origin);
      assert.deepEqual(foreign, [], 'no request to another origin');
      const notGet = log.requests.filter((r) => r.method !== 'GET');
      assert.deepEqual(notGet, [], 'no POST/PUT/beacon');
      const api = log.requests.filter((r) => ['fetch', 'xhr', 'websocket', 'eventsource', 'ping'].includes(r.type));
      assert.deepEqual(api, [], 'no fetch/XHR/beacon while in use');
      const during = log.requests.filter((r) => r.at >= loadedAt);
      for (const r of during) {
        assert.equal(r.type, 'script', `during use only lazy script chunks load (rule packs, locales): ${r.url}`);
        assert.match(new URL(r.url).pathname, /\.js$/, r.url);
      }
    } finally {
      await context.close();
    }
  });

  test('长辈模式 switch: the element goes to elder mode, the page text grows, and it persists on reload', async () => {
    const { page, log, context } = await openPage(env.browser, env.server.url, { viewport: { width: 390, height: 844 } });
    try {
      const est = page.locator('yb-estimator').first();
      const sw = page.locator('#elder-switch');
      assert.equal(await sw.getAttribute('aria-pressed'), 'false');
      assert.notEqual(await est.getAttribute('mode'), 'elder');
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      await sw.click();
      assert.equal(await sw.getAttribute('aria-pressed'), 'true');
      assert.equal(await est.getAttribute('mode'), 'elder');
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      assert.ok(after > before, `page text grows (${before} → ${after})`);
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => !!customElements.get('yb-estimator'));
      assert.equal(await page.locator('#elder-switch').getAttribute('aria-pressed'), 'true', 'remembered after reload');
      assert.equal(await page.locator('yb-estimator').first().getAttribute('mode'), 'elder');
      const stored = await page.evaluate(() => localStorage.getItem('yb-public-page'));
      assert.match(stored ?? '', /"elder":true/, 'kept in this browser\'s localStorage');
      assert.deepEqual(await page.context().cookies(), [], 'no cookie');
      await page.locator('#elder-switch').click();
      assert.notEqual(await page.locator('yb-estimator').first().getAttribute('mode'), 'elder', 'switches back off');
      assert.ok(!log.requests.some((r) => r.method !== 'GET'), 'nothing is sent');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  test('中文 / English switch: the page text and the element switch language, and it persists on reload', async () => {
    const { page, log, context } = await openPage(env.browser, env.server.url, { viewport: { width: 1366, height: 768 } });
    try {
      const est = page.locator('yb-estimator').first();
      await est.evaluate((el) => /** @type {any} */ (el).updateComplete);
      assert.match(await page.locator('h1').textContent() ?? '', /医保/);
      await page.locator('#lang-switch').click();
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await est.getAttribute('lang'), 'en');
      assert.match(await page.title(), /Medical insurance estimate/);
      // Every piece of the page's static text switched: nothing Chinese is left outside the element
      // but the switch's own "中文" label.
      const pageText = await page.evaluate(() => {
        const clone = /** @type {HTMLElement} */ (document.body.cloneNode(true));
        clone.querySelectorAll('yb-estimator, noscript, #lang-switch').forEach((n) => n.remove());
        return clone.textContent ?? '';
      });
      assert.doesNotMatch(pageText.replace(/12393/g, ''), /[\u4e00-\u9fff]/, `page text still Chinese: ${pageText.match(/[^\n]*[\u4e00-\u9fff][^\n]*/)?.[0]}`);
      assert.equal(await page.locator('#lang-switch').textContent(), '中文');
      assert.equal(await page.locator('#lang-switch').getAttribute('lang'), 'zh-CN');
      assert.ok(await page.locator('a[href$="demo/citizen-rules.en.html"]').count(), 'the rules link goes to the English rules page');
      await page.waitForFunction((el) => /\b(region|Region)\b/.test(el.shadowRoot?.textContent ?? ''), await est.elementHandle(), { timeout: 10000 });
      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() => !!customElements.get('yb-estimator'));
      assert.equal(await page.getAttribute('html', 'lang'), 'en', 'remembered after reload');
      assert.equal(await page.locator('yb-estimator').first().getAttribute('lang'), 'en');
      assert.match(await page.locator('h1').textContent() ?? '', /^Estimate what/);
      await page.locator('#lang-switch').click();
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
      assert.match(await page.locator('h1').textContent() ?? '', /医保/);
      assert.equal(await page.locator('a[data-i18n="more.rules"]').getAttribute('href'), './demo/citizen-rules.html');
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });

  test('the server sends cache headers fit for content-hashed files', async (t) => {
    const res = await fetch(env.server.url);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'no-cache');
    const html = await res.text();
    const script = /<script type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/.exec(html);
    assert.ok(script, 'the page loads one module script');
    const js = await fetch(new URL(script[1], env.server.url), { headers: { 'accept-encoding': 'br' } });
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(html, /<style|\sstyle="/, 'no inline style');
  });
});
