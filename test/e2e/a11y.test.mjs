// axe-core audits of every built page (the public page, before and after a result, and each
// webmaster page), in Chromium, through the elements' open shadow roots. WCAG 2.1 A/AA rules plus
// axe's best practices. axe-core comes with the pinned test tools (@open-wc/testing, lighthouse).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { citizenFlow, noteFlow, openPage, siteAndBrowser, skipReason } from './helpers.mjs';

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

const PAGES = ['demo/index.html', 'demo/generator.html', 'demo/theming.html', 'demo/hotline.html',
  'demo/two-instances.html', 'demo/double-load.html', 'demo/csp.html'];

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

  test('the public page, empty and with a result', async (t) => {
    const { page, context } = await openPage(env.browser, env.server.url);
    try {
      let v = await audit(page);
      assert.equal(v.length, 0, `empty page:\n${describeViolations(v)}`);
      noteFlow(t, await citizenFlow(page, page.locator('yb-estimator').first(), { bill: '12万' }));
      v = await audit(page);
      assert.equal(v.length, 0, `with a result:\n${describeViolations(v)}`);
    } finally {
      await context.close();
    }
  });

  for (const path of PAGES) {
    test(path, async (t) => {
      const element = path !== 'demo/index.html';
      const { page, context } = await openPage(env.browser, new URL(path, env.server.url).href, { viewport: { width: 1280, height: 900 }, element });
      try {
        const known = KNOWN_WIDGET_ISSUES[path] ?? {};
        const all = await audit(page);
        for (const [id, why] of Object.entries(known)) {
          if (all.some((x) => x.id === id)) t.diagnostic(`known widget issue, not blocking: ${id} — ${why}`);
          else t.diagnostic(`known issue ${id} no longer fires on ${path}: remove it from KNOWN_WIDGET_ISSUES in test/e2e/a11y.test.mjs`);
        }
        const v = all.filter((x) => !(x.id in known));
        assert.equal(v.length, 0, describeViolations(v));
      } finally {
        await context.close();
      }
    });
  }
});
