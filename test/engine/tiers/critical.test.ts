// Tier 2 — 大病保险 (src/engine/tiers/critical.ts), hand-computed cases on a stand-in chain.
import { expect } from '@open-wc/testing';
import type { BasicOutcome } from '../../../src/engine/tiers/basic.js';
import { settleCritical } from '../../../src/engine/tiers/critical.js';
import { openLedger } from '../../../src/engine/tiers/ledger.js';
import { flatScale } from '../../../src/engine/scale.js';
import type { RulePack } from '../../../src/model/rulepack.js';
import { D, ids, rulesFor, stepOf, visit, type Values } from './support.js';

const BANDS = { bands: [{ from: '0', rate: '0.6' }, { from: '100000', rate: '0.7' }] };
const CRITICAL: Values = {
  'critical.covers': true,
  'critical.base.includesBasicDeductible': false, 'critical.base.includesAboveBasicCap': true,
  'critical.base.includesPartialSelfPay': true, 'critical.base.excludesPlaceReduction': false,
  'critical.deductible': '15000', 'critical.scale': BANDS, 'critical.bandBasis': 'above-deductible', 'critical.annualCap': '400000',
};

/** Basic insurance paid 56000 = 80000 × 70% above a 1000 deductible; nothing above its cap. */
const basic = (rate = '0.7'): BasicOutcome => ({
  paid: D('80000').times(rate), deductibleCharged: D('1000'), covered: D('80000'), aboveCap: D('0'),
  rate: { key: 'basic.rate', dims: {}, value: rate, status: 'stated', layer: 'unit-test', from: '2025-01-01', cite: [], modifiers: [] },
  scale: flatScale(rate),
});
// 100000 bill: 10000 全自费, 9000 乙类先行自付, 81000 in scope.
const bill = () => visit('100000', '10000', '9000');

describe('tiers/critical: settleCritical', () => {
  it('pays the bands on the burden above the 大病 deductible', () => {
    const v = bill();
    const { rules, reads, trace } = rulesFor(v, CRITICAL);
    const ledger = openLedger(undefined);
    // Base: 24000 coinsurance + 9000 乙类 (deductible not counted) = 33000; above 15000: 18000 × 60% = 10800.
    expect(settleCritical(ledger, v, rules, trace, basic()).toFixed(2)).to.equal('10800.00');
    expect(ids(trace)).to.deep.equal(['critical.base', 'critical.payment.above-deductible', 'critical.cap.within']);
    expect(stepOf(trace, 'critical.base').vars).to.include({ base: '33000.00', coinsurance: '24000.00', cumBefore: '0.00', cumAfter: '33000.00' });
    expect(stepOf(trace, 'critical.payment.above-deductible').params.map((p) => p.key)).to.deep.equal(['critical.deductible', 'critical.scale', 'critical.bandBasis']);
    expect(reads.map((r) => r.key)).to.deep.equal(Object.keys(CRITICAL));
    expect(ledger.criticalBase.toFixed(2)).to.equal('33000.00');
    expect(ledger.criticalPaid.toFixed(2)).to.equal('10800.00');
  });

  it('measures cumulative bands from the deductible on the year so far', () => {
    const v = bill();
    const { rules, trace } = rulesFor(v, { ...CRITICAL, 'critical.bandBasis': 'cumulative' });
    const ledger = openLedger(undefined);
    ledger.criticalBase = D('10000');
    // Year base 10000 → 43000; paid on 15000 … 43000: 28000 × 60% = 16800.
    expect(settleCritical(ledger, v, rules, trace, basic()).toFixed(2)).to.equal('16800.00');
    expect(ids(trace)).to.include('critical.payment.cumulative');
    expect(ledger.criticalBase.toFixed(2)).to.equal('43000.00');
  });

  it('pays nothing below the deductible and says so', () => {
    const v = bill();
    const { rules, trace } = rulesFor(v, { ...CRITICAL, 'critical.deductible': '40000' });
    expect(settleCritical(openLedger(undefined), v, rules, trace, basic()).toFixed(2)).to.equal('0.00');
    expect(ids(trace)).to.deep.equal(['critical.base', 'critical.below-deductible', 'critical.cap.within']);
    expect(stepOf(trace, 'critical.below-deductible').vars).to.deep.equal({ deductible: '40000.00', cumAfter: '33000.00' });
  });

  it('holds the payment to what is left of the annual cap', () => {
    const v = bill();
    const { rules, trace } = rulesFor(v, CRITICAL);
    const ledger = openLedger(undefined);
    ledger.criticalPaid = D('396000');
    expect(settleCritical(ledger, v, rules, trace, basic()).toFixed(2)).to.equal('4000.00');
    expect(stepOf(trace, 'critical.cap.reached').vars).to.deep.equal({ cap: '400000.00', left: '4000.00' });
  });

  it('reads nothing more when the visit kind is not covered', () => {
    const v = bill();
    const { rules, reads, trace } = rulesFor(v, { 'critical.covers': false });
    expect(settleCritical(openLedger(undefined), v, rules, trace, basic()).toFixed(2)).to.equal('0.00');
    expect(ids(trace)).to.deep.equal(['critical.not-covered']);
    expect(reads.map((r) => r.key)).to.deep.equal(['critical.covers']);
  });

  it('leaves a place-of-care reduction out of the base when the pack says so', () => {
    // The visit's rate is 60 % after an 异地 reduction; at home it would be 70 %.
    const layers = [{ parameters: { 'basic.rate': [{ from: '2025-01-01', value: '0.7', status: 'stated', cite: [], modifiers: [{ id: 'offsite', when: { places: ['unreferred'] }, op: 'replace', value: '0.6', label: { 'zh-CN': '', en: '' }, status: 'stated', cite: [] }] }] } }] as unknown as RulePack[];
    const v = visit('100000', '10000', '9000', { place: 'unreferred' });
    const values: Values = { ...CRITICAL, 'critical.base.excludesPlaceReduction': true, 'basic.rate': (ctx) => (ctx.place === 'local' ? '0.7' : '0.6') };
    const b = basic('0.6');
    b.rate = { ...b.rate, modifiers: [{ id: 'offsite', op: 'replace', value: '0.6', label: { 'zh-CN': '', en: '' }, status: 'stated', cite: [] }] };
    const { rules, reads, trace } = rulesFor(v, values, { layers });
    // Coinsurance 80000 − 48000 = 32000, + 9000 乙类, − (56000 − 48000) reduction = 33000 → 10800.
    expect(settleCritical(openLedger(undefined), v, rules, trace, b).toFixed(2)).to.equal('10800.00');
    expect(stepOf(trace, 'critical.base').vars.placeReduction).to.equal('8000.00');
    expect(reads.map((r) => r.key)).to.not.include('basic.rate'); // the at-home rate is a comparison, not a value relied on
  });
});
