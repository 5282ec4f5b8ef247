// The citizens' rules pages (demo/citizen-rules.html, demo/citizen-rules.en.html), generated from
// the packs by scripts/build-citizen-rules-page.mjs: plain words per region and tier, ranges shown
// as ranges with their basis, and "查看原文" links to official sources only.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage, root, siteAndBrowser, skipReason } from './helpers.mjs';

const skip = skipReason();
const packs = readdirSync(join(root, 'src/packs/data')).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(root, 'src/packs/data', f), 'utf8')));
const officialUrls = new Set(packs.flatMap((p) => Object.values(p.sources)).filter((s) => (s.reliability === 'OFF' || s.reliability === 'OFF-MIRROR') && s.url).map((s) => s.url));


describe('citizens\' rules pages', { skip }, () => {
  const env = siteAndBrowser();

  for (const [path, lang] of [['demo/citizen-rules.html', 'zh-CN'], ['demo/citizen-rules.en.html', 'en']]) {
    test(`${path}: every region, each tier in words, official links only`, async () => {
      const { page, log, context } = await openPage(env.browser, new URL(path, env.server.url).href, { viewport: { width: 390, height: 844 }, element: false });
      try {
        assert.equal(await page.getAttribute('html', 'lang'), lang);
        assert.equal(await page.locator('script').count(), 0, 'a static page: no script');
        // One section per shipped region, each listed in the region navigation.
        assert.equal(await page.locator('section.region').count(), packs.length);
        assert.equal(await page.locator('#regions a').count(), packs.length);
        // 深圳: the published 起付线 and 比例 of basic insurance, the 大病 bands, 医疗救助 by category.
        const sz = page.locator('#r-440300');
        const szText = (await sz.textContent()).replace(/\s+/g, ' ');
        if (lang === 'zh-CN') {
          assert.match(szText, /一级医院 200 元/);
          assert.match(szText, /三级医院 90%/);
          assert.match(szText, /30,000 元以下的部分 70%；30,000 元以上的部分 80%/);
          assert.match(szText, /特困人员/);
          // A figure Shenzhen has not published is a range with its basis, not a bare number.
          assert.match(szText, /本地未公布；估算按至少 164,754 元：/);
        } else {
          assert.match(szText, /Primary hospital: 200 yuan/);
          assert.match(szText, /80 % of the part above 30,000 yuan/);
          assert.match(szText, /Not published here; estimated at least 164,754 yuan: /);
        }
        // No raw key, boolean or pack id in what a citizen reads.
        const body = (await page.locator('main').textContent()).replace(/\s+/g, ' ');
        assert.doesNotMatch(body, /\b(true|false|undefined|null|NaN)\b|cn-\d{6}|basic\.rate|per-visit/);
        // Links out go to official sources only; a reprint or a news site is named but not linked.
        const hrefs = await page.locator('main a[href^="http"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        assert.ok(hrefs.length > 0, 'some official texts are linked');
        for (const h of hrefs) {
          assert.ok(officialUrls.has(h), `links only official sources: ${h}`);
        }
        // The other language and the estimator are one click away; nothing overflows a phone.
        assert.equal(await page.locator(`a[href="./${lang === 'en' ? 'citizen-rules.html' : 'citizen-rules.en.html'}"]`).count(), 1);
        assert.equal(await page.locator('a[href="../index.html"]').count(), 1);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px (tables scroll in their own box)`);
        assert.deepEqual(log.failed, []);
        assert.deepEqual(log.errors, []);
      } finally {
        await context.close();
      }
    });
  }
});
