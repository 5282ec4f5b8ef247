// Issue 12, "done when": embedded on a blank page at 1366 × 768 with only
// <yb-estimator region=… scheme="resident">, typing "10万" as the bill fires `yb-estimate` with the
// out-of-pocket figure and no question, and the element's `part="result"` box is in the first
// viewport — for 深圳, 吉林市, 广州, 北京 and 成都 (no city pack: it resolves to 四川's layer).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fen, openPage, site, siteAndBrowser, skipReason } from './helpers.mjs';

const skip = skipReason();
const VIEWPORT = { width: 1366, height: 768 };
const REGIONS = [
  { code: '440300', name: '深圳' },
  { code: '220200', name: '吉林市' },
  { code: '440100', name: '广州' },
  { code: '110000', name: '北京' },
  { code: '510100', name: '成都', layer: '510000' },
];
// The viewport checks rely on the element being answer-first (issue 12.1, carve3): with it merged
// they pass for all five regions, so they run unconditionally.

describe('embedding done-when: a blank page, a region preset, "10万"', { skip }, () => {
  const env = siteAndBrowser();
  let host;
  let hostUrl;
  before(async () => {
    const manifest = JSON.parse(readFileSync(join(site, 'embed/manifest.json'), 'utf8'));
    const src = new URL(`embed/${manifest.entry}`, env.server.url).href;
    const integrity = manifest.files[manifest.entry].integrity;
    host = createServer((req, res) => {
      const region = /^\/(\d{6})$/.exec(req.url ?? '')?.[1];
      if (!region) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>blank</title></head><body>
<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>
<yb-estimator region="${region}" scheme="resident"></yb-estimator>
</body></html>`);
    });
    await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
    hostUrl = `http://127.0.0.1:${host.address().port}/`;
  });
  after(() => host?.close());

  for (const r of REGIONS) {
    test(`${r.name} ${r.code}`, async (t) => {
      const { page, log, context } = await openPage(env.browser, `${hostUrl}${r.code}`, { viewport: VIEWPORT });
      try {
        const est = page.locator('yb-estimator');
        const bill = est.locator('yb-money-input[data-bill]').first().locator('input');
        await bill.waitFor({ state: 'visible', timeout: 20000 });
        await bill.fill('10万');
        // The outcome: the element's own `yb-estimate`, or a question (yb-missing-rule) / refusal.
        const el = await est.elementHandle();
        const outcome = await (await page.waitForFunction((el) => {
          const w = /** @type {any} */ (window);
          if (w.__ybTargets.includes(el)) return 'event';
          const root = /** @type {any} */ (el).shadowRoot;
          if (root?.querySelector('yb-missing-rule')?.shadowRoot?.querySelector('#explain')) return 'question';
          return root?.querySelector('yb-result')?.errors?.length ? 'refused' : false;
        }, el, { timeout: 30000 })).jsonValue();
        assert.equal(outcome, 'event', `${r.name}: an estimate, not a ${outcome}`);
        const events = await page.evaluate(() => /** @type {any} */ (window).__ybEvents);
        const d = events.at(-1).detail;
        assert.equal(d.total, '100000.00', '"10万" is read as 100000.00');
        assert.match(String(d.outOfPocket), /^\d+(\.\d{1,2})?$/, 'the out-of-pocket figure is a money string');
        assert.ok(fen(d.outOfPocket) < fen(d.total), 'insurance pays some of it');
        assert.equal(fen(d.basic) + fen(d.critical) + fen(d.assistance) + fen(d.tilt) + fen(d.outOfPocket), fen(d.total), 'the tiers add up to the bill');
        // 成都 has no city pack: the estimate is answered by 四川's layer.
        if (r.layer) assert.equal(d.region, r.layer, `${r.name} resolves to its province's layer`);
        // A <yb-missing-rule> offering the unpublished numbers (collapsed "choices") may follow the
        // result; a question is one that carries a `fault` in place of the result.
        assert.equal(await est.evaluate((e) => [...(e.shadowRoot?.querySelectorAll('yb-missing-rule') ?? [])].some((m) => !!/** @type {any} */ (m).fault)), false, 'no question is asked');
        assert.deepEqual(log.errors, []);
        assert.deepEqual(log.failed, []);

        await t.test('the result box is in the first viewport', async () => {
          await page.evaluate(() => window.scrollTo(0, 0));
          const box = await est.locator('[part~="result"]').first().boundingBox();
          assert.ok(box, 'the result box is rendered');
          t.diagnostic(`${r.name}: result box at y=${Math.round(box.y)}, ${Math.round(box.height)}px tall`);
          assert.ok(box.y >= 0 && box.y < VIEWPORT.height, `result box starts at ${Math.round(box.y)}px, first viewport is ${VIEWPORT.height}px`);
          assert.ok(box.y + Math.min(box.height, 120) <= VIEWPORT.height, 'its first lines (the figure) are on screen');
        });
        await t.test('the out-of-pocket figure is in the first viewport', async () => {
          // The answer-first figure (part="answer"), else the result's headline figure.
          const boxes = [];
          for (const sel of ['[data-answer-figure]', 'yb-result [data-figure="headline-outOfPocket"]']) {
            const loc = est.locator(sel).first();
            if (await loc.count() && await loc.isVisible()) boxes.push({ sel, box: await loc.boundingBox() });
          }
          assert.ok(boxes.length, 'the out-of-pocket figure is rendered');
          t.diagnostic(`${r.name}: ${boxes.map((b) => `${b.sel} at y=${Math.round(b.box.y)}`).join('; ')}`);
          assert.ok(boxes.some(({ box }) => box.y >= 0 && box.y + box.height <= VIEWPORT.height), `no out-of-pocket figure in the first ${VIEWPORT.height}px`);
        });
      } finally {
        await context.close();
      }
    });
  }
});
