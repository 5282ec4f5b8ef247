import { expect, fixture, html, aTimeout, oneEvent } from '@open-wc/testing';
import { setViewport, emulateMedia } from '@web/test-runner-commands';
import '../../widgets/register.js';
import type { YbEstimator, YbMoneyInput, YbEstimateEvent, YbResult } from '../../widgets/index.js';
import { $, TEST_PACKS, packVariant, resultOf, settled, typeMoney } from './helpers.js';

async function make(t = html`<yb-estimator .packs=${TEST_PACKS} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`) {
  const el = await fixture<YbEstimator>(t);
  await settled(el);
  return el;
}
const bill = (el: YbEstimator) => $<YbMoneyInput>(el, 'yb-money-input[data-bill]');

describe('yb-estimator behaviour', () => {
  it('passes axe in English', async () => {
    const el = await make(html`<yb-estimator lang="en" .packs=${TEST_PACKS} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    typeMoney(bill(el), '50000');
    await settled(el);
    expect(resultOf(el).shadowRoot!.querySelector('h2')!.textContent).to.equal('Estimate');
    expect($(el, 'form').getAttribute('aria-label')).to.equal('Medical bill reimbursement estimate: Test City (made up)');
    await expect(el).to.be.accessible();
  });

  it('passes axe with an invalid amount, keeps the text and the last result (stale)', async () => {
    const el = await make();
    typeMoney(bill(el), '50000');
    await settled(el);
    const before = resultOf(el).output;
    typeMoney(bill(el), '5万块钱啊');
    bill(el).shadowRoot!.querySelector('input')!.dispatchEvent(new Event('change'));
    await settled(el);
    expect(bill(el).shadowRoot!.querySelector('input')!.value).to.equal('5万块钱啊');
    expect(resultOf(el).stale).to.equal(true);
    expect(resultOf(el).output).to.equal(before);
    await expect(el).to.be.accessible();
  });

  it('fires yb-estimate (bubbles, composed, strings) after a user change', async () => {
    const el = await make();
    const wrapper = document.createElement('div');
    el.replaceWith(wrapper);
    wrapper.append(el);
    await settled(el);
    const heard = oneEvent(wrapper, 'yb-estimate') as Promise<YbEstimateEvent>;
    typeMoney(bill(el), '10万');
    const e = await heard;
    expect(e.bubbles).to.equal(true);
    expect(e.composed).to.equal(true);
    expect(e.detail.total).to.equal('100000.00');
    expect(typeof e.detail.outOfPocket).to.equal('string');
    expect(e.detail.caseRef).to.match(/^YB-[0-9A-Z]{4}-[0-9A-Z]{3}$/);
  });

  it('fires no yb-estimate on programmatic changes', async () => {
    const el = await make();
    let fired = 0;
    el.addEventListener('yb-estimate', () => fired++);
    typeMoney(bill(el), '10万');
    await aTimeout(20);
    expect(fired).to.equal(1);
    el.scheme = 'employee';
    el.lang = 'en';
    el.category = 'subsistence';
    el.packs = [...TEST_PACKS];
    el.visitDate = '2025-04-01';
    await settled(el);
    await aTimeout(50);
    expect(resultOf(el).output!.identity.applied).to.equal('subsistence');
    expect(fired).to.equal(1);
  });

  it('leaving the bill field does not fire yb-estimate again when the figures are unchanged', async () => {
    const el = await make();
    const seen: string[] = [];
    el.addEventListener('yb-estimate', (e) => seen.push((e as YbEstimateEvent).detail.outOfPocket));
    typeMoney(bill(el), '10万');
    await settled(el);
    await aTimeout(20);
    bill(el).shadowRoot!.querySelector('input')!.dispatchEvent(new Event('change'));
    await settled(el);
    await aTimeout(20);
    expect(seen).to.have.length(1);
    typeMoney(bill(el), '12万');
    await settled(el);
    await aTimeout(20);
    expect(seen).to.have.length(2);
  });

  it('offers 「费用变化时各项怎么变」 with the result; <yb-what-if> is defined when it is opened', async () => {
    const el = await make();
    typeMoney(bill(el), '10万');
    await settled(el);
    const details = $<HTMLDetailsElement>(el, 'details#what-if');
    expect(details.querySelector('summary')!.textContent).to.contain('费用变化时各项怎么变');
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    await settled(el);
    const w = el.shadowRoot!.querySelector('yb-what-if') as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
    expect(w, 'yb-what-if').to.not.equal(null);
    await w!.updateComplete;
    expect(customElements.get('yb-what-if')).to.not.equal(undefined);
    expect(w!.shadowRoot!.querySelectorAll('polyline').length).to.equal(5);
    await expect(el).to.be.accessible();
  });

  it('a user edit followed by a programmatic change within the debounce still fires once', async () => {
    const el = await make(html`<yb-estimator .packs=${TEST_PACKS} region="990100" visit-date="2025-03-10" commit-delay="40"></yb-estimator>`);
    const seen: string[] = [];
    el.addEventListener('yb-estimate', (e) => seen.push((e as YbEstimateEvent).detail.identity));
    typeMoney(bill(el), '10万');
    await settled(el);
    el.category = 'subsistence';
    await settled(el);
    await aTimeout(120);
    expect(seen).to.deep.equal(['subsistence']);
  });

  it('announces the committed result politely, after the debounce', async () => {
    const el = await make(html`<yb-estimator .packs=${TEST_PACKS} region="990100" visit-date="2025-03-10" commit-delay="60"></yb-estimator>`);
    const live = $(el, '#announcer');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    typeMoney(bill(el), '1');
    typeMoney(bill(el), '10');
    typeMoney(bill(el), '10万');
    await settled(el);
    expect(live.textContent!.trim()).to.equal('');
    await aTimeout(120);
    await el.updateComplete;
    expect(live.textContent).to.contain('测算已更新');
  });

  it('two instances do not share state', async () => {
    // Each instance through its own Lit fixture: a plain <div> fixture waits for an animation
    // frame, which never comes while the runner has this tab in the background.
    const a = await fixture<YbEstimator>(html`<yb-estimator id="a" .packs=${TEST_PACKS} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    const b = document.createElement('yb-estimator') as YbEstimator;
    b.id = 'b';
    b.lang = 'en';
    b.packs = TEST_PACKS;
    b.region = '990100';
    b.visitDate = '2025-03-10';
    b.commitDelay = 0;
    a.after(b);
    await settled(a);
    await settled(b);
    typeMoney(bill(a!), '10万');
    await settled(a!);
    await settled(b!);
    expect(resultOf(a!).output).to.not.equal(null);
    expect(resultOf(b!).output).to.equal(null);
    expect(bill(b!).shadowRoot!.querySelector('input')!.value).to.equal('');
    // Landmark names carry the region (or the host's own aria-label), so instances differ.
    expect($(a!, 'form').getAttribute('aria-label')).to.equal('医保报销测算：测试市（虚构）');
    expect($(b!, 'form').getAttribute('aria-label')).to.equal('Medical bill reimbursement estimate: Test City (made up)');
    b.lang = 'zh-CN';
    b.setAttribute('aria-label', '第二个测算');
    await settled(b);
    expect($(b!, 'form').getAttribute('aria-label')).to.equal('医保报销测算：第二个测算');
    expect(resultOf(b!).shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('测算结果：第二个测算');
    expect(resultOf(a!).shadowRoot!.querySelector('section')!.getAttribute('aria-label')).to.equal('测算结果：测试市（虚构）');
    b.remove();
  });

  it('locks region, scheme and category from attributes', async () => {
    const el = await make(html`<yb-estimator .packs=${TEST_PACKS} region="990100" lock-region scheme="employee" lock-scheme
      category="subsistence" lock-category visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    const picker = $(el, 'yb-region-picker');
    expect(picker.shadowRoot!.querySelector('select')).to.equal(null);
    expect(picker.shadowRoot!.textContent).to.contain('测试市');
    expect(el.shadowRoot!.querySelector('input[name="scheme"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('input[name="category"]')).to.equal(null);
    typeMoney(bill(el), '10万');
    await settled(el);
    expect(resultOf(el).output!.identity.applied).to.equal('subsistence');
    await expect(el).to.be.accessible();
  });

  it('refuses a code that is not a region with a clear message', async () => {
    const el = await make(html`<yb-estimator .packs=${TEST_PACKS} region="123400" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    typeMoney(bill(el), '10万');
    await settled(el);
    expect(resultOf(el).output).to.equal(null);
    expect(resultOf(el).shadowRoot!.textContent).to.contain('"123400"不是有效的地区代码');
  });

  it('loads a region from the catalog on demand', async () => {
    const catalog = [{ code: '990100', id: 'test-990100', name: TEST_PACKS[0]!.region.name, load: async () => TEST_PACKS[0]!, loadTexts: async () => ({ id: 'test-990100', texts: {} }) }];
    const el = await make(html`<yb-estimator .catalog=${catalog} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    typeMoney(bill(el), '10万');
    await aTimeout(10);
    await settled(el);
    expect(resultOf(el).output!.totals.total).to.equal('100000.00');
  });

  it('a shipped region from the default catalog answers at once: a figure, no question (always an answer)', async () => {
    const el = await make(html`<yb-estimator region="220200" visit-date="2025-06-10" commit-delay="0"></yb-estimator>`);
    typeMoney(bill(el), '10万');
    const result = () => el.shadowRoot!.querySelector<YbResult>('yb-result');
    for (let i = 0; i < 50 && !result()?.output; i++) {
      await aTimeout(40);
      await settled(el);
    }
    const r = result();
    expect(r?.output, 'a figure').to.not.equal(null);
    expect(r!.errors.length, 'no refusal').to.equal(0);
    expect(r!.output!.totals.total).to.equal('100000.00');
    // 吉林市 publishes no basic ratios: a range with the unknowns named, never a blocking question.
    expect(r!.output!.totals.exact).to.equal(false);
    expect(r!.output!.unknowns.map((u) => u.key)).to.include('basic.rate');
    await expect(el).to.be.accessible();
  });

  it('tells an ordinary person with a heavy bill they may apply (conditional, no invented number)', async () => {
    const el = await make();
    typeMoney(bill(el), '30万');
    await settled(el);
    const hint = resultOf(el).shadowRoot!.querySelector('.hardship');
    expect(hint, 'hardship hint').to.not.equal(null);
    expect(hint!.textContent).to.contain('因病致贫');
    expect(hint!.textContent).to.contain('可能符合');
    expect(hint!.textContent).to.contain('怎么申请');
  });

  it('takes the hardship threshold from an income-based derivation when the pack has one', async () => {
    const pack = packVariant({});
    pack.series = { income: { label: { 'zh-CN': '上年居民人均可支配收入', en: 'Residents’ disposable income per head' }, points: { '2024': { value: '50000', status: 'official', cite: [{ source: 'test', clause: 'S1' }] } } } };
    pack.parameters['tilt.threshold'] = [{ from: '2020-01-01', value: { 'illness-impoverished': { derive: { series: 'income', rate: '0.1', yearOffset: 1, rounding: 'none' } }, '*': '10000' }, status: 'derived', cite: [{ source: 'test', clause: 'T20' }] }];
    const el = await make(html`<yb-estimator .packs=${[pack]} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    typeMoney(bill(el), '30万');
    await settled(el);
    const errs = resultOf(el).errors;
    expect(errs, errs.join()).to.deep.equal([]);
    const hint = resultOf(el).shadowRoot!.querySelector('.hardship');
    expect(hint!.textContent).to.contain('5,000.00');
    expect(hint!.textContent).to.contain('上年居民人均可支配收入');
  });

  it('keeps the form in the URL fragment only when share-url is set', async () => {
    history.replaceState(null, '', location.pathname + location.search);
    const plain = await make();
    typeMoney(bill(plain), '12万');
    await settled(plain);
    await aTimeout(10);
    expect(location.hash).to.equal('');
    const shared = await make(html`<yb-estimator share-url .packs=${TEST_PACKS} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    typeMoney(bill(shared), '12万');
    await settled(shared);
    await aTimeout(10);
    expect(decodeURIComponent(location.hash)).to.contain('12万');
    const restored = await make(html`<yb-estimator share-url .packs=${TEST_PACKS} visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    expect(bill(restored).shadowRoot!.querySelector('input')!.value).to.equal('12万');
    expect(resultOf(restored).output!.totals.total).to.equal('120000.00');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('several visits and year-to-date amounts are settled together', async () => {
    const el = await make();
    typeMoney(bill(el), '5万');
    $<HTMLButtonElement>(el, '#add-visit').click();
    await settled(el);
    const bills = el.shadowRoot!.querySelectorAll<YbMoneyInput>('yb-money-input[data-bill]');
    expect(bills.length).to.equal(2);
    typeMoney(bills[1]!, '3万');
    const ytd = $<YbMoneyInput>(el, '#ytd-basicPaid');
    typeMoney(ytd, '1000');
    await settled(el);
    const out = resultOf(el).output!;
    expect(out.visits.length).to.equal(2);
    expect(out.totals.total).to.equal('80000.00');
    expect(resultOf(el).shadowRoot!.querySelectorAll('td[data-visit]').length).to.equal(10);
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await make();
      typeMoney(bill(el), '10万');
      await settled(el);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      // The tier table fits (no cut-off last column) and its row headers keep whole words.
      for (const variant of [TEST_PACKS, [packVariant({ kind: 'national-guideline' })]]) {
        el.packs = variant;
        await settled(el);
        const root = resultOf(el).shadowRoot!;
        const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
        expect(wrap.scrollWidth, 'table scrolls').to.be.at.most(wrap.clientWidth + 1);
        const th = root.querySelector<HTMLElement>('tbody th[scope="row"]')!;
        expect(th.getBoundingClientRect().width, 'row header width').to.be.greaterThan(48);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('prints the result without the form', async () => {
    const el = await make();
    typeMoney(bill(el), '10万');
    await settled(el);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle($(el, 'form')).display).to.equal('none');
      expect(getComputedStyle(resultOf(el)).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('forced colours and reduced motion: still accessible, focus ring declared in system colours', async () => {
    await emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    try {
      const el = await make();
      typeMoney(bill(el), '10万');
      await settled(el);
      await expect(el).to.be.accessible();
      // (this Chromium build ignores forced-colors emulation, so check the declared rules)
      // the focus ring is declared for forced colours too (system colour Highlight)
      const sheets = [...el.shadowRoot!.adoptedStyleSheets].flatMap((sh) => [...sh.cssRules].map((r) => r.cssText));
      expect(sheets.filter((t) => t.includes('forced-colors')).join('\n')).to.match(/forced-colors: active[\s\S]*highlight/i);
    } finally {
      await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    }
  });
});
