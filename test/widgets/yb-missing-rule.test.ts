// A pack that lacks some rules and carries no bounds for them (an inline pack: shipped regions
// answer with ranges instead, see yb-range.test.ts): <yb-estimator> still asks for each missing
// value in place of the refusal (<yb-missing-rule>, the fallback), and the result — marked as
// resting on values the person supplied — equals estimateSync on the same "supplied by you" layer.
import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import '../../widgets/register.js';
import { estimateSync, isEstimateError, userValuesPack, type RulePack, type UserValue } from '../../src/index.js';
import type { YbEstimator, YbMoneyInput, YbResult, YbMissingRule } from '../../widgets/index.js';
import { $, TEST_PACK, settled, typeMoney } from './helpers.js';

/** The made-up test pack without 居民 二级 住院 basic.rate, the 居民 大病 deductible and cap, and no bounds. */
function packWithoutBounds(): RulePack {
  const p = structuredClone(TEST_PACK) as RulePack & { parameters: Record<string, { value: unknown }[]> };
  delete ((p.parameters['basic.rate']![0]!.value as Record<string, Record<string, Record<string, unknown>>>).resident!.inpatient!).secondary;
  p.parameters['critical.deductible']![0]!.value = { employee: '10000' };
  p.parameters['critical.annualCap']![0]!.value = { employee: '300000' };
  return p;
}
const PACK = packWithoutBounds();

const bill = (el: YbEstimator) => $<YbMoneyInput>(el, 'yb-money-input[data-bill]');
const question = (el: YbEstimator) => el.shadowRoot!.querySelector<YbMissingRule>('yb-missing-rule');
const result = (el: YbEstimator) => el.shadowRoot!.querySelector<YbResult>('yb-result');

async function until(el: YbEstimator, what: string, cond: () => boolean): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await settled(el);
    const q = question(el);
    if (q) await q.updateComplete;
    if (cond()) return;
    await aTimeout(30);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Waits for the question about `key` and answers it through the UI, like a person. */
async function answer(el: YbEstimator, label: string, how: { percent?: string; money?: string; choice?: string }): Promise<void> {
  await until(el, `the question about ${label}`, () => (question(el)?.shadowRoot?.textContent ?? '').includes(label));
  const root = question(el)!.shadowRoot!;
  if (how.choice) root.querySelector<HTMLInputElement>(`input[type="radio"][value="${how.choice}"]`)!.click();
  await question(el)!.updateComplete;
  if (how.percent !== undefined) {
    const input = root.querySelector<HTMLInputElement>('input#value')!;
    input.value = how.percent;
    input.dispatchEvent(new InputEvent('input'));
  }
  if (how.money !== undefined) typeMoney(root.querySelector<YbMoneyInput>('yb-money-input#value')!, how.money);
  await question(el)!.updateComplete;
  root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await settled(el);
}

async function make(lang = 'zh-CN'): Promise<YbEstimator> {
  const el = await fixture<YbEstimator>(html`<yb-estimator .packs=${[PACK]} lang=${lang} region="990100" visit-date="2025-06-10" commit-delay="0"></yb-estimator>`);
  await settled(el);
  typeMoney(bill(el), '10万');
  await until(el, 'the first question', () => question(el) !== null);
  return el;
}

describe('yb-missing-rule fallback question (through yb-estimator, a pack without bounds)', () => {
  it('passes axe while asking for a missing rule', async () => {
    const el = await make();
    await expect(el).to.be.accessible();
    const text = question(el)!.shadowRoot!.textContent!;
    expect(text).to.contain('本地公开资料中没有找到这项规定：基本医保支付比例（城乡居民医保，住院，二级医院）');
    expect(text).to.contain('12393');
    expect(result(el)).to.equal(null); // in place of the refusal
  });

  it('supplied one by one, the values give a result equal to estimateSync on the same layer, marked as theirs', async () => {
    const el = await make();
    await answer(el, '基本医保支付比例', { percent: '70%' });
    await until(el, 'progress', () => (question(el)?.shadowRoot?.textContent ?? '').includes('已补充 1 项'));
    await answer(el, '大病保险起付标准', { money: '15000' });
    // A cap is asked as an amount: the "不清楚上限，按不封顶估算" choice is gone (issue 10).
    await until(el, 'the cap question', () => (question(el)?.shadowRoot?.textContent ?? '').includes('大病保险年度最高支付限额'));
    expect(question(el)!.shadowRoot!.textContent).to.not.contain('不清楚上限');
    expect(question(el)!.shadowRoot!.querySelector('input[type="radio"]')).to.equal(null);
    await answer(el, '大病保险年度最高支付限额', { money: '30万' });
    await until(el, 'the result', () => question(el) === null && (result(el)?.output ?? null) !== null);

    const chain: RulePack[] = [PACK];
    const values: UserValue[] = [
      { key: 'basic.rate', cell: { scheme: 'resident', kind: 'inpatient', level: 'secondary' }, value: '0.7' },
      { key: 'critical.deductible', cell: { scheme: 'resident' }, value: '15000.00' },
      { key: 'critical.annualCap', cell: { scheme: 'resident' }, value: '300000.00' },
    ];
    const overlay = userValuesPack(chain[0]!, values, '2026-01-01', { layers: chain, date: '2025-06-10' });
    const expected = estimateSync({
      pack: overlay, person: { scheme: 'resident', categories: [] },
      visits: [{ id: 'v1', kind: 'inpatient', date: '2025-06-10', hospitalLevel: 'secondary', place: 'local', total: '100000.00' }],
      options: { trace: true },
    }, chain);
    if (isEstimateError(expected)) throw new Error(JSON.stringify(expected.errors));
    const r = result(el)!;
    await r.updateComplete;
    for (const k of ['total', 'basic', 'critical', 'assistance', 'tilt', 'outOfPocket'] as const) {
      expect(r.shadowRoot!.querySelector(`td[data-figure="${k}"]`)!.getAttribute('data-value'), k).to.equal(expected.totals[k]);
    }
    // Every figure but the bill the person typed carries the one mark for supplied values (legend once).
    const marked = r.shadowRoot!.querySelectorAll('td[data-figure] .user-mark');
    expect(marked.length).to.equal(r.shadowRoot!.querySelectorAll('td[data-figure]:not([data-figure="total"])').length);
    expect(r.shadowRoot!.textContent).to.contain('您补充填写的数值（非官方）');
    expect($(el, '.supplied').textContent).to.contain('已补充 3 项');
    await expect(el).to.be.accessible();

    // Clearing the supplied values asks again from the first one.
    $<HTMLButtonElement>(el, '#clear-supplied').click();
    await until(el, 'the first question again', () => (question(el)?.shadowRoot?.textContent ?? '').includes('基本医保支付比例'));
  });

  it('refuses an unreadable percentage with a message, keeping the question', async () => {
    const el = await make();
    const root = question(el)!.shadowRoot!;
    const input = root.querySelector<HTMLInputElement>('input#value')!;
    input.value = '七十';
    input.dispatchEvent(new InputEvent('input'));
    await question(el)!.updateComplete;
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await question(el)!.updateComplete;
    expect(root.querySelector('#q-error')!.textContent).to.contain('百分比');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('in English: the question and the answers are English, and pass axe', async () => {
    const el = await make('en');
    const text = question(el)!.shadowRoot!.textContent!;
    expect(text).to.contain('The local published rules do not give this: Basic insurance payment ratio');
    await expect(el).to.be.accessible();
    await answer(el, 'Basic insurance payment ratio', { percent: '70' });
    await until(el, 'the next question', () => (question(el)?.shadowRoot?.textContent ?? '').includes('Critical-illness deductible'));
    await expect(el).to.be.accessible();
  });

  it('hotline: Alt+M goes to the missing field', async () => {
    const el = await make();
    el.mode = 'hotline';
    await settled(el);
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'm', code: 'KeyM', altKey: true, bubbles: true, composed: true }));
    await settled(el);
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    expect(a?.id).to.equal('value');
  });
});
