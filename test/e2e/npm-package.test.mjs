// The npm package (dist/npm/, `npm run build`), used unbundled in a browser the way a site with
// an import map (or any ES-module-aware tool) would use it: the class modules register nothing,
// ./register registers the elements, the engine and its JSON rule packs load without a bundler.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHandler } from '../../scripts/serve-dist.mjs';
import { launch, root, skipReason } from './helpers.mjs';

const skip = skipReason() ?? (existsSync(join(root, 'dist/npm/widgets/index.js')) ? undefined : 'dist/npm is not built');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Where package.json "exports" sends a subpath (the "default" condition). */
function exported(sub) {
  const e = pkg.exports[sub];
  return (typeof e === 'string' ? e : e.default).replace(/^\.\//, '/');
}

const IMPORT_MAP = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    'decimal.js': '/node_modules/decimal.js/decimal.mjs',
    i18next: '/node_modules/i18next/dist/esm/i18next.js',
  },
};

describe('npm package', { skip }, () => {
  let server;
  let url;
  let browser;
  before(async () => {
    const files = createHandler(root);
    server = createServer((req, res) => {
      if (req.url === '/') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>npm</title>
<script type="importmap">${JSON.stringify(IMPORT_MAP)}</script></head><body><main></main></body></html>`);
        return;
      }
      void files(req, res);
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    url = `http://127.0.0.1:${server.address().port}/`;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.closeAllConnections?.();
    server?.close();
  });

  test('package.json exports point at built files, with types', () => {
    for (const [sub, target] of Object.entries(pkg.exports)) {
      if (sub.includes('*')) continue;
      const t = typeof target === 'string' ? { default: target } : target;
      for (const f of Object.values(t)) assert.ok(existsSync(join(root, f)), `${sub} → ${f} exists`);
    }
    assert.ok(existsSync(join(root, pkg.types)));
    assert.ok(existsSync(join(root, pkg.customElements)));
    const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName).filter(Boolean);
    assert.ok(tags.includes('yb-estimator'), 'custom-elements.json describes <yb-estimator>');
    for (const m of manifest.modules) assert.ok(existsSync(join(root, m.path)), `manifest module ${m.path} exists`);
  });

  test('"." registers nothing; "./register" registers every element; "./engine" estimates with a shipped pack', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
    try {
      await page.goto(url);
      const result = await page.evaluate(async ({ index, register, engine }) => {
        const classes = await import(index);
        const before = !!customElements.get('yb-estimator');
        const reg = await import(register);
        // The form's elements at once; <yb-result>, <yb-missing-rule>, <yb-what-if> on demand.
        await reg.defineLazyElements();
        const after = ['yb-estimator', 'yb-region-picker', 'yb-money-input', 'yb-result', 'yb-missing-rule', 'yb-what-if'].map((t) => customElements.get(t) === classes[{
          'yb-estimator': 'YbEstimator', 'yb-region-picker': 'YbRegionPicker', 'yb-money-input': 'YbMoneyInput', 'yb-result': 'YbResult',
          'yb-missing-rule': 'YbMissingRule', 'yb-what-if': 'YbWhatIf',
        }[t]]);
        await import(`${register}?again`); // a second copy of the registration module: no throw
        const e = await import(engine);
        const chain = await e.loadPackChain(e.PACK_CATALOG[0].code);
        const parsed = e.parseMoney('12万');
        return { exported: Object.keys(classes).sort(), before, after, packs: chain.size, parsed };
      }, { index: exported('.'), register: exported('./register'), engine: exported('./engine') });
      assert.equal(result.before, false, 'importing the classes defines no element');
      assert.deepEqual(result.after, [true, true, true, true, true, true], './register defines each element with the exported class');
      assert.ok(result.exported.includes('YbEstimator'));
      assert.ok(result.packs > 0, 'a shipped rule pack (JSON module) loads unbundled');
      assert.deepEqual(result.parsed, { ok: true, value: '120000.00' });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
