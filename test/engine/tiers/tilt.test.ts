// 倾斜救助 (src/engine/tiers/tilt.ts), hand-computed cases on a stand-in chain.
import { expect } from '@open-wc/testing';
import type { AssistanceOutcome } from '../../../src/engine/tiers/assistance.js';
import { openLedger } from '../../../src/engine/tiers/ledger.js';
import { settleTilt } from '../../../src/engine/tiers/tilt.js';
import { D, ids, rulesFor, stepOf, visit, type Values } from './support.js';

const TILT: Values = {
  'tilt.enabled': true, 'tilt.basis': 'per-visit', 'tilt.mode': 'tranche',
  'tilt.base.includesOutOfScope': false, 'tilt.base.includesPartialSelfPay': true,
  'tilt.threshold': '5000', 'tilt.rate': '0.5', 'tilt.annualLimit': '10000', 'tilt.sharesAssistanceLimit': true,
};
// 100000 bill (10000 全自费, 9000 乙类); basic 56000, critical 10800, assistance 9240 (13200 over its deductible).
const bill = () => visit('100000', '10000', '9000');
const paidBefore = { basic: D('56000'), critical: D('10800') };
const assistance = (leftAfter: string | null = '40760'): AssistanceOutcome =>
  ({ paid: D('9240'), over: D('13200'), pool: 'shared', leftAfter: leftAfter === null ? null : D(leftAfter) });
const subsistence = { category: 'subsistence' };

describe('tiers/tilt: settleTilt', () => {
  it('pays a tranche of the burden above the threshold', () => {
    const v = bill();
    const { rules, reads, trace } = rulesFor(v, TILT, subsistence);
    const ledger = openLedger(undefined);
    ledger.assistanceUsed.set('shared', D('9240'));
    // Burden 81000 + 9000 − 56000 − 10800 − 9240 = 13960; over 5000: 8960 × 50% = 4480.
    expect(settleTilt(ledger, v, rules, trace, assistance(), paidBefore).toFixed(2)).to.equal('4480.00');
    expect(ids(trace)).to.deep.equal(['tilt.payment.tranche']);
    expect(stepOf(trace, 'tilt.payment.tranche').vars).to.deep.equal({
      burden: '13960.00', threshold: '5000.00', over: '8960.00', assistanceOver: '13200.00', rate: '50',
      payable: '4480.00', result: '4480.00', limit: '10000.00', capped: 'no',
    });
    expect(reads.map((r) => r.key)).to.deep.equal(Object.keys(TILT));
    expect(ledger.tiltPaid.toFixed(2)).to.equal('4480.00');
    expect(ledger.assistanceUsed.get('shared')!.toFixed(2)).to.equal('13720.00'); // shares the assistance limit
  });

  it('adds points to the assistance ratio once the threshold is passed', () => {
    const v = bill();
    const { rules, trace } = rulesFor(v, { ...TILT, 'tilt.mode': 'extra-points', 'tilt.rate': '0.1' }, subsistence);
    // 13200 over the assistance deductible × 10 points = 1320.
    expect(settleTilt(openLedger(undefined), v, rules, trace, assistance(), paidBefore).toFixed(2)).to.equal('1320.00');
    expect(ids(trace)).to.deep.equal(['tilt.payment.extra-points']);
  });

  it('counts a per-year threshold over the year so far', () => {
    const v = bill();
    const { rules, trace } = rulesFor(v, { ...TILT, 'tilt.basis': 'per-year' }, subsistence);
    const ledger = openLedger(undefined);
    ledger.tiltBase = D('3000');
    // Year 3000 → 16960: 11960 newly over 5000 × 50% = 5980.
    expect(settleTilt(ledger, v, rules, trace, assistance(), paidBefore).toFixed(2)).to.equal('5980.00');
    expect(ledger.tiltBase.toFixed(2)).to.equal('16960.00');
  });

  it('pays nothing below the threshold and says so', () => {
    const v = bill();
    const { rules, trace } = rulesFor(v, { ...TILT, 'tilt.threshold': '20000' }, subsistence);
    expect(settleTilt(openLedger(undefined), v, rules, trace, assistance(), paidBefore).toFixed(2)).to.equal('0.00');
    expect(ids(trace)).to.deep.equal(['tilt.below-threshold']);
    expect(stepOf(trace, 'tilt.below-threshold').vars).to.deep.equal({ burden: '13960.00', cumBefore: '0.00', threshold: '20000.00' });
  });

  it('stops at what is left of the assistance limit it shares', () => {
    const v = bill();
    const { rules, trace } = rulesFor(v, TILT, subsistence);
    expect(settleTilt(openLedger(undefined), v, rules, trace, assistance('1000'), paidBefore).toFixed(2)).to.equal('1000.00');
    expect(stepOf(trace, 'tilt.payment.tranche').vars).to.include({ limit: '1000.00', capped: 'yes' });
  });

  it('says "not estimated" for an assumed switch-off, "not offered" for a stated one', () => {
    const v = bill();
    const assumed = rulesFor(v, { 'tilt.enabled': false }, { ...subsistence, status: { 'tilt.enabled': 'assumed' } });
    expect(settleTilt(openLedger(undefined), v, assumed.rules, assumed.trace, assistance(), paidBefore).toFixed(2)).to.equal('0.00');
    expect(ids(assumed.trace)).to.deep.equal(['tilt.not-estimated']);
    const stated = rulesFor(v, { 'tilt.enabled': false }, subsistence);
    settleTilt(openLedger(undefined), v, stated.rules, stated.trace, assistance(), paidBefore);
    expect(ids(stated.trace)).to.deep.equal(['tilt.not-offered']);
    expect(stated.reads.map((r) => r.key)).to.deep.equal(['tilt.enabled']);
  });
});
