// Tier 3 — 医疗救助 (src/engine/tiers/assistance.ts), hand-computed cases on a stand-in chain.
import { expect } from '@open-wc/testing';
import { settleAssistance } from '../../../src/engine/tiers/assistance.js';
import { openLedger } from '../../../src/engine/tiers/ledger.js';
import { D, ids, rulesFor, stepOf, visit, type Values } from './support.js';

const ASSISTANCE: Values = {
  'assistance.covers': true, 'assistance.coversPlace': true,
  'assistance.base.includesPartialSelfPay': false, 'assistance.base.includesBelowDeductible': true,
  'assistance.deductible': '1000', 'assistance.rate': '0.7', 'assistance.limitPool': 'shared',
  'assistance.annualLimit': (ctx) => (ctx.pool === 'shared' ? '50000' : null),
};
// 100000 bill (81000 in scope); basic paid 56000 (1000 deductible), critical 10800.
const bill = () => visit('100000', '10000', '9000');
const paidBefore = { basic: D('56000'), critical: D('10800'), deductibleCharged: D('1000') };
const subsistence = { category: 'subsistence' };

describe('tiers/assistance: settleAssistance', () => {
  it('pays the ratio on the burden the insurances left above the assistance deductible', () => {
    const v = bill();
    const { rules, reads, trace } = rulesFor(v, ASSISTANCE, subsistence);
    const ledger = openLedger(undefined);
    const out = settleAssistance(ledger, v, rules, trace, 'subsistence', paidBefore)!;
    // Base 81000 − 56000 − 10800 = 14200 (起付线以下 included); above 1000: 13200 × 70% = 9240.
    expect(out.paid.toFixed(2)).to.equal('9240.00');
    expect(out.over.toFixed(2)).to.equal('13200.00');
    expect(out.pool).to.equal('shared');
    expect(out.leftAfter!.toFixed(2)).to.equal('40760.00');
    expect(ids(trace)).to.deep.equal(['assistance.base', 'assistance.payment', 'assistance.limit.within']);
    expect(stepOf(trace, 'assistance.payment').vars).to.deep.equal({ deductible: '1000.00', over: '13200.00', rate: '70', payable: '9240.00', result: '9240.00' });
    expect(reads.map((r) => r.key)).to.deep.equal(Object.keys(ASSISTANCE));
    expect(ledger.assistanceBase.toFixed(2)).to.equal('14200.00');
    expect(ledger.assistanceUsed.get('shared')!.toFixed(2)).to.equal('9240.00');
  });

  it('leaves out the costs below the insurance deductibles when the pack does', () => {
    const v = bill();
    const { rules, trace } = rulesFor(v, { ...ASSISTANCE, 'assistance.base.includesBelowDeductible': false }, subsistence);
    settleAssistance(openLedger(undefined), v, rules, trace, 'subsistence', paidBefore);
    expect(stepOf(trace, 'assistance.base').vars.base).to.equal('13200.00');
  });

  it('counts the deductible over the year: nothing until the year passes it', () => {
    const v = bill();
    const { rules, trace } = rulesFor(v, { ...ASSISTANCE, 'assistance.deductible': '20000' }, subsistence);
    const out = settleAssistance(openLedger(undefined), v, rules, trace, 'subsistence', paidBefore)!;
    expect(out.paid.toFixed(2)).to.equal('0.00');
    expect(out.over.toFixed(2)).to.equal('0.00');
    expect(ids(trace)).to.deep.equal(['assistance.base', 'assistance.below-deductible', 'assistance.limit.within']);
  });

  it('holds the payment to what is left of the shared annual limit', () => {
    const v = bill();
    const { rules, trace } = rulesFor(v, { ...ASSISTANCE, 'assistance.annualLimit': '5000' }, subsistence);
    const ledger = openLedger(undefined);
    ledger.assistanceUsed.set('shared', D('2000'));
    const out = settleAssistance(ledger, v, rules, trace, 'subsistence', paidBefore)!;
    expect(out.paid.toFixed(2)).to.equal('3000.00');
    expect(out.leftAfter!.toFixed(2)).to.equal('0.00');
    expect(stepOf(trace, 'assistance.limit.reached').vars).to.deep.equal({ limit: '5000.00', used: '2000.00' });
  });

  it('is not reached without an identity, or for a kind or place it does not cover', () => {
    const v = bill();
    const none = rulesFor(v, ASSISTANCE);
    expect(settleAssistance(openLedger(undefined), v, none.rules, none.trace, 'none', paidBefore)).to.equal(null);
    expect(ids(none.trace)).to.deep.equal(['assistance.not-eligible']);
    expect(none.reads).to.deep.equal([]);

    const kind = rulesFor(v, { ...ASSISTANCE, 'assistance.covers': false }, subsistence);
    expect(settleAssistance(openLedger(undefined), v, kind.rules, kind.trace, 'subsistence', paidBefore)).to.equal(null);
    expect(ids(kind.trace)).to.deep.equal(['assistance.kind-not-covered']);
    expect(kind.trace.steps[0]!.params.map((p) => p.key)).to.deep.equal(['assistance.covers']);

    const place = rulesFor(v, { ...ASSISTANCE, 'assistance.coversPlace': false }, subsistence);
    expect(settleAssistance(openLedger(undefined), v, place.rules, place.trace, 'subsistence', paidBefore)).to.equal(null);
    expect(ids(place.trace)).to.deep.equal(['assistance.place-not-covered']);
    expect(place.trace.steps[0]!.params.map((p) => p.key)).to.deep.equal(['assistance.coversPlace']);
  });
});
