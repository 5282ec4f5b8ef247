// Hostile data on a host page (issue 13): a crafted share link (#yb=…) and crafted `.packs` must
// leave the host page's Object.prototype untouched, and the figures shown must be those of the
// same form without the crafted parts — or a named, localised refusal, never a wrong figure.
import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/register.js';
import '../../widgets/yb-result/register.js';
import { estimateSync, isEstimateError, type EstimateOutput, type RulePack } from '../../src/index.js';
import type { YbEstimator, YbResult } from '../../widgets/index.js';
import { TEST_PACK, TEST_PACKS, figure, resultOf, settled } from '../widgets/helpers.js';

const PROBES = ['ybPolluted', 'main', 'resident', 'inpatient', 'subsistence', '*', 'polluted'];
const protoClean = () => {
  for (const k of PROBES) expect(Object.hasOwn(Object.prototype, k), `Object.prototype.${k}`).to.equal(false);
  expect(({} as Record<string, unknown>).ybPolluted).to.equal(undefined);
  expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
};
const cleanUp = () => {
  for (const k of PROBES) delete (Object.prototype as Record<string, unknown>)[k];
  history.replaceState(null, '', location.pathname + location.search);
};

/** The clean estimate the crafted link's form stands for (subsistence, 10万 inpatient, secondary). */
function expected(): EstimateOutput {
  const r = estimateSync({
    region: '990100', person: { scheme: 'resident', categories: ['subsistence'] },
    visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'secondary', total: '100000.00' }],
  }, TEST_PACKS);
  if (isEstimateError(r)) throw new Error(JSON.stringify(r.errors));
  return r;
}

function craftedFragment(u: unknown): string {
  const form = {
    r: '990100', s: 'resident', rt: false, c: ['subsistence'], a: '', b: '', n: '', y: {},
    v: [{ k: 'inpatient', l: 'secondary', p: 'local', d: '2025-03-10', m: 'total', b: { total: '100000' } }],
    u,
  };
  return `#${new URLSearchParams({ yb: JSON.stringify(form) }).toString()}`;
}

describe('hostile data on the host page', () => {
  afterEach(cleanUp);

  const crafted: [string, unknown][] = [
    ['a "__proto__" table cell (sets a property on every object)', { p: [['basic.annualCap', { scheme: '__proto__', pool: 'ybPolluted' }, '1']], s: [] }],
    ['a cap through the prototype ("__proto__" category, pool main = 0)', { p: [['assistance.annualLimit', { category: '__proto__', pool: 'main' }, '0']], s: [] }],
    ['"constructor" as key, cell and series', { p: [['constructor', {}, '1'], ['basic.rate', { scheme: 'constructor' }, '0.5'], ['tilt.rate', { category: 'constructor' }, '0.5']], s: [['constructor', 2024, '1'], ['__proto__', 2024, '1']] }],
    ['cell keys that are not the parameter\'s dimensions', { p: [['tilt.rate', { constructor: 'x', toString: 'subsistence' }, '0.9'], ['assistance.rate', { category: 'subsistence', kind: 'hasOwnProperty' }, '0']], s: [] }],
  ];
  for (const [name, u] of crafted) {
    it(`share link with ${name}: host prototype untouched, estimate unchanged`, async () => {
      history.replaceState(null, '', `${location.pathname}${location.search}${craftedFragment(u)}`);
      const el = await fixture<YbEstimator>(html`<yb-estimator share-url .packs=${TEST_PACKS} visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
      await settled(el);
      await settled(el);
      protoClean();
      const out = resultOf(el).output;
      expect(out, 'a result is shown').to.not.equal(null);
      const want = expected();
      expect(out!.totals).to.deep.equal(want.totals);
      expect(figure(el, 'assistance')).to.equal(want.totals.assistance);
      expect(Number(want.totals.assistance)).to.be.greaterThan(0);
    });
  }

  /** An estimator given host packs (`.packs`) and a typed 10万 bill, settled. */
  async function billWithPacks(packs: RulePack[]): Promise<YbEstimator> {
    const el = await fixture<YbEstimator>(html`<yb-estimator .packs=${packs} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
    await settled(el);
    const m = el.shadowRoot!.querySelector('yb-money-input[data-bill]')!.shadowRoot!.querySelector('input')!;
    m.value = '10万';
    m.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settled(el);
    return el;
  }

  it('.packs with a negative deductible: a localised refusal naming the field, no figures', async () => {
    const bad: RulePack = structuredClone(TEST_PACK);
    (bad.parameters['basic.deductible']![0]!.value as Record<string, Record<string, Record<string, string>>>)['*']!.inpatient!.secondary = '-20000';
    const el = await billWithPacks([bad]);
    const r = resultOf(el);
    expect(r.output).to.equal(null);
    expect(r.errors.join('\n')).to.include('basic.deductible[0].value.*.inpatient.secondary').and.include('不能小于 0');
    expect(r.errors.join('\n')).to.not.match(/must be/);
    protoClean();
  });

  it('.packs with a "__proto__" key and a javascript: source URL: refused, nothing polluted, no such link', async () => {
    const bad = JSON.parse(JSON.stringify(TEST_PACK).replace('"parameters":{', '"parameters":{"__proto__":[{"from":"2020-01-01","value":"1","status":"stated","cite":[{"source":"test","clause":"x"}]}],')) as RulePack;
    bad.sources.test!.url = 'javascript:alert(1)';
    const el = await billWithPacks([bad]);
    const errors = resultOf(el).errors.join('\n');
    expect(errors).to.include('parameters.__proto__').and.include('sources.test.url');
    expect(resultOf(el).output).to.equal(null);
    protoClean();
  });

  it('<yb-result> given a result whose source URL is javascript: renders no link for it (an official source is linked when its URL is safe)', async () => {
    const out = estimateSync({
      region: '990100', person: { scheme: 'resident', categories: ['subsistence'] },
      visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'secondary', total: '100000' }], options: { trace: true },
    }, [{ ...structuredClone(TEST_PACK), sources: { test: { ...TEST_PACK.sources.test!, url: 'https://example.gov.cn/doc', reliability: 'OFF' as const } } }]);
    if (isEstimateError(out)) throw new Error(JSON.stringify(out.errors));
    const tampered = JSON.parse(JSON.stringify(out).replaceAll('https://example.gov.cn/doc', 'javascript:alert(1)')) as EstimateOutput;
    const good = await fixture<YbResult>(html`<yb-result .output=${out}></yb-result>`);
    good.toggleExplanation(true);
    await good.updateComplete;
    expect(good.shadowRoot!.querySelectorAll('a[href="https://example.gov.cn/doc"]').length).to.be.greaterThan(0);
    const el = await fixture<YbResult>(html`<yb-result .output=${tampered}></yb-result>`);
    el.toggleExplanation(true);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('a[href^="javascript"]').length).to.equal(0);
  });
});
