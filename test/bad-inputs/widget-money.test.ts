// The bad-input catalogue's money values typed into <yb-estimator>'s bill field: the localised
// message appears next to the field (an emptied field instead clears the figures and asks again), the figures already shown do not change, no yb-estimate event
// fires for the bad value, and nothing is logged as an error.
import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/register.js';
import type { YbEstimator, YbMoneyInput } from '../../widgets/index.js';
import { $, TEST_PACKS, changeMoney, resultOf, settled, typeMoney } from '../widgets/helpers.js';
import catalogue from './catalogue.json';

interface BadCase { name: string; widgetMoney?: string; zh?: string[]; en?: string[] }
const cases = (catalogue as BadCase[]).filter((c) => c.widgetMoney !== undefined);

describe('bad amounts typed into <yb-estimator>', () => {
  const errors: unknown[] = [];
  const origError = console.error;
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(() => {
    console.error = (...a: unknown[]) => { errors.push(a); origError(...a); };
    window.addEventListener('error', onError);
  });
  after(() => {
    console.error = origError;
    window.removeEventListener('error', onError);
  });

  it('has money cases', () => expect(cases.length).to.be.greaterThanOrEqual(8));

  for (const c of cases) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`${c.name} (${lang}): message shown, figures unchanged, no event, no console error`, async () => {
        const el = await fixture<YbEstimator>(html`<yb-estimator .packs=${TEST_PACKS} region="990100" visit-date="2025-03-10" commit-delay="0" lang=${lang}></yb-estimator>`);
        await settled(el);
        const field = $<YbMoneyInput>(el, 'yb-money-input[data-bill]');
        typeMoney(field, '10万');
        await settled(el);
        const before = JSON.stringify(resultOf(el).output);
        expect(resultOf(el).output).to.not.equal(null);
        let events = 0;
        el.addEventListener('yb-estimate', () => events++);
        const errorsBefore = errors.length;

        typeMoney(field, c.widgetMoney!);
        changeMoney(field);
        await settled(el);
        await field.updateComplete;

        if (c.widgetMoney === '') {
          // An emptied bill field is not a fault (the field is optional until submitted): the
          // figures go, and the result asks for the bill again.
          expect(resultOf(el).output).to.equal(null);
          expect(resultOf(el).shadowRoot!.textContent).to.include(lang === 'en' ? 'Enter the bill' : '填写费用后');
          expect(events).to.equal(0);
          expect(errors.length - errorsBefore).to.equal(0);
          return;
        }
        const message = field.shadowRoot!.querySelector('[part="error"]')!.textContent ?? '';
        for (const s of (lang === 'en' ? c.en : c.zh) ?? []) expect(message.toLowerCase(), `${lang} message`).to.include(s.toLowerCase());
        expect(field.shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('true');
        expect(JSON.stringify(resultOf(el).output), 'figures unchanged').to.equal(before);
        expect(events, 'no yb-estimate event for a bad amount').to.equal(0);
        expect(errors.length - errorsBefore, JSON.stringify(errors.slice(errorsBefore))).to.equal(0);
      });
    }
  }
});

describe('pack texts carrying markup, in <yb-estimator>', () => {
  it('are rendered as text, never as HTML (no element, no handler runs)', async () => {
    const w = window as unknown as { __ybXss?: number };
    w.__ybXss = 0;
    const pack = structuredClone(TEST_PACKS[0]!);
    pack.region.name['zh-CN'] = '<img src=x onerror="window.__ybXss++">测试市';
    pack.region.name.en = '<script>window.__ybXss++</script>Test City';
    pack.title['zh-CN'] = '<img src=x onerror="window.__ybXss++">';
    pack.categories[1]!.name['zh-CN'] = '<b onmouseover="window.__ybXss++">低保</b>';
    const el = await fixture<YbEstimator>(html`<yb-estimator .packs=${[pack]} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    await settled(el);
    typeMoney($<YbMoneyInput>(el, 'yb-money-input[data-bill]'), '10万');
    await settled(el);
    await new Promise((r) => setTimeout(r, 50));
    const roots: (Document | ShadowRoot)[] = [];
    const walk = (root: Document | ShadowRoot) => { roots.push(root); for (const e of root.querySelectorAll('*')) if (e.shadowRoot) walk(e.shadowRoot); };
    walk(el.shadowRoot!);
    const text = roots.map((r) => (r instanceof ShadowRoot ? r.textContent : '')).join(' ');
    for (const r of roots) expect(r.querySelector('img[src="x"], script, b[onmouseover]'), 'no element from pack text').to.equal(null);
    expect(text).to.include('<img src=x onerror="window.__ybXss++">测试市');
    expect(w.__ybXss).to.equal(0);
  });
});
