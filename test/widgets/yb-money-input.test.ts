import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/register.js';
import type { YbMoneyInput } from '../../widgets/index.js';
import { changeMoney, typeMoney } from './helpers.js';

const inner = (el: YbMoneyInput) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: YbMoneyInput) => el.shadowRoot!.querySelector('#error')!.textContent!.trim();

describe('yb-money-input', () => {
  it('passes axe', async () => {
    const el = await fixture<YbMoneyInput>(html`<yb-money-input label="总费用" hint="可以写 12万"></yb-money-input>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe in the error state and wires aria-invalid/aria-describedby', async () => {
    const el = await fixture<YbMoneyInput>(html`<yb-money-input label="总费用"></yb-money-input>`);
    typeMoney(el, '12块5毛');
    changeMoney(el);
    await el.updateComplete;
    const input = inner(el);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const ids = input.getAttribute('aria-describedby')!.split(' ');
    expect(ids).to.include('error');
    expect(errorText(el)).to.contain('不是有效的金额');
    expect(el.shadowRoot!.querySelector('#error')!.getAttribute('aria-live')).to.equal('polite');
    await expect(el).to.be.accessible();
  });

  it('passes axe in English', async () => {
    const el = await fixture<YbMoneyInput>(html`<yb-money-input label="Total bill" lang="en"></yb-money-input>`);
    typeMoney(el, 'abc');
    changeMoney(el);
    await el.updateComplete;
    expect(errorText(el)).to.match(/valid amount|amount/i);
    await expect(el).to.be.accessible();
  });

  const accepted: [string, string][] = [
    ['12万', '120000.00'], ['1.2万元', '12000.00'], ['１２０００', '12000.00'], ['12,000', '12000.00'],
    ['￥12000', '12000.00'], ['12000.5', '12000.50'], ['12000元', '12000.00'], ['¥ 3,456.78', '3456.78'],
  ];
  for (const [text, value] of accepted) {
    it(`accepts "${text}" as ${value}`, async () => {
      const el = await fixture<YbMoneyInput>(html`<yb-money-input label="总费用"></yb-money-input>`);
      let detail: { text: string; value: string | null } | undefined;
      el.addEventListener('yb-money-input', (e) => { detail = (e as CustomEvent).detail; });
      typeMoney(el, text);
      changeMoney(el);
      await el.updateComplete;
      expect(el.value).to.equal(value);
      expect(detail!.value).to.equal(value);
      expect(inner(el).getAttribute('aria-invalid')).to.equal('false');
      expect(errorText(el)).to.equal('');
    });
  }

  const rejected: [string, RegExp][] = [
    ['abc', /不是有效的金额/], ['-500', /不能为负数/], ['12.345', /精确到分/], ['1,2', /不是有效的金额/],
    ['99999999999', /超过/], ['12万5', /不是有效的金额/],
  ];
  for (const [text, message] of rejected) {
    it(`rejects "${text}" with a message and keeps the text`, async () => {
      const el = await fixture<YbMoneyInput>(html`<yb-money-input label="总费用"></yb-money-input>`);
      typeMoney(el, text);
      changeMoney(el);
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(inner(el).value).to.equal(text);
      expect(el.text).to.equal(text);
      expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
      expect(errorText(el)).to.match(message);
    });
  }

  it('reads real keystrokes, including full-width digits and 万', async () => {
    const el = await fixture<YbMoneyInput>(html`<yb-money-input label="总费用"></yb-money-input>`);
    inner(el).focus();
    await sendKeys({ type: '１２万' });
    await el.updateComplete;
    expect(el.value).to.equal('120000.00');
    expect(el.shadowRoot!.querySelector('#echo')!.textContent).to.contain('120,000.00');
  });

  it('setting value from code fires nothing and shows it', async () => {
    const el = await fixture<YbMoneyInput>(html`<yb-money-input label="总费用"></yb-money-input>`);
    let fired = 0;
    el.addEventListener('yb-money-input', () => fired++);
    el.value = '500.00';
    await el.updateComplete;
    expect(inner(el).value).to.equal('500.00');
    expect(fired).to.equal(0);
  });

  it('an empty required field is an error once left', async () => {
    const el = await fixture<YbMoneyInput>(html`<yb-money-input label="总费用" required></yb-money-input>`);
    typeMoney(el, '');
    changeMoney(el);
    await el.updateComplete;
    expect(errorText(el)).to.contain('请填写金额');
  });
});
