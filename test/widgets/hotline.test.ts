import { expect, fixture, html, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/register.js';
import type { YbEstimator, YbMoneyInput } from '../../widgets/index.js';
import { $, TEST_PACKS, deepActive, resultOf, settled } from './helpers.js';

/**
 * A shortcut as a person presses it, with real key events. Tests use the documented Alt+Shift+digit
 * form: on Linux, Chromium itself takes plain Alt+1…8 to switch tabs (before the page sees them),
 * which would switch the test runner's tabs. The handler reads `code` (Digit1…), so both forms
 * reach the same action; plain Alt+digit is the form for Windows and macOS hotline desks.
 */
async function alt(digit: number): Promise<void> {
  await sendKeys({ down: 'Alt' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: `Digit${digit}` });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Alt' });
}

async function make() {
  const el = await fixture<YbEstimator>(html`<yb-estimator mode="hotline" .packs=${TEST_PACKS} visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
  await settled(el);
  return el;
}

describe('yb-estimator hotline mode', () => {
  it('passes axe', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
  });

  it('documents every shortcut, visibly and with aria-keyshortcuts', async () => {
    const el = await make();
    const keys = [...el.shadowRoot!.querySelectorAll('#shortcuts dt kbd')].map((k) => k.textContent);
    expect(keys).to.deep.equal(['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4', 'Alt+5', 'Alt+6', 'Alt+7', 'Alt+8', 'Alt+9', 'Alt+0', 'Alt+M']);
    expect($(el, '#add-visit').getAttribute('aria-keyshortcuts')).to.equal('Alt+6');
    expect($(el, '#copy').getAttribute('aria-keyshortcuts')).to.equal('Alt+9');
  });

  it('a whole call by keyboard only: region, scheme, identity, age, bill, result, script, copy', async () => {
    const el = await make();
    $<HTMLButtonElement>(el, '#add-visit').focus(); // somewhere inside the widget
    await alt(1);
    expect(deepActive()?.id).to.equal('search');
    await sendKeys({ type: 'cs' });
    // The whole-China index loads on the first key: wait for the match before choosing it.
    const picker = el.shadowRoot!.querySelector('yb-region-picker')!;
    await waitUntil(() => (picker.shadowRoot?.textContent ?? '').includes('测试市'), 'the search finds 测试市', { timeout: 10000 });
    await sendKeys({ press: 'Enter' });
    await settled(el);
    expect((el as unknown as { form: { region: string } }).form.region).to.equal('990100');

    await alt(2);
    expect((deepActive() as HTMLInputElement).name).to.equal('scheme');
    await sendKeys({ press: 'ArrowDown' });
    await settled(el);
    expect((el.shadowRoot!.querySelector('#scheme-employee') as HTMLInputElement).checked).to.equal(true);

    await alt(3);
    expect((deepActive() as HTMLInputElement).name).to.equal('category');
    await sendKeys({ press: 'Space' });
    await settled(el);

    await alt(4);
    expect(deepActive()?.id).to.equal('age');
    await sendKeys({ type: '67' });

    await alt(5);
    expect(deepActive()?.getRootNode()).to.equal($<YbMoneyInput>(el, 'yb-money-input[data-bill]').shadowRoot);
    await sendKeys({ type: '8万' });
    await settled(el);
    const out = resultOf(el).output!;
    expect(out.totals.total).to.equal('80000.00');
    expect(out.identity.applied).to.equal('extreme-poverty');

    await alt(8);
    await settled(el);
    expect((resultOf(el).shadowRoot!.querySelector('details[part="explanation"]') as HTMLDetailsElement).open).to.equal(true);

    await alt(0);
    await settled(el);
    const script = $(el, '#script').textContent!;
    expect(script).to.contain('个人大约需要负担');
    expect(script).to.contain(out.totals.outOfPocket.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    const ref = $(el, '[data-case-ref]').textContent!;
    expect(script).to.contain(ref);

    await alt(9);
    await aTimeout(50);
    await settled(el);
    expect($(el, '.tools .status').textContent).to.match(/已复制|无法自动复制/);
    expect(($(el, '#summary-text') as HTMLTextAreaElement).value).to.contain(ref);
  });

  it('Alt+6 adds a visit and focuses it; Alt+7 opens year-to-date', async () => {
    const el = await make();
    $<HTMLButtonElement>(el, '#add-visit').focus();
    await alt(6);
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('yb-money-input[data-bill]').length).to.equal(2);
    expect(deepActive()?.getRootNode()).to.equal(el.shadowRoot!.querySelectorAll<YbMoneyInput>('yb-money-input[data-bill]')[1]!.shadowRoot);
    await alt(7);
    await settled(el);
    expect(($(el, '#ytd') as HTMLDetailsElement).open).to.equal(true);
    expect(deepActive()?.id).to.equal('ytd-admissions');
  });

  it('the case reference is derived from the input: same input, same reference', async () => {
    const a = await make();
    const b = await make();
    for (const el of [a, b]) {
      el.region = '990100';
      await settled(el);
      const m = $<YbMoneyInput>(el, 'yb-money-input[data-bill]');
      const input = m.shadowRoot!.querySelector('input')!;
      input.value = '5万';
      input.dispatchEvent(new InputEvent('input'));
      await settled(el);
    }
    const refA = $(a, '[data-case-ref]').textContent;
    expect(refA).to.match(/^YB-/);
    expect($(b, '[data-case-ref]').textContent).to.equal(refA);
  });

  it('shortcuts do nothing outside hotline mode', async () => {
    const el = await fixture<YbEstimator>(html`<yb-estimator .packs=${TEST_PACKS} commit-delay="0"></yb-estimator>`);
    await settled(el);
    const button = $<HTMLButtonElement>(el, '#add-visit');
    // A synthetic event: a real unhandled Alt+digit would reach the browser (tab switching).
    const e = new KeyboardEvent('keydown', { key: '6', code: 'Digit6', altKey: true, bubbles: true, composed: true, cancelable: true });
    button.dispatchEvent(e);
    await settled(el);
    expect(e.defaultPrevented).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('yb-money-input[data-bill]').length).to.equal(1);
  });
});
