// <yb-what-if>: accessibility audit first, then the chart, bends, table alternative and the
// category comparison, in zh-CN and en; nothing styled inline (strict CSP).
import { expect, fixture, html } from '@open-wc/testing';
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
    expect(items.some((t) => t.includes('大病保险起付线') && t.includes('19,000.02'))).to.equal(true);
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(root.querySelector('#chart-desc')!.textContent).to.contain('大病保险起付线');
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
  });

  it('speaks English when asked', async () => {
    const el = await mount('en');
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Who pays what as the bill grows');
    expect(root.querySelector('ol.bends')!.textContent).to.contain('Critical-illness deductible');
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
});
