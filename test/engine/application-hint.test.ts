// applicationNotice (src/engine/application-hint.ts): the 依申请 saving is exactly the difference the
// engine's own applicationHint settles, to the fen; the threshold appears only when the pack derives
// one from a cited income series, and a bill under that threshold gets no notice.
import { expect } from '@open-wc/testing';
import { applicationNotice, estimateSync, isEstimateError, Dec, type EstimateInput, type EstimateOutput, type RulePack } from '../../src/index.js';
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';

const base = FIXTURE_PACKS['test-city'] as RulePack;

function input(total: string, categories: string[] = []): EstimateInput {
  return {
    region: '990100',
    person: { scheme: 'resident', age: 40, categories: categories as EstimateInput['person']['categories'] },
    visits: [{ id: 'v1', kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', place: 'local', total }],
    options: { trace: true },
  };
}

function run(inp: EstimateInput, packs: RulePack[]): EstimateOutput {
  const r = estimateSync(inp, packs);
  if (isEstimateError(r)) throw new Error(JSON.stringify(r.errors));
  return r;
}

function withThreshold(income = '50000'): RulePack {
  const pack = structuredClone(base);
  pack.series = { income: { label: { 'zh-CN': '上年居民人均可支配收入', en: 'Residents’ disposable income per head' }, points: { '2024': { value: income, status: 'official', cite: [{ source: 'test', clause: 'S1' }] } } } };
  pack.parameters['tilt.threshold'] = [{ from: '2020-01-01', value: { 'illness-impoverished': { derive: { series: 'income', rate: '0.1', yearOffset: 1, rounding: 'none' } }, '*': '10000' }, status: 'derived', cite: [{ source: 'test', clause: 'T20' }] }] as never;
  return pack;
}

describe('applicationNotice (依申请 hint)', () => {
  it('states the saving as the exact difference from the engine’s applicationHint, with no threshold of its own', () => {
    const inp = input('300000.00');
    const out = run(inp, [base]);
    expect(out.applicationHint, 'the engine offers the hint').to.not.equal(undefined);
    const n = applicationNotice(inp, out, [base])!;
    expect(n).to.not.equal(null);
    expect(n.category).to.equal(out.applicationHint!.category);
    expect(n.outOfPocket).to.equal(out.totals.outOfPocket);
    expect(n.extra).to.equal(new Dec(out.totals.outOfPocket).minus(out.applicationHint!.outOfPocket).toFixed(2));
    expect(new Dec(n.extra).greaterThan(0)).to.equal(true);
    expect(n.threshold, 'no derived threshold in the pack: none invented').to.equal(undefined);
  });

  it('reads the threshold from the derived parameter (50,000 × 10% = 5,000.00, cited series)', () => {
    const pack = withThreshold();
    const inp = input('300000.00');
    const n = applicationNotice(inp, run(inp, [pack]), [pack])!;
    expect(n.threshold).to.deep.include({ value: '5000.00', year: '2024', base: '50000.00', rate: '10' });
    expect(n.threshold!.seriesLabel['zh-CN']).to.equal('上年居民人均可支配收入');
  });

  it('gives no notice below the region’s threshold, nor when nothing would be saved', () => {
    const pack = withThreshold('100000'); // threshold 10,000.00
    const small = input('20000.00');
    const out = run(small, [pack]);
    expect(out.applicationHint, 'the engine would offer the hint').to.not.equal(undefined);
    expect(new Dec(out.totals.outOfPocket).lessThan('10000')).to.equal(true);
    expect(applicationNotice(small, out, [pack])).to.equal(null);
    const none = { ...run(small, [base]), applicationHint: undefined }; // nothing to save
    expect(applicationNotice(small, none, [base])).to.equal(null);
  });
});
