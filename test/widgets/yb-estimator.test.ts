import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import '../../widgets/register.js';
import { estimateSync, isEstimateError, type EstimateOutput } from '../../src/index.js';
import type { YbEstimator, YbMoneyInput, YbEstimateEvent } from '../../widgets/index.js';
import { formatMoney } from '../../widgets/internal/format.js';
import { $, TEST_PACKS, figure, resultOf, settled, typeMoney } from './helpers.js';

async function make(attrs = html`<yb-estimator .packs=${TEST_PACKS} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`) {
  const el = await fixture<YbEstimator>(attrs);
  await settled(el);
  return el;
}

describe('yb-estimator', () => {
  it('passes axe (empty form)', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
  });

  it('passes axe with a result', async () => {
    const el = await make();
    typeMoney($<YbMoneyInput>(el, 'yb-money-input[data-bill]'), '10万');
    await settled(el);
    expect(resultOf(el).output).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('full flow: figures shown equal estimateSync for the same input', async () => {
    const el = await make(html`<yb-estimator .packs=${TEST_PACKS} visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    // region by search
    const picker = $(el, 'yb-region-picker');
    const search = picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    search.value = 'cs';
    search.dispatchEvent(new InputEvent('input'));
    await settled(el);
    await (picker as unknown as { updateComplete: Promise<void> }).updateComplete;
    picker.shadowRoot!.querySelector<HTMLElement>('ul.matches [role="option"][data-code="990100"]')!.click();
    await settled(el);
    // identity
    const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="category"][value="subsistence"]')!;
    box.click();
    // age
    const age = $<HTMLInputElement>(el, '#age');
    age.value = '40';
    age.dispatchEvent(new InputEvent('input'));
    await settled(el);
    // split bill
    const split = el.shadowRoot!.querySelector<HTMLInputElement>('input[value="split"]')!;
    split.click();
    await settled(el);
    typeMoney($<YbMoneyInput>(el, '#v0-outOfScope'), '5000');
    typeMoney($<YbMoneyInput>(el, '#v0-partialSelfPay'), '2,000元');
    typeMoney($<YbMoneyInput>(el, '#v0-inScope'), '9.3万');
    const level = $<HTMLSelectElement>(el, '#v0-level');
    level.value = 'tertiary';
    level.dispatchEvent(new Event('change'));
    await settled(el);

    const expected = estimateSync({
      region: '990100',
      person: { scheme: 'resident', age: 40, categories: ['subsistence'] },
      visits: [{ id: 'v1', kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', place: 'local', total: '100000.00', outOfScope: '5000.00', partialSelfPay: '2000.00' }],
      options: { trace: true },
    }, TEST_PACKS);
    if (isEstimateError(expected)) throw new Error(JSON.stringify(expected));
    for (const k of ['total', 'basic', 'critical', 'assistance', 'tilt', 'outOfPocket'] as const) {
      expect(figure(el, k), k).to.equal(expected.totals[k]);
      const cell = resultOf(el).shadowRoot!.querySelector(`td[data-figure="${k}"]`)!;
      expect(cell.textContent).to.contain(formatMoney(expected.totals[k], 'zh-CN'));
    }
    expect(expected.totals.basic).to.equal('55200.00');
    const rate = resultOf(el).shadowRoot!.querySelector('[data-figure="rate"]')!;
    expect(rate.getAttribute('data-value')).to.equal(expected.totals.reimbursedShare);
    // the explanation, once opened, carries every step and its citation
    resultOf(el).toggleExplanation(true);
    await resultOf(el).updateComplete;
    const steps = resultOf(el).shadowRoot!.querySelectorAll('ol.steps > li');
    expect(steps.length).to.equal((expected.visits[0]!.trace ?? []).length);
    expect(resultOf(el).shadowRoot!.querySelector('details[part="explanation"]')!.textContent).to.contain('T3');
  });
});
