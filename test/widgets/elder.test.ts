import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/register.js';
import type { YbEstimator, YbMoneyInput } from '../../widgets/index.js';
import { $, TEST_PACKS, deepActive, resultOf, settled, typeMoney } from './helpers.js';

async function make() {
  const el = await fixture<YbEstimator>(html`<yb-estimator mode="elder" .packs=${TEST_PACKS} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
  await settled(el);
  return el;
}

const next = (el: YbEstimator) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].at(-1)!;

describe('yb-estimator elder mode', () => {
  it('passes axe', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
  });

  it('uses large text', async () => {
    const el = await make();
    const size = parseFloat(getComputedStyle($(el, '#step-heading')).fontSize);
    expect(size).to.be.at.least(24);
    // the large text reaches the inner elements' shadow roots too
    const picker = $(el, 'yb-region-picker');
    const label = picker.shadowRoot!.querySelector('label')!;
    expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(22);
  });

  it('asks one question at a time and ends on the result, moving focus to each question', async () => {
    const el = await make();
    expect($(el, '.progress').textContent).to.contain('第 1 步');
    expect(el.shadowRoot!.querySelectorAll('form fieldset, form yb-region-picker').length).to.equal(1);
    for (let i = 0; i < 4; i++) {
      next(el).click();
      await settled(el);
      expect(deepActive()?.id).to.equal('step-heading');
    }
    expect($(el, '#step-heading').textContent).to.contain('花了多少钱');
    typeMoney($<YbMoneyInput>(el, 'yb-money-input[data-bill]'), '10万');
    await settled(el);
    next(el).click();
    await settled(el);
    expect($(el, '#step-heading').textContent, 'the visit\'s facts on a screen of their own').to.contain('怎么看的病');
    next(el).click();
    await settled(el);
    next(el).click();
    await settled(el);
    expect($(el, '#step-heading').textContent).to.contain('结果出来了');
    expect(resultOf(el).output!.totals.total).to.equal('100000.00');
    await expect(el).to.be.accessible();
  });

  it('can be driven by keyboard: Tab to the button, Enter', async () => {
    const el = await make();
    next(el).focus();
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect($(el, '.progress').textContent).to.contain('第 2 步');
  });

  it('asks at most four things per screen (the visit step is split: bill, then facts)', async () => {
    const el = await make();
    const root = el.shadowRoot!;
    const q = (sel: string) => root.querySelectorAll(sel).length;
    // A radio or checkbox group is one question; the year-to-date step (7) is one optional question of amounts.
    const count = () => q('form select') + q('form input[type="text"], form input[type="date"]') + q('form yb-money-input') + q('form yb-region-picker')
      + new Set([...root.querySelectorAll<HTMLInputElement>('form input[type="radio"], form input[type="checkbox"]')].map((i) => i.name || i.id)).size;
    for (let i = 0; i < 6; i++) {
      expect(count(), `step ${i + 1}: ${$(el, '#step-heading').textContent}`).to.be.at.most(4);
      next(el).click();
      await settled(el);
    }
  });

  it('titles the last step by what it shows: not "结果出来了" before there is a result', async () => {
    const el = await make();
    for (let i = 0; i < 7; i++) {
      next(el).click();
      await settled(el);
    }
    expect($(el, '.progress').textContent).to.contain('第 8 步');
    expect($(el, '#step-heading').textContent).to.not.contain('结果出来了');
    expect($(el, '#step-heading').textContent).to.contain('还缺少');
    await expect(el).to.be.accessible();
  });
});
