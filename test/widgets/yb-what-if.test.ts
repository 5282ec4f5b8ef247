// <yb-what-if>: accessibility audit first, then the chart, bends, table alternative and the
// category comparison, in zh-CN and en; nothing styled inline (strict CSP).
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../widgets/yb-what-if/register.js';
import type { YbWhatIf } from '../../widgets/yb-what-if/yb-what-if.js';
import { whatIfCurve, isWhatIfError } from '../../src/engine/what-if.js';
import type { EstimateInput, RulePack } from '../../src/index.js';
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';

const pack = FIXTURE_PACKS['test-city'] as RulePack;
const input: EstimateInput = {
  pack, person: { scheme: 'resident', age: 40, categories: ['subsistence'] },
  visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: '100000.00', outOfScope: '5000', partialSelfPay: '3000' }],
};

async function mount(lang = '', extra: Partial<YbWhatIf> = {}) {
  const el = await fixture<YbWhatIf>(html`<yb-what-if lang=${lang} .input=${input} .packs=${[]} from="8000" to="600000"></yb-what-if>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

describe('<yb-what-if>', () => {
  it('passes an axe audit (chart, bends, comparison), and with the data table open', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="table"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('draws each tier and out-of-pocket, and marks every bend the engine found', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    const curve = whatIfCurve(input, [], { from: '8000', to: '600000' });
    if (isWhatIfError(curve)) throw new Error('curve');
    expect(root.querySelectorAll('polyline')).to.have.length(5);
    expect(root.querySelectorAll('circle.bend-dot')).to.have.length(curve.bends.length);
    const items = [...root.querySelectorAll('ol.bends li')].map((li) => li.textContent ?? '');
    expect(items).to.have.length(curve.bends.length);
    // Bends are rounded to the yuan and named by what happens there (issue 12 item 5).
    expect(items.some((t) => t.startsWith('总费用约 19,000 元：大病保险从这里开始报销。此时个人自付约 '))).to.equal(true);
    for (const t of items) expect(t, t).to.not.match(/\d\.\d\d/);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(root.querySelector('#chart-desc')!.textContent).to.contain('大病保险从这里开始报销');
    // The polyline passes through each point: as many vertices as points.
    expect(root.querySelector('polyline.line-outOfPocket')!.getAttribute('points')!.split(' ')).to.have.length(curve.points.length);
  });

  it('offers the data as a table, toggled by a button that says whether it is open', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    const btn = root.querySelector<HTMLButtonElement>('button[aria-controls="table"]')!;
    expect(btn.getAttribute('aria-expanded')).to.equal('false');
    expect(root.querySelector('#table table')).to.equal(null);
    btn.click();
    await el.updateComplete;
    expect(btn.getAttribute('aria-expanded')).to.equal('true');
    const rows = root.querySelectorAll('#table tbody tr');
    const curve = whatIfCurve(input, [], { from: '8000', to: '600000' });
    if (isWhatIfError(curve)) throw new Error('curve');
    expect(rows).to.have.length(curve.points.length);
    const at = [...rows].find((r) => r.querySelector('th')!.textContent === '19,000.02')!;
    expect(at.classList.contains('is-bend')).to.equal(true);
  });

  it('compares the categories for the same bill, the current one highlighted', async () => {
    const el = await mount();
    const rows = [...el.shadowRoot!.querySelectorAll('[part="compare"] tbody tr')].map((r) => r.querySelector('th')!.textContent);
    expect(rows).to.deep.equal(['普通参保人', '特困人员', '低保对象', '低保边缘', '因病致贫']);
    const sub = [...el.shadowRoot!.querySelectorAll('[part="compare"] tbody tr')][2]!;
    expect(sub.textContent).to.contain('12,902.00'); // golden case subsistence-tertiary-100k
    // 个人自付 is the first figure, beside the identity (visible without scrolling at 360 px).
    expect(sub.querySelector('td')!.getAttribute('data-series')).to.equal('outOfPocket');
    expect(sub.querySelector('td')!.textContent).to.equal('12,902.00');
  });

  it('speaks English when asked', async () => {
    const el = await mount('en');
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Who pays what as the bill grows');
    expect(root.querySelector('ol.bends')!.textContent).to.contain('Bill of about ¥19,000: Critical-illness insurance starts paying here. You then pay about ¥');
    expect(root.textContent).to.not.match(/[\u3400-\u9fff]/);
    await expect(el).to.be.accessible();
    expect(root.querySelector('[part="compare"] tbody th')!.textContent).to.equal('Ordinary insured');
  });

  it('shows the engine error, localised, and nothing else for a bad range', async () => {
    const el = await mount('', { to: '8000' });
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert!.textContent).to.contain('上限须大于下限');
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('uses no inline styles (strict CSP) and registers only once', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    await import('../../widgets/yb-what-if/register.js');
    expect(customElements.get('yb-what-if')).to.equal(el.constructor);
  });

  it('has a text alternative linked to the chart: the curve\'s ends and every bend, in words', async () => {
    const el = await mount();
    const root = el.shadowRoot!;
    const svg = root.querySelector('svg')!;
    const ids = svg.getAttribute('aria-describedby')!.split(' ');
    expect(ids).to.deep.equal(['curve-ends', 'bends']);
    for (const id of ids) expect(root.getElementById(id), id).to.not.equal(null);
    expect(root.getElementById('curve-ends')!.textContent).to.match(/^总费用从 8,000 元到 600,000 元时，个人自付从约 [\d,]+ 元变为约 [\d,]+ 元。$/);
    // The vertical line is the bill entered: labelled on the chart and in the legend.
    expect(root.querySelector('line.now-line')).to.not.equal(null);
    expect(root.querySelector('text.now-label')!.textContent).to.equal('您的费用');
    expect(root.querySelector('[data-legend="now"]')!.textContent).to.contain('您填写的费用 100,000.00 元');
  });

  for (const lang of ['zh-CN', 'en']) {
    it(`at 360 px (${lang}): labels ≥ 12 px as rendered, no page-level sideways scroll, the comparison scrolls in a focusable region with a hint; axe clean`, async function () {
      this.timeout(120000); // a chart, a comparison and two axe audits on a loaded machine
      await setViewport({ width: 360, height: 800 });
      if (window.innerWidth > 380) {
        await setViewport({ width: 800, height: 600 });
        this.skip();
      }
      try {
        const el = await mount(lang);
        await nextFrame();
        await el.updateComplete;
        const root = el.shadowRoot!;
        const svg = root.querySelector('svg')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        // Drawn at its rendered width; Firefox may shrink it a few per cent when a scrollbar appears
        // after the width was read — the label sizes below are what must hold.
        expect(scale).to.be.within(0.9, 1.02);
        const labels = [...root.querySelectorAll<SVGTextElement>('text.tick, text.bend-num')];
        expect(labels.length).to.be.greaterThan(8);
        for (const t of labels) {
          const px = parseFloat(getComputedStyle(t).fontSize) * scale;
          expect(px, t.textContent!).to.be.at.least(12);
        }
        // Tick labels do not overlap one another along the x axis.
        const xs = [...root.querySelectorAll('text.x-tick')].map((t) => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
        expect(xs.length).to.be.at.least(3);
        for (let i = 1; i < xs.length; i++) expect(xs[i]!.left).to.be.at.least(xs[i - 1]!.right - 0.5);
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
        const cmp = root.querySelector<HTMLElement>('[part="compare"]')!;
        expect(cmp.getAttribute('tabindex')).to.equal('0');
        expect(cmp.getAttribute('role')).to.equal('region');
        if (cmp.scrollWidth > cmp.clientWidth + 1) {
          const hint = root.querySelector<HTMLElement>('.scroll-hint')!;
          expect(getComputedStyle(hint).display).to.not.equal('none');
          expect(cmp.getAttribute('aria-describedby')).to.equal('cmp-hint');
        }
        // 个人自付 is drawn apart from the axis: thicker, in its own colour, and the axis sits under the zero line.
        const oop = getComputedStyle(root.querySelector('polyline.line-outOfPocket')!);
        const axis = getComputedStyle(root.querySelector('line.axis')!);
        expect(parseFloat(oop.strokeWidth)).to.be.greaterThan(parseFloat(axis.strokeWidth) * 2);
        expect(oop.stroke).to.not.equal(axis.stroke);
        await expect(el).to.be.accessible();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
