// The iframe page (demo/embed.html), as the generator offers it: presets from the query string,
// each validated; on a host page of another origin, the frame grows to its content through the
// documented height message, and that message is the only one it sends.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { openPage, siteAndBrowser, skipReason } from './helpers.mjs';

const skip = skipReason();

describe('iframe embedding', { skip }, () => {
  const env = siteAndBrowser();

  test('the generator\'s iframe code on a host page of another origin: presets applied, bad ones ignored, the frame grows to its content', async () => {
    const { page: gen, context: genContext } = await openPage(env.browser, new URL('demo/generator.html', env.server.url).href, { viewport: { width: 1366, height: 900 } });
    let iframe;
    let listener;
    try {
      await gen.locator('#opt-region').selectOption('440300');
      await gen.locator('#opt-scheme').selectOption('resident');
      await gen.locator('#opt-lang').selectOption('en');
      await gen.locator('#opt-base').fill(new URL('embed/', env.server.url).href);
      iframe = await gen.locator('#iframe-snippet').inputValue();
      listener = await gen.locator('#listener-snippet').inputValue();
    } finally {
      await genContext.close();
    }
    const siteOrigin = new URL(env.server.url).origin;
    assert.ok(iframe.includes(`${siteOrigin}/demo/embed.html?region=440300&amp;scheme=resident&amp;lang=en`), iframe);
    assert.ok(listener.includes(`e.origin === '${siteOrigin}'`), 'the listener accepts messages from the iframe page\'s origin only');
    // A person (or a stale link) adds bad values: each is dropped, the good ones kept.
    const tampered = iframe.replace('lang=en', 'lang=en&amp;mode=root&amp;category=orphan,evil%3Cscript%3E&amp;lock-scheme=1&amp;lock-category=yes');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body><main><h1>Host portal</h1>\n${tampered}${listener}<p id="after">After the frame</p></main>
<script>window.__msgs = []; addEventListener('message', (e) => window.__msgs.push({ origin: e.origin, data: e.data }));</script></body></html>`;
    const host = createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
    const { page, log, context } = await openPage(env.browser, `http://127.0.0.1:${host.address().port}/`, { viewport: { width: 1366, height: 768 }, element: false });
    try {
      const frameEl = page.locator('#yb-estimator-frame');
      const frame = page.frameLocator('#yb-estimator-frame');
      const est = frame.locator('yb-estimator');
      await est.waitFor({ state: 'attached' });
      assert.equal(await est.getAttribute('region'), '440300');
      assert.equal(await est.getAttribute('scheme'), 'resident');
      assert.equal(await est.getAttribute('lang'), 'en');
      assert.equal(await est.getAttribute('category'), 'orphan', 'the unknown category is dropped');
      assert.notEqual(await est.getAttribute('mode'), 'root', 'an unknown mode is ignored');
      assert.equal(await est.getAttribute('lock-scheme'), '', 'a lock with its preset is kept');
      assert.equal(await est.getAttribute('lock-category'), null, 'a lock with a bad value is ignored');
      assert.equal(await frame.locator('html').getAttribute('lang'), 'en');

      // The frame's height follows its content (the listener sets the height attribute).
      const contentHeight = () => frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
      await page.waitForFunction(() => Number(document.getElementById('yb-estimator-frame').getAttribute('height')) !== 900, undefined, { timeout: 20000 });
      let h = Number(await frameEl.getAttribute('height'));
      assert.ok(Math.abs(h - (await contentHeight())) <= 1, `frame height ${h} = content height ${await contentHeight()}`);
      const box = await frameEl.boundingBox();
      assert.ok(Math.abs(box.height - h) <= 4, 'the frame is drawn at that height (no inner scrolling)');

      // Typing a bill grows the content; the frame grows with it.
      const before = h;
      await est.locator('yb-money-input[data-bill]').first().locator('input').fill('10万');
      await page.waitForFunction((b) => Number(document.getElementById('yb-estimator-frame').getAttribute('height')) > b, before, { timeout: 20000 });
      await page.waitForTimeout(1200);
      h = Number(await frameEl.getAttribute('height'));
      assert.ok(Math.abs(h - (await contentHeight())) <= 1, `after the result: frame ${h} = content ${await contentHeight()}`);

      // Only height messages, in the documented shape, with nothing a person typed.
      const msgs = await page.evaluate(() => /** @type {any} */ (window).__msgs);
      assert.ok(msgs.length >= 2);
      for (const m of msgs) {
        assert.equal(m.origin, siteOrigin);
        assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type', 'version']);
        assert.equal(m.data.type, 'yibao-estimator:height');
        assert.equal(m.data.version, 1);
        assert.ok(Number.isInteger(m.data.height) && m.data.height > 0);
      }
      assert.doesNotMatch(JSON.stringify(msgs), /100000|10万|440300/);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.failed, []);
    } finally {
      await context.close();
      host.close();
    }
  });

  test('opened on its own, the page works and posts nothing', async () => {
    const { page, log, context } = await openPage(env.browser, new URL('demo/embed.html?region=abc&scheme=x&lang=fr', env.server.url).href);
    try {
      const est = page.locator('yb-estimator');
      assert.equal(await est.getAttribute('region'), null);
      assert.equal(await est.getAttribute('scheme'), null);
      assert.equal(await est.getAttribute('lang'), null);
      assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
      assert.equal(await page.locator('h1').count(), 1);
      assert.deepEqual(log.errors, []);
    } finally {
      await context.close();
    }
  });
});
