// Bounded estimates in the widget (issue 10, item 4): the answer appears at once — the most likely
// figure, the range as a scale with a text equivalent, one sentence per unknown that mattered —
// with no blocking question; "我知道这个数" (optional, collapsed) narrows or fixes the range.
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { setViewport, emulateMedia } from '@web/test-runner-commands';
import '../../widgets/register.js';
import { estimateSync, isEstimateError, userValuesPack, type EstimateOutput, type RulePack } from '../../src/index.js';
import type { YbEstimator, YbMoneyInput, YbMissingRule, YbEstimateEvent, YbResult } from '../../widgets/index.js';
import { formatMoney } from '../../widgets/internal/format.js';
import { $, TEST_PACK, deepActive, resultOf, settled, typeMoney } from './helpers.js';

const RATE_RANGE = { range: { low: '0.5', high: '0.9', central: '0.6', basis: { 'zh-CN': '已收录的城市公布的数值在50%至90%之间（测试数据）', en: 'Cities publish 50% to 90% (test data)' } } };
const CAP_RANGE = { range: { low: '200000', high: null, central: null, basis: { 'zh-CN': '上级文件规定不低于20万元（测试数据）', en: 'A higher document sets at least 200,000 (test data)' } } };

/** The made-up test pack with 居民 三级 住院 basic.rate and the 大病 cap unpublished (range leaves). */
function rangePack(opts: { rate?: boolean; cap?: boolean } = { rate: true, cap: true }): RulePack {
  const p = structuredClone(TEST_PACK) as RulePack & { parameters: Record<string, { value: unknown }[]> };
  if (opts.rate) ((p.parameters['basic.rate']![0]!.value as Record<string, Record<string, Record<string, unknown>>>).resident!.inpatient!).tertiary = RATE_RANGE;
  if (opts.cap) p.parameters['critical.annualCap']![0]!.value = CAP_RANGE;
  return p;
}

const VISIT = { id: 'v1', kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', place: 'local', total: '100000.00' } as const;
function expectedFor(pack: RulePack, total = '100000.00', layers: RulePack[] = []): EstimateOutput {
  const out = estimateSync({ pack, person: { scheme: 'resident', categories: [] }, visits: [{ ...VISIT, total }], options: { trace: true } }, layers);
  if (isEstimateError(out)) throw new Error(JSON.stringify(out.errors));
  return out;
}

const known = (el: YbEstimator) => el.shadowRoot!.querySelector<YbMissingRule>('yb-missing-rule');

async function make(pack: RulePack, bill = '10万', lang = 'zh-CN', mode = 'citizen'): Promise<YbEstimator> {
  const el = await fixture<YbEstimator>(html`<yb-estimator .packs=${[pack]} region="990100" lang=${lang} mode=${mode} visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
  await settled(el);
  if (mode !== 'elder') {
    const level = $<HTMLSelectElement>(el, '#v0-level');
    level.value = 'tertiary';
    level.dispatchEvent(new Event('change'));
    typeMoney($<YbMoneyInput>(el, 'yb-money-input[data-bill]'), bill);
  }
  for (let i = 0; i < 50; i++) {
    await settled(el);
    await known(el)?.updateComplete;
    const r = el.shadowRoot!.querySelector<YbResult>('yb-result');
    if (known(el)?.fault || (r?.output && (r.output.totals.exact || known(el)))) break;
    await aTimeout(20);
  }
  return el;
}

const rtext = (el: YbEstimator) => resultOf(el).shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('bounded estimates in yb-estimator', () => {
  it('not exact: the most likely figure, the range bar with its text equivalent, one sentence per unknown; no question', async () => {
    const pack = rangePack();
    const exp = expectedFor(pack);
    expect(exp.totals.exact).to.equal(false);
    const el = await make(pack);
    const r = resultOf(el).shadowRoot!;
    const f = (v: string) => formatMoney(v, 'zh-CN');
    expect(r.querySelector('[data-figure="headline-outOfPocket"]')!.textContent).to.equal(`${f(exp.totals.outOfPocket)} 元`);
    expect(rtext(el)).to.contain(`个人大约需付 ${f(exp.totals.outOfPocket)} 元`);
    const range = r.querySelector('.range')!;
    expect(range.getAttribute('data-range-low')).to.equal(exp.totals.range.outOfPocket.low);
    expect(range.getAttribute('data-range-high')).to.equal(exp.totals.range.outOfPocket.high);
    expect(r.querySelector('[data-figure="range"]')!.textContent).to.equal(`在 ${f('10360.00')} 至 ${f('26200.00')} 元之间`);
    const bar = r.querySelector('svg.range-bar')!;
    expect(bar.getAttribute('role')).to.equal('img');
    expect(bar.getAttribute('aria-label')).to.contain(`在 ${f('10360.00')} 至 ${f('26200.00')} 元之间`);
    expect(bar.getAttribute('aria-label')).to.contain(f(exp.totals.outOfPocket));
    // The span sits at low–high of the bill; the mark at the central figure.
    expect(bar.querySelector('rect.span')!.getAttribute('x')).to.equal('10.360%');
    expect(bar.querySelector('rect.mark')!.getAttribute('x')).to.equal('22.240%');
    const items = [...r.querySelectorAll('.unknowns li')].map((li) => li.textContent!.trim());
    expect(items.length).to.equal(exp.unknowns.length);
    expect(items[0]).to.equal('基本医保支付比例（城乡居民医保，住院，三级医院）：本地没有公布，按 50% 至 90% 估算，最可能是 60%。已收录的城市公布的数值在50%至90%之间（测试数据）');
    // The range warning is said by the range display, not repeated as a note.
    expect(r.querySelector('.warnings')!.textContent).to.not.contain('项数值未公布');
    // No blocking question: the optional entry is collapsed and the result is shown.
    expect(known(el)!.fault).to.equal(null);
    const toggle = known(el)!.shadowRoot!.querySelector<HTMLButtonElement>('button#toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent).to.contain('我知道这个数');
    expect(toggle.querySelector('.marker')!.textContent).to.equal('▸');
    expect(known(el)!.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('exact despite unpublished numbers: no range display, one quiet note', async () => {
    const pack = rangePack({ cap: true });
    const exp = expectedFor(pack);
    expect(exp.totals.exact).to.equal(true);
    expect(exp.warnings.map((w) => w.code)).to.include('unknowns-immaterial');
    const el = await make(pack);
    const r = resultOf(el).shadowRoot!;
    expect(r.querySelector('[data-figure="headline-outOfPocket"]')!.getAttribute('data-exact')).to.equal('true');
    expect(r.querySelector('.range')).to.equal(null);
    expect(r.querySelector('svg.range-bar')).to.equal(null);
    expect(r.querySelectorAll('[data-note="immaterial"]').length).to.equal(1);
    expect(rtext(el)).to.contain('本地有些数值没有公布，但不影响这个数字。');
    expect(rtext(el)).to.not.contain('都不影响本结果'); // the engine's warning is not repeated
    expect(known(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('an exact pack with no unknowns says nothing about unpublished numbers', async () => {
    const el = await make(structuredClone(TEST_PACK));
    expect(resultOf(el).shadowRoot!.querySelector('[data-note="immaterial"]')).to.equal(null);
    expect(resultOf(el).shadowRoot!.querySelector('.range')).to.equal(null);
  });

  it('an unpublished cap is never stated as "no cap": the step says it is unpublished, with its floor', async () => {
    const pack = rangePack({ rate: true, cap: true });
    const el = await make(pack, '90万');
    const r = resultOf(el);
    r.toggleExplanation(true);
    await r.updateComplete;
    const text = rtext(el);
    expect(text).to.not.contain('大病保险不设年度最高支付限额');
    expect(text).to.not.contain('：不设上限（'); // the parameter's value is not given as "no cap"
    expect(text).to.contain('大病保险年度最高支付限额：本地没有公布（');
    expect(text).to.contain('大病保险年度最高支付限额本地没有公布（已知不低于 200,000.00 元）');
    // The unknown that mattered, in words: a floor and no known top.
    expect(text).to.contain('大病保险年度最高支付限额：本地没有公布，已知不低于 200,000.00 元，最高是多少不知道；最可能不设上限。');
  });

  it('"我知道这个数": a value entered fixes the range, marked as supplied; equal to estimateSync on the same layer', async () => {
    const pack = rangePack();
    const el = await make(pack);
    const k = known(el)!;
    k.shadowRoot!.querySelector<HTMLButtonElement>('button#toggle')!.click();
    await k.updateComplete;
    const toggle = k.shadowRoot!.querySelector('button#toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.querySelector('.marker')!.textContent).to.equal('▾');
    await expect(el).to.be.accessible();
    const input = k.shadowRoot!.querySelector<HTMLInputElement>('input#k0-value')!;
    // A bad value is refused with a message; the form stays.
    input.value = '七十';
    input.dispatchEvent(new InputEvent('input'));
    await k.updateComplete;
    k.shadowRoot!.querySelector<HTMLButtonElement>('form[data-slot="k0"] button[type="submit"]')!.click();
    await k.updateComplete;
    expect(k.shadowRoot!.querySelector('#k0-error')!.textContent).to.contain('百分比');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    input.value = '70%';
    input.dispatchEvent(new InputEvent('input'));
    await k.updateComplete;
    k.shadowRoot!.querySelector<HTMLButtonElement>('form[data-slot="k0"] button[type="submit"]')!.click();
    await settled(el);
    const overlay = userValuesPack(pack, [{ key: 'basic.rate', cell: { scheme: 'resident', kind: 'inpatient', level: 'tertiary' }, value: '0.7' }], '2026-01-01', { layers: [pack], date: '2025-03-10' });
    const exp = expectedFor(overlay, '100000.00', [pack]);
    const out = resultOf(el).output!;
    expect(out.totals.outOfPocket).to.equal(exp.totals.outOfPocket);
    expect(out.totals.exact).to.equal(true);
    const r = resultOf(el).shadowRoot!;
    expect(r.querySelector('.range')).to.equal(null);
    expect(r.querySelector('.headline .user-mark')).to.not.equal(null);
    expect($(el, '.supplied').textContent).to.contain('已补充 1 项');
    expect(deepActive()?.id).to.equal('h'); // focus moves to the result, which now rests on the value
    await expect(el).to.be.accessible();
  });

  it('"我知道这个数" for a cap: an amount only (no "不清楚上限" choice), narrowing a large bill to one figure', async () => {
    const pack = rangePack({ cap: true });
    const el = await make(pack, '90万');
    expect(resultOf(el).output!.totals.exact).to.equal(false);
    const k = known(el)!;
    k.shadowRoot!.querySelector<HTMLButtonElement>('button#toggle')!.click();
    await k.updateComplete;
    expect(k.shadowRoot!.textContent).to.not.contain('不清楚上限');
    expect(k.shadowRoot!.querySelector('input[type="radio"]')).to.equal(null);
    typeMoney(k.shadowRoot!.querySelector<YbMoneyInput>('yb-money-input#k0-value')!, '25万');
    await k.updateComplete;
    k.shadowRoot!.querySelector<HTMLButtonElement>('form[data-slot="k0"] button[type="submit"]')!.click();
    await settled(el);
    const overlay = userValuesPack(pack, [{ key: 'critical.annualCap', cell: {}, value: '250000.00' }], '2026-01-01', { layers: [pack], date: '2025-03-10' });
    const exp = expectedFor(overlay, '900000.00', [pack]);
    expect(resultOf(el).output!.totals.outOfPocket).to.equal(exp.totals.outOfPocket);
    expect(resultOf(el).output!.totals.exact).to.equal(true);
  });

  it('"我知道这个数" for an unpublished income year behind a derived deductible: the income figure is asked', async () => {
    const pack = structuredClone(TEST_PACK) as RulePack & { parameters: Record<string, { value: unknown }[]> };
    pack.series = { income: { label: { 'zh-CN': '上年居民人均可支配收入', en: 'Residents’ disposable income per head' }, points: {
      '2023': { value: '30000', status: 'official', cite: [{ source: 'test', clause: 'S1' }] },
      '2024': { range: { low: '30000', high: '33000', central: '31500', basis: { 'zh-CN': '按2023年数值及最大年增幅估算（测试数据）', en: 'From 2023 and the largest yearly growth (test data)' } }, status: 'estimated', cite: [{ source: 'test', clause: 'S1' }] },
    } } };
    pack.parameters['critical.deductible']![0]!.value = { resident: { derive: { series: 'income', rate: '0.5', yearOffset: 1, rounding: 'yuan' } }, employee: '10000' };
    const el = await make(pack);
    expect(resultOf(el).output!.totals.range.outOfPocket).to.deep.equal({ low: '25240.00', high: '26140.00' });
    expect(rtext(el)).to.contain('大病保险起付标准（城乡居民医保）：本地没有公布，按 15,000.00 元 至 16,500.00 元 估算，最可能是 15,750.00 元。');
    const k = known(el)!;
    k.shadowRoot!.querySelector<HTMLButtonElement>('button#toggle')!.click();
    await k.updateComplete;
    const money = k.shadowRoot!.querySelector<YbMoneyInput>('yb-money-input#k0-value')!;
    expect(money.label).to.equal('2024 年上年居民人均可支配收入（元）');
    typeMoney(money, '32000');
    await k.updateComplete;
    k.shadowRoot!.querySelector<HTMLButtonElement>('form[data-slot="k0"] button[type="submit"]')!.click();
    await settled(el);
    const overlay = userValuesPack(pack, [], '2026-01-01', { layers: [pack], date: '2025-03-10', series: [{ series: 'income', year: 2024, value: '32000' }] });
    const exp = expectedFor(overlay, '100000.00', [pack]);
    expect(resultOf(el).output!.totals.outOfPocket).to.equal(exp.totals.outOfPocket);
    expect(resultOf(el).output!.totals.exact).to.equal(true);
  });

  it('the yb-estimate event detail carries the range, exact and the unknowns', async () => {
    const pack = rangePack();
    const el = await fixture<YbEstimator>(html`<yb-estimator .packs=${[pack]} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    await settled(el);
    const level = $<HTMLSelectElement>(el, '#v0-level');
    level.value = 'tertiary';
    level.dispatchEvent(new Event('change'));
    const events: YbEstimateEvent[] = [];
    el.addEventListener('yb-estimate', (e) => events.push(e as YbEstimateEvent));
    typeMoney($<YbMoneyInput>(el, 'yb-money-input[data-bill]'), '10万');
    await settled(el);
    await aTimeout(0);
    const d = events[events.length - 1]!.detail;
    expect(d.outOfPocket).to.equal('22240.00');
    expect(d.exact).to.equal(false);
    expect(d.range).to.deep.equal({ low: '10360.00', high: '26200.00' });
    expect(d.visits[0]!.range).to.deep.equal({ low: '10360.00', high: '26200.00' });
    expect(d.visits[0]!.exact).to.equal(false);
    expect(d.unknowns.length).to.equal(1);
    expect(d.unknowns[0]).to.deep.include({ key: 'basic.rate', label: '基本医保支付比例', low: '0.5', high: '0.9', central: '0.6' });
    expect(d.unknowns[0]!.cell).to.deep.equal({ scheme: 'resident', kind: 'inpatient', level: 'tertiary' });
    expect(d.unknowns[0]!.text).to.deep.equal({ low: '50%', high: '90%', central: '60%' });
    expect(JSON.parse(JSON.stringify(d))).to.deep.equal(d); // plain data for hosts
  });

  it('summary, read-aloud script and print carry the range and the unknowns', async () => {
    const el = await make(rangePack(), '10万', 'zh-CN', 'hotline');
    const summary = el.summaryText();
    expect(summary).to.contain('个人大约需付 22,240.00 元（在 10,360.00 至 26,200.00 元之间），因为以下本地数值没有公布：');
    expect(summary).to.contain('· 基本医保支付比例（城乡居民医保，住院，三级医院）：本地没有公布，按 50% 至 90% 估算');
    const script = el.scriptText();
    expect(script).to.contain('您个人大约需要负担22,240.00元，在10,360.00元到26,200.00元之间。');
    expect(script).to.contain('这是一个范围，因为当地有1项数值没有公布：');
    expect(script).to.contain('基本医保支付比例（城乡居民医保，住院，三级医院），当地没有公布，按50%到90%估算。');
    // Print shows the result element, which holds the range and the sentences (the entry form is noprint).
    expect(known(el)!.classList.contains('noprint')).to.equal(true);
    const exactEl = await make(rangePack({ cap: true }), '10万', 'zh-CN', 'hotline');
    expect(exactEl.summaryText()).to.contain('本地有些数值没有公布，但不影响上面的数字。');
    expect(exactEl.scriptText()).to.contain('当地有些数值没有公布，但不影响这个数字。');
    expect(exactEl.summaryText()).to.not.contain('之间');
  });

  it('hotline: Alt+M opens "我知道这个数" at its first field', async () => {
    const el = await make(rangePack(), '10万', 'zh-CN', 'hotline');
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'm', code: 'KeyM', altKey: true, bubbles: true, composed: true }));
    await settled(el);
    await known(el)!.updateComplete;
    expect(known(el)!.shadowRoot!.querySelector('button#toggle')!.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActive()?.id).to.equal('k0-value');
  });

  it('reflows at 320 px (range, sentences, open entry; citizen and hotline) without horizontal scrolling', async function () {
    await setViewport({ width: 320, height: 800 });
    // WebKit's MiniBrowser window cannot be made narrower than about 450 px (as in the behaviour tests).
    if (window.innerWidth > 340) {
      await setViewport({ width: 800, height: 600 });
      this.skip();
    }
    try {
      for (const mode of ['citizen', 'hotline']) {
        const el = await make(rangePack(), '10万', 'zh-CN', mode);
        const k = known(el)!;
        k.shadowRoot!.querySelector<HTMLButtonElement>('button#toggle')!.click();
        await k.updateComplete;
        await settled(el);
        expect(el.scrollWidth, mode).to.be.at.most(el.clientWidth + 1);
        expect(document.documentElement.scrollWidth, mode).to.be.at.most(320);
        const range = resultOf(el).shadowRoot!.querySelector<HTMLElement>('.range')!;
        expect(range.scrollWidth, `${mode} range`).to.be.at.most(range.clientWidth + 1);
        expect(k.scrollWidth, `${mode} entry`).to.be.at.most(k.clientWidth + 1);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('prints the range and the sentences, not the value entry', async function () {
    const el = await make(rangePack());
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      // Print emulation needs CDP: Chromium only (Firefox over BiDi and WebKit over WebDriver lack it).
      this.skip();
    }
    try {
      const r = resultOf(el).shadowRoot!;
      expect(getComputedStyle(r.querySelector('.range')!).display).to.not.equal('none');
      expect(getComputedStyle(r.querySelector('.unknowns')!).display).to.not.equal('none');
      expect(getComputedStyle(known(el)!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('in English: range, sentences and the optional entry are English and pass axe', async () => {
    const el = await make(rangePack(), '10万', 'en');
    const text = rtext(el);
    expect(text).to.contain('You will pay about ¥22,240.00');
    expect(resultOf(el).shadowRoot!.querySelector('[data-figure="range"]')!.textContent).to.equal('between ¥10,360.00 and ¥26,200.00');
    expect(text).to.contain('Basic insurance payment ratio (');
    expect(text).to.contain('not published locally; estimated at 50% to 90%, most likely 60%. Cities publish 50% to 90% (test data)');
    const k = known(el)!;
    expect(k.shadowRoot!.querySelector('button#toggle')!.textContent).to.contain('I know this figure');
    await expect(el).to.be.accessible();
    k.shadowRoot!.querySelector<HTMLButtonElement>('button#toggle')!.click();
    await k.updateComplete;
    await expect(el).to.be.accessible();
    expect(el.summaryText()).to.contain('You will pay about ¥22,240.00 (between ¥10,360.00 and ¥26,200.00)');
  });

  it('a pack without bounds for a rule still asks (fallback), as today', async () => {
    const pack = structuredClone(TEST_PACK) as RulePack & { parameters: Record<string, { value: unknown }[]> };
    delete ((pack.parameters['basic.rate']![0]!.value as Record<string, Record<string, Record<string, unknown>>>).resident!.inpatient!).tertiary;
    const el = await make(pack);
    for (let i = 0; i < 50 && !known(el)?.fault; i++) { await aTimeout(20); await settled(el); }
    const q = known(el)!;
    await q.updateComplete;
    expect(q.fault).to.not.equal(null);
    expect(q.shadowRoot!.textContent).to.contain('本地公开资料中没有找到这项规定：基本医保支付比例');
    expect(el.shadowRoot!.querySelector('yb-result')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('elder mode: the result step shows the figure and the range, readable', async () => {
    const el = await fixture<YbEstimator>(html`<yb-estimator .packs=${[rangePack()]} region="990100" mode="elder" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    await settled(el);
    // Go to the bill step, fill it, then to the result.
    for (let i = 0; i < 4; i++) { el.shadowRoot!.querySelector<HTMLButtonElement>('.actions.noprint button:last-child')!.click(); await settled(el); }
    const level = $<HTMLSelectElement>(el, '#v0-level');
    level.value = 'tertiary';
    level.dispatchEvent(new Event('change'));
    typeMoney($<YbMoneyInput>(el, 'yb-money-input[data-bill]'), '10万');
    await settled(el);
    for (let i = 0; i < 2; i++) { el.shadowRoot!.querySelector<HTMLButtonElement>('.actions.noprint button:last-child')!.click(); await settled(el); }
    for (let i = 0; i < 20 && !known(el); i++) { await aTimeout(20); await settled(el); }
    const r = resultOf(el).shadowRoot!;
    expect(r.querySelector('[data-figure="range"]')).to.not.equal(null);
    const big = parseFloat(getComputedStyle(r.querySelector('.headline .big')!).fontSize);
    const ends = parseFloat(getComputedStyle(r.querySelector('.range-ends')!).fontSize);
    expect(big).to.be.greaterThan(ends);
    expect(ends).to.be.at.least(20); // elder base size
    await expect(el).to.be.accessible();
  });
});
