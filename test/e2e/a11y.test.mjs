// axe-core audits of every built page and state, in both languages, in Chromium, through the
// elements' open shadow roots: the public page (Chinese, English, 长辈模式; empty and with a
// result), the citizens' and the maintainers' rules pages, the iframe page, the generator, the
// hotline page and the other webmaster pages (their element switched to English too). WCAG 2.1
// A/AA rules plus axe's best practices. axe-core comes with the pinned test tools.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chooseRegion, citizenFlow, noteFlow, openPage, PREFERRED_REGION, siteAndBrowser, skipReason } from './helpers.mjs';

let axeSource;
try {
  axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
} catch {
  axeSource = undefined;
}
const skip = skipReason() ?? (axeSource ? undefined : 'axe-core is not installed');

/**
 * Known findings inside the element's shadow roots, owned by widgets/ and reported there; listed
 * here so they show (as TAP diagnostics) without blocking the build. Remove an entry once fixed
 * (a listed rule that no longer fires is reported as a diagnostic, so a fix never breaks the build).
 */
const KNOWN_WIDGET_ISSUES = {
  'demo/theming.html': {
    'landmark-unique': 'several <yb-estimator> in one language on one page give their form and result landmarks the same names (axe best practice, not WCAG)',
  },
};

/** Webmaster pages with an estimator on them: audited as served, then with every element in English. */
const PAGES = ['demo/generator.html', 'demo/theming.html', 'demo/hotline.html',
  'demo/two-instances.html', 'demo/double-load.html', 'demo/csp.html',
  'demo/embed.html?region=440300&scheme=resident', 'demo/embed.html?region=220200&scheme=resident&lang=en&mode=elder'];
/** Static pages (no estimator). */
const STATIC_PAGES = ['demo/index.html', 'demo/citizen-rules.html', 'demo/citizen-rules.en.html', 'demo/rules.html'];

/** Runs axe in the page (evaluated through the DevTools protocol, so a strict CSP does not block it). */
async function audit(page) {
  await page.evaluate(async () => {
    await Promise.all([...document.querySelectorAll('yb-estimator')].map((el) => /** @type {any} */ (el).updateComplete));
  });
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const r = await /** @type {any} */ (window).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result;
}

const describeViolations = (vs) => vs.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.join(' | ')}`).join('\n');

describe('accessibility (axe)', { skip }, () => {
  const env = siteAndBrowser();

  const check = async (t, page, path, state) => {
    const known = KNOWN_WIDGET_ISSUES[path] ?? {};
    const all = await audit(page);
    for (const [id, why] of Object.entries(known)) {
      if (all.some((x) => x.id === id)) t.diagnostic(`known widget issue, not blocking: ${id} — ${why}`);
      else t.diagnostic(`known issue ${id} no longer fires on ${path}: remove it from KNOWN_WIDGET_ISSUES in test/e2e/a11y.test.mjs`);
    }
    const v = all.filter((x) => !(x.id in known));
    assert.equal(v.length, 0, `${path} (${state}):\n${describeViolations(v)}`);
  };

  /** The public page's switches are the page's own buttons (the e2e public-page test covers them). */
  for (const state of ['zh-CN', 'en', 'elder']) {
    test(`the public page (${state}), empty and with a result (elder: every screen)`, async (t) => {
      const { page, context } = await openPage(env.browser, env.server.url);
      try {
        if (state === 'en') await page.locator('#lang-switch').click();
        if (state === 'elder') await page.locator('#elder-switch').click();
        await check(t, page, 'index.html', `${state}, empty`);
        const est = page.locator('yb-estimator').first();
        if (state === 'elder') {
          // One question per screen: choose the region, then audit every step on the way forward.
          await chooseRegion(est, PREFERRED_REGION);
          let steps = 0;
          for (let step = 1; step <= 7; step++) {
            const next = est.locator('.actions button').last();
            if (!(await next.count()) || !(await next.isEnabled())) break;
            await next.click();
            await page.waitForTimeout(150);
            await check(t, page, 'index.html', `elder, step ${step + 1}`);
            steps++;
          }
          t.diagnostic(`elder mode: audited ${steps + 1} screens`);
          assert.ok(steps >= 2, `walked ${steps} elder steps`);
          return;
        }
        noteFlow(t, await citizenFlow(page, est, { bill: '12万' }));
        await check(t, page, 'index.html', `${state}, with a result`);
      } finally {
        await context.close();
      }
    });
  }

  for (const path of STATIC_PAGES) {
    test(path, async (t) => {
      const { page, context } = await openPage(env.browser, new URL(path, env.server.url).href, { viewport: { width: 1280, height: 900 }, element: false });
      try {
        await check(t, page, path, 'as served');
      } finally {
        await context.close();
      }
    });
  }

  for (const path of PAGES) {
    test(path, async (t) => {
      const { page, context } = await openPage(env.browser, new URL(path, env.server.url).href, { viewport: { width: 1280, height: 900 } });
      try {
        const key = path.replace(/\?.*$/, '');
        await check(t, page, key, 'as served');
        await page.evaluate(() => document.querySelectorAll('yb-estimator').forEach((el) => el.setAttribute('lang', 'en')));
        await page.waitForTimeout(300);
        await check(t, page, key, 'element in English');
      } finally {
        await context.close();
      }
    });
  }
});
