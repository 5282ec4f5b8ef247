// Size budgets (issue 6): runs scripts/size-report.mjs (two minified Vite 8 builds, ~1–3 s) and
// fails when the initial embed JS exceeds 1.30 × the lit + decimal.js + i18next floor (gzip) or a
// rule pack exceeds 4 KiB gzip.  Run: node --test test/node/size-budget.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sizeReport, checkBudgets, formatReport, BUDGETS } from '../../scripts/size-report.mjs';

const report = await sizeReport();
const fails = checkBudgets(report);
console.log(formatReport(report));

test('the dependency floor is measured (lit + decimal.js + i18next, ~33 KiB gzip)', () => {
  assert.ok(report.floor.gzip > 25 * 1024 && report.floor.gzip < 45 * 1024, `floor ${report.floor.gzip} B`);
});

test('initial JS for <yb-estimator> ≤ 1.30 × the floor (gzip)', (t) => {
  if (report.placeholder) {
    t.skip(`widgets/register.ts does not exist yet; the placeholder entry (engine + lit) measures ${report.ratio} × floor`);
    return;
  }
  assert.ok(report.ratio <= BUDGETS.ratio, `ratio ${report.ratio} > ${BUDGETS.ratio}: ${fails.join('; ')}`);
});

test('each rule pack ≤ 4 KiB gzip (the national layer ≤ 10 KiB) and loaded as a lazy chunk', (t) => {
  if (!report.packs.length) {
    t.skip('no packs under src/packs/data/ yet');
    return;
  }
  const packFails = fails.filter((f) => f.startsWith('pack '));
  assert.deepEqual(packFails, []);
});

test('the GB/T 2260 region index is a lazy chunk of the embed, ≤ 40 KiB gzip, not in the initial JS', () => {
  assert.equal(report.regionIndex.inInitial, false);
  assert.ok(report.regionIndex.lazyChunk, 'listed as a lazy chunk');
  assert.ok(report.regionIndex.gzip > 10 * 1024 && report.regionIndex.gzip <= BUDGETS.regionIndexGzip, `${report.regionIndex.gzip} B gzip`);
  assert.deepEqual(fails.filter((f) => f.includes('region index')), []);
  const tight = checkBudgets(structuredClone(report), { ...BUDGETS, regionIndexGzip: 1 });
  assert.ok(tight.some((f) => f.includes('region index')), 'a smaller budget must fail');
});

test('the budget check itself fails when a budget is broken', () => {
  const tight = checkBudgets(structuredClone(report), { ratio: report.ratio - 0.001, packGzip: 1, nationalPackGzip: 1 });
  assert.ok(tight.some((f) => f.startsWith('initial JS')), 'a ratio just under the measured one must fail');
  if (report.packs.length) assert.ok(tight.some((f) => f.startsWith('pack ')));
});

test('the report took < 60 s', () => {
  assert.ok(report.ms < 60000, `${report.ms} ms`);
});
