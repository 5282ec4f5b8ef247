import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/register.js';
// <yb-result> is defined on demand by <yb-estimator>; used alone, it has its own registration module.
import '../../widgets/yb-result/register.js';
import { estimateSync, isEstimateError, type EstimateOutput } from '../../src/index.js';
import type { YbResult } from '../../widgets/index.js';
import { formatMoney } from '../../widgets/internal/format.js';
import { TEST_PACK, TEST_PACKS, packVariant } from './helpers.js';

function run(total = '100000', categories: string[] = ['subsistence'], packs = TEST_PACKS, region = '990100'): EstimateOutput {
  const r = estimateSync({
    region, person: { scheme: 'resident', age: 40, categories },
    visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total, outOfScope: '5000', partialSelfPay: '2000' }],
    options: { trace: true },
  }, packs);
  if (isEstimateError(r)) throw new Error(JSON.stringify(r.errors));
  return r;
}

const q = (el: YbResult, s: string) => el.shadowRoot!.querySelector(s);

describe('yb-result', () => {
  it('passes axe (with a result)', async () => {
    const el = await fixture<YbResult>(html`<yb-result .output=${run()} .categories=${TEST_PACK.categories}></yb-result>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe empty, with errors, in English and in hotline/elder modes', async () => {
    for (const t of [
      html`<yb-result></yb-result>`,
      html`<yb-result .errors=${['暂无 123456 的规则数据，无法测算。']}></yb-result>`,
      html`<yb-result lang="en" .output=${run()} .categories=${TEST_PACK.categories}></yb-result>`,
      html`<yb-result mode="hotline" .output=${run()}></yb-result>`,
      html`<yb-result mode="elder" .output=${run()}></yb-result>`,
    ]) {
      const el = await fixture<YbResult>(t);
      await expect(el).to.be.accessible();
    }
  });

  it('the chart is an image with a text alternative naming every figure; the table shows what is left', async () => {
    const out = run();
    const el = await fixture<YbResult>(html`<yb-result .output=${out}></yb-result>`);
    const svg = q(el, 'svg[role="img"]')!;
    const alt = svg.getAttribute('aria-label')!;
    for (const k of ['total', 'basic', 'critical', 'assistance', 'tilt', 'outOfPocket'] as const) {
      expect(alt).to.contain(formatMoney(out.totals[k], 'zh-CN'));
    }
    expect(svg.querySelectorAll('rect').length).to.equal(5);
    expect(q(el, 'td[data-left="basic"]')!.getAttribute('data-value')).to.equal('44800.00');
    expect(q(el, 'td[data-left="tilt"]')!.getAttribute('data-value')).to.equal(out.totals.outOfPocket);
    expect(q(el, '[data-figure="rate"]')!.textContent).to.contain('88.1%');
  });

  it('says assumptions in plain words and shows the warnings', async () => {
    const out = run();
    expect(out.assumptions.length).to.be.greaterThan(0);
    const el = await fixture<YbResult>(html`<yb-result .output=${out}></yb-result>`);
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('本结果用到的假定');
    expect(text).to.contain(out.assumptions[0]!.label['zh-CN']);
    expect(text).to.contain('测试规则包');
  });

  it('next steps: one-stop for an automatic category, apply for an application one', async () => {
    const auto = await fixture<YbResult>(html`<yb-result .output=${run()} .categories=${TEST_PACK.categories}></yb-result>`);
    expect(auto.shadowRoot!.textContent).to.contain('一站式结算');
    const app = await fixture<YbResult>(html`<yb-result .output=${run('100000', ['illness-impoverished'])} .categories=${TEST_PACK.categories}></yb-result>`);
    expect(app.shadowRoot!.textContent).to.contain('依申请救助');
  });

  it('the explanation lists every trace step with its citation', async () => {
    const out = run();
    const el = await fixture<YbResult>(html`<yb-result .output=${out}></yb-result>`);
    el.toggleExplanation(true);
    await el.updateComplete;
    const details = q(el, 'details[part="explanation"]') as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('ol.steps > li').length).to.equal(out.visits[0]!.trace!.length);
    expect(details.textContent).to.contain('《测试用虚构规则》');
    expect(details.textContent).to.contain('T15');
  });

  it('says once that the national guideline is not local, not on every figure', async () => {
    const national = packVariant({ kind: 'national-guideline', id: 'cn-test', region: { code: '000000', name: { 'zh-CN': '全国（测试）', en: 'National (test)' } } });
    const out = run('100000', ['subsistence'], [national], '000000');
    const el = await fixture<YbResult>(html`<yb-result .output=${out}></yb-result>`);
    const cells = el.shadowRoot!.querySelectorAll('td[data-figure]');
    expect(cells.length).to.be.greaterThan(5);
    for (const c of cells) expect(c.textContent).to.not.contain('全国一般水平');
    const text = el.shadowRoot!.textContent!;
    expect(text.split('全国一般水平，非本地标准').length - 1).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
