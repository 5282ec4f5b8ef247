// Hotline desks (issue 12.6): shortcuts answer from page load (focus anywhere on the page), never
// while someone types in another text field of the page, and only the first hotline instance
// answers; the common case — region, identity, hospital level, bill — takes ≤ 12 keystrokes.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/register.js';
import type { YbEstimator } from '../../widgets/index.js';
import { $, TEST_PACKS, deepActive, resultOf, settled } from './helpers.js';

let keystrokes = 0;
/** Alt(+Shift)+key, one keystroke (Shift: on Linux Chromium takes plain Alt+digit for its tabs). */
async function alt(code: string): Promise<void> {
  keystrokes++;
  await sendKeys({ down: 'Alt' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: code });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Alt' });
}
async function type(text: string): Promise<void> {
  keystrokes += [...text].length;
  await sendKeys({ type: text });
}
async function press(key: string): Promise<void> {
  keystrokes++;
  await sendKeys({ press: key });
}

const altKey = (code: string) => new KeyboardEvent('keydown', { key: code.slice(-1), code, altKey: true, bubbles: true, composed: true, cancelable: true });
const form = (el: YbEstimator) => (el as unknown as { form: { region: string; categories: string[]; visits: { level: string }[] } }).form;

describe('yb-estimator hotline: from page load, quick entry', () => {
  it('the common case (region, identity, level, bill) in ≤ 12 keystrokes, from the page, with the case reference', async () => {
    const el = await fixture<YbEstimator>(html`<yb-estimator mode="hotline" .packs=${TEST_PACKS} visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    await settled(el);
    (document.activeElement as HTMLElement | null)?.blur(); // focus on the page, not in the widget
    keystrokes = 0;
    await alt('Digit1');
    expect(deepActive()?.id, 'Alt+1 from the page reaches the region search').to.equal('search');
    await type('cs');
    const picker = el.shadowRoot!.querySelector('yb-region-picker')!;
    await waitUntil(() => (picker.shadowRoot?.textContent ?? '').includes('测试市'), 'the search finds 测试市', { timeout: 10000 });
    await press('Enter');
    await settled(el);
    expect(form(el).region).to.equal('990100');
    expect((deepActive() as HTMLInputElement).name, 'on to the identities').to.equal('category');
    await press('Digit1');
    await settled(el);
    expect(deepActive()?.id, 'on to the hospital level').to.match(/^v\d+-level$/);
    await press('Digit3');
    await settled(el);
    await type('10万');
    await settled(el);
    expect(keystrokes).to.be.at.most(12);
    const f = form(el);
    const firstCategory = TEST_PACKS[0]!.categories.slice().sort((a, b) => a.rank - b.rank)[0]!.id;
    expect(f.categories).to.deep.equal([firstCategory]);
    expect(f.visits[0]!.level).to.equal('tertiary');
    const out = resultOf(el).output!;
    expect(out.totals.total).to.equal('100000.00');
    expect($(el, '[data-case-ref]').textContent).to.match(/^YB-/);
    await expect(el).to.be.accessible();
  });

  it('never answers while someone types in another text field of the page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><input id="other" aria-label="其他"><yb-estimator mode="hotline" .packs=${TEST_PACKS} commit-delay="0"></yb-estimator></div>`);
    const el = wrap.querySelector<YbEstimator>('yb-estimator')!;
    await settled(el);
    const other = wrap.querySelector<HTMLInputElement>('#other')!;
    other.focus();
    const e = altKey('Digit1');
    other.dispatchEvent(e);
    expect(e.defaultPrevented).to.equal(false);
    expect(document.activeElement).to.equal(other);
    // From the page itself (no field), the same key answers.
    other.blur();
    const f = altKey('Digit1');
    document.body.dispatchEvent(f);
    expect(f.defaultPrevented).to.equal(true);
    expect(deepActive()?.id).to.equal('search');
  });

  it('with two hotline instances, the first answers keys from the page; the one holding focus answers its own', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <yb-estimator id="a" mode="hotline" .packs=${TEST_PACKS} commit-delay="0"></yb-estimator>
      <yb-estimator id="b" mode="hotline" .packs=${TEST_PACKS} commit-delay="0"></yb-estimator></div>`);
    const [a, b] = [...wrap.querySelectorAll<YbEstimator>('yb-estimator')];
    await settled(a!);
    await settled(b!);
    document.body.dispatchEvent(altKey('Digit4'));
    expect(document.activeElement).to.equal(a);
    expect(a!.shadowRoot!.activeElement?.id).to.equal('age');
    $<HTMLButtonElement>(b!, '#add-visit').focus();
    $<HTMLButtonElement>(b!, '#add-visit').dispatchEvent(altKey('Digit4'));
    expect(document.activeElement).to.equal(b);
    expect(b!.shadowRoot!.activeElement?.id).to.equal('age');
  });

  it('stops listening when removed from the page', async () => {
    const el = await fixture<YbEstimator>(html`<yb-estimator mode="hotline" .packs=${TEST_PACKS} commit-delay="0"></yb-estimator>`);
    await settled(el);
    el.remove();
    const e = altKey('Digit1');
    document.body.dispatchEvent(e);
    expect(e.defaultPrevented).to.equal(false);
  });
});
