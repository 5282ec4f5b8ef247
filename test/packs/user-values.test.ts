// A rule the pack lacks can be supplied by the person: it becomes a cited "supplied by you" layer
// with status estimated, and the result lists it among its assumptions.
import { expect } from '@open-wc/testing';
import { estimateSync, isEstimateError, parsePercent, userValuesPack, type RulePack } from '../../src/index.js';
import testCity from '../fixtures/packs/test-city.json';

const base = structuredClone(testCity) as unknown as RulePack;
// A pack that lacks the resident tertiary inpatient ratio (and so cannot estimate that stay).
(base.parameters['basic.rate']![0]!.value as Record<string, Record<string, Record<string, string>>>).resident!.inpatient = { primary: '0.9', secondary: '0.8' };
const input = { region: '990100', person: { scheme: 'resident', age: 40 }, visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: '10000' }] };

describe('user-supplied values', () => {
  it('the pack alone refuses, naming the key and the cell', () => {
    const out = estimateSync(input, [base]);
    expect(isEstimateError(out)).to.equal(true);
    if (!isEstimateError(out)) return;
    expect(out.errors[0]!.code).to.equal('param-missing');
    expect(out.errors[0]!.params!.key).to.equal('basic.rate');
    expect(JSON.parse(out.errors[0]!.params!.cell!)).to.deep.equal({ scheme: 'resident', kind: 'inpatient', level: 'tertiary' });
  });
  it('with the value supplied, estimates — and says the value is the person\'s', () => {
    const user = userValuesPack(base, [{ key: 'basic.rate', cell: { scheme: 'resident', kind: 'inpatient', level: 'tertiary' }, value: parsePercent('60%').ok ? '0.6' : 'x' }], '2026-11-26');
    const out = estimateSync({ ...input, region: undefined, pack: user }, [base]);
    if (isEstimateError(out)) throw new Error(JSON.stringify(out.errors));
    expect(out.visits[0]!.basic).to.equal('5400.00');
    const a = out.assumptions.find((x) => x.key.startsWith('basic.rate'));
    expect(a?.status).to.equal('estimated');
    expect(a?.cite[0]!.doc.reliability).to.equal('USER');
    expect(out.warnings.map((w) => w.code)).to.include('assumed-values');
  });
  it('other cells still come from the shipped pack', () => {
    const user = userValuesPack(base, [{ key: 'basic.rate', cell: { scheme: 'resident', kind: 'inpatient', level: 'tertiary' }, value: '0.6' }], '2026-11-26');
    const out = estimateSync({ ...input, region: undefined, pack: user, visits: [{ ...input.visits[0], hospitalLevel: 'secondary' }] }, [base]);
    if (isEstimateError(out)) throw new Error(JSON.stringify(out.errors));
    expect(out.visits[0]!.basic).to.equal('7600.00'); // (10000 − 500) × 80 %, from the shipped pack
  });
});

describe('parsePercent', () => {
  const ok: [string, string][] = [['70', '0.7'], ['70%', '0.7'], ['７０％', '0.7'], ['62.5 %', '0.625'], ['100', '1'], ['0', '0'], ['5', '0.05'], ['0.5', '0.005']];
  for (const [t, v] of ok) it(`reads ${t} as ${v}`, () => expect(parsePercent(t)).to.deep.equal({ ok: true, value: v }));
  const bad: [string, string][] = [['', 'empty'], ['abc', 'invalid'], ['101', 'out-of-range'], ['-5', 'out-of-range'], ['1e2', 'invalid'], ['100.01', 'out-of-range']];
  for (const [t, e] of bad) it(`refuses ${JSON.stringify(t)}`, () => expect(parsePercent(t)).to.deep.equal({ ok: false, error: e }));
});

describe('user-supplied values keep the pack\'s exceptions', () => {
  it('a supplied 大病 deductible still gets the 低保 tilt (−50 %) of the shipped entry', () => {
    const user = userValuesPack(base, [{ key: 'critical.deductible', cell: { scheme: 'resident' }, value: '20000' }], '2026-11-26', { layers: [base], date: '2025-03-10' });
    const out = estimateSync({ pack: user, person: { scheme: 'resident', age: 40, categories: ['subsistence'] }, visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'secondary', total: '60000' }] }, [base]);
    if (isEstimateError(out)) throw new Error(JSON.stringify(out.errors));
    // basic (60000 − 500) × 80 % = 47600; 大病 base 12400, deductible 20000 × 50 % = 10000: (12400 − 10000) × 65 % = 1560
    expect(out.visits[0]!.critical).to.equal('1560.00');
  });
  it('a single ratio supplied for banded 大病 ratios is one band', () => {
    const user = userValuesPack(base, [{ key: 'critical.scale', cell: { scheme: 'resident' }, value: '0.5' }], '2026-11-26', { layers: [base], date: '2025-03-10' });
    const out = estimateSync({ pack: user, person: { scheme: 'resident', age: 40 }, visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'secondary', total: '100000' }] }, [base]);
    if (isEstimateError(out)) throw new Error(JSON.stringify(out.errors));
    // basic (100000 − 500) × 80 % = 79600; 大病 base 20400: (20400 − 10000) × 50 % = 5200
    expect(out.visits[0]!.critical).to.equal('5200.00');
  });
});

describe('a supplied income figure', () => {
  const T = [{ source: 'test', clause: 'x' }];
  const withSeries = structuredClone(base);
  withSeries.series = { income: { label: { 'zh-CN': '收入', en: 'Income' }, points: { '2023': { value: '20000', status: 'official', cite: T } } } };
  withSeries.parameters['assistance.deductible'] = [{ from: '2020-01-01', status: 'stated', cite: T,
    value: { 'near-subsistence': { derive: { series: 'income', rate: '0.10', yearOffset: 1, rounding: 'none' } }, '*': '0' } }];
  const person = { scheme: 'resident', age: 40, categories: ['near-subsistence'] };
  const visits = [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'secondary', total: '10000' }];
  it('the pack alone refuses: the 2024 figure is not in its series', () => {
    const out = estimateSync({ region: '990100', person, visits }, [withSeries]);
    expect(isEstimateError(out) && out.errors[0]!.code).to.equal('series-missing');
  });
  it('with the 2024 figure supplied, derives the threshold from it (other years still from the pack)', () => {
    const user = userValuesPack(withSeries, [], '2026-11-26', { layers: [withSeries], series: [{ series: 'income', year: 2024, value: '30000' }] });
    const out = estimateSync({ pack: user, person, visits }, [withSeries]);
    if (isEstimateError(out)) throw new Error(JSON.stringify(out.errors));
    // basic (10000 − 500) × 80 % = 7600; 救助 base 2400 − deductible 30000 × 10 % = 3000 → below → 0
    expect(out.visits[0]!.assistance).to.equal('0.00');
    const d = out.visits[0]!.trace!.flatMap((s) => s.params).find((p) => p.key === 'assistance.deductible');
    expect(d?.value).to.equal('3000');
    expect(d?.status).to.equal('estimated');
  });
});
