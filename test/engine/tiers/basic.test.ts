// Tier 1 — 基本医疗保险 (src/engine/tiers/basic.ts), hand-computed cases on a stand-in chain.
import { expect } from '@open-wc/testing';
import { settleBasic } from '../../../src/engine/tiers/basic.js';
import { Trace } from '../../../src/engine/tiers/context.js';
import { openLedger } from '../../../src/engine/tiers/ledger.js';
import { D, ids, rulesFor, stepOf, visit, type Values } from './support.js';

const PER_VISIT: Values = {
  'basic.deductibleMode': 'per-visit', 'basic.deductible': '1000', 'basic.rate': '0.7',
  'basic.capPool': 'inpatient', 'basic.annualCap': '100000',
};

describe('tiers/basic: settleBasic', () => {
  it('pays the rate on the policy-range cost above the deductible', () => {
    // 20000 − 2000 全自费 − 1000 乙类先行自付 = 17000 in scope; 1000 deductible; 16000 × 70% = 11200.
    const v = visit('20000', '2000', '1000');
    const { rules, reads, trace } = rulesFor(v, PER_VISIT);
    const ledger = openLedger(undefined);
    const out = settleBasic(ledger, v, rules, trace);
    expect(out.paid.toFixed(2)).to.equal('11200.00');
    expect(out.deductibleCharged.toFixed(2)).to.equal('1000.00');
    expect(out.covered.toFixed(2)).to.equal('16000.00');
    expect(out.aboveCap.toFixed(2)).to.equal('0.00');
    expect(ids(trace)).to.deep.equal(['basic.deductible.per-visit', 'basic.payment', 'basic.cap.within']);
    expect(stepOf(trace, 'basic.payment').vars).to.deep.equal({ above: '16000.00', rate: '70', payable: '11200.00', result: '11200.00' });
    expect(stepOf(trace, 'basic.payment').result).to.equal('11200.00');
    expect(stepOf(trace, 'basic.cap.within').params.map((p) => p.key)).to.deep.equal(['basic.capPool', 'basic.annualCap']);
    expect(reads.map((r) => r.key)).to.deep.equal(['basic.deductibleMode', 'basic.deductible', 'basic.rate', 'basic.capPool', 'basic.annualCap']);
    expect(ledger.basicCapUsed.get('inpatient')!.toFixed(2)).to.equal('11200.00');
    expect(ledger.visitsOfKind.get('inpatient')).to.equal(1);
  });

  it('charges a later admission its own deductible and cites it', () => {
    const values = { ...PER_VISIT, 'basic.deductibleSubsequent': '500' };
    const ledger = openLedger(undefined);
    const first = visit('5000');
    const a = rulesFor(first, values);
    settleBasic(ledger, first, a.rules, a.trace);
    // Second admission: 10000 − 500 = 9500 × 70% = 6650.
    const second = visit('10000', '0', '0', { id: 'v2', date: '2025-08-01' });
    const b = rulesFor(second, values);
    const out = settleBasic(ledger, second, b.rules, b.trace);
    expect(out.paid.toFixed(2)).to.equal('6650.00');
    const ded = stepOf(b.trace, 'basic.deductible.per-visit');
    expect(ded.vars.n).to.equal('2');
    expect(ded.vars.charged).to.equal('500.00');
    expect(ded.params.map((p) => p.key)).to.deep.equal(['basic.deductibleMode', 'basic.deductibleSubsequent']);
    expect(ledger.basicCapUsed.get('inpatient')!.toFixed(2)).to.equal(D('2800').plus('6650').toFixed(2));
  });

  it('charges a per-year deductible once: only what is still due', () => {
    const values = { ...PER_VISIT, 'basic.deductibleMode': 'per-year', 'basic.deductible': '1800' };
    const ledger = openLedger(undefined);
    ledger.deductibleCharged.set('inpatient', D('1000'));
    const v = visit('500');
    const { rules, trace } = rulesFor(v, values);
    const out = settleBasic(ledger, v, rules, trace);
    // 800 still due, the bill is 500: all of it is deductible, nothing to pay.
    expect(out.deductibleCharged.toFixed(2)).to.equal('500.00');
    expect(out.paid.toFixed(2)).to.equal('0.00');
    expect(ids(trace)).to.deep.equal(['basic.deductible.per-year', 'basic.payment', 'basic.cap.within']);
    expect(stepOf(trace, 'basic.deductible.per-year').vars.due).to.equal('800.00');
    expect(stepOf(trace, 'basic.payment').applied).to.equal(false);
    expect(ledger.deductibleCharged.get('inpatient')!.toFixed(2)).to.equal('1500.00');
  });

  it('holds the payment to what is left of the annual cap, and splits the cost at the cap', () => {
    const ledger = openLedger(undefined);
    ledger.basicCapUsed.set('inpatient', D('95000'));
    const v = visit('20000', '2000', '1000');
    const { rules, trace } = rulesFor(v, PER_VISIT);
    const out = settleBasic(ledger, v, rules, trace);
    // 11200 payable, 5000 left: 5000 paid, covering 5000 / 0.7 of the 16000 above the deductible.
    expect(out.paid.toFixed(2)).to.equal('5000.00');
    expect(out.covered.equals(D('5000').dividedBy('0.7'))).to.equal(true);
    expect(out.aboveCap.equals(D('16000').minus(D('5000').dividedBy('0.7')))).to.equal(true);
    expect(ids(trace)).to.include('basic.cap.reached');
    expect(stepOf(trace, 'basic.cap.reached').vars).to.deep.equal({ cap: '100000.00', used: '95000.00', left: '5000.00' });
    expect(ledger.basicCapUsed.get('inpatient')!.toFixed(2)).to.equal('100000.00');
  });

  it('applies banded rates (分段比例) and reports no cap', () => {
    const values = { ...PER_VISIT, 'basic.rate': { bands: [{ from: '0', rate: '0.5' }, { from: '10000', rate: '0.8' }] }, 'basic.annualCap': null };
    const v = visit('17000');
    const { rules, trace } = rulesFor(v, values);
    const out = settleBasic(openLedger(undefined), v, rules, trace);
    // 16000 above the deductible: 10000 × 50% + 6000 × 80% = 9800.
    expect(out.paid.toFixed(2)).to.equal('9800.00');
    expect(ids(trace)).to.deep.equal(['basic.deductible.per-visit', 'basic.payment.scale', 'basic.cap.none']);
    expect(stepOf(trace, 'basic.payment.scale').vars.rate).to.equal('0.00+:50%; 10000.00+:80%');
  });

  it('writes no steps without a trace, and pays the same', () => {
    const v = visit('20000', '2000', '1000');
    const { rules } = rulesFor(v, PER_VISIT);
    const quiet = new Trace(false);
    expect(settleBasic(openLedger(undefined), v, rules, quiet).paid.toFixed(2)).to.equal('11200.00');
    expect(quiet.steps).to.deep.equal([]);
  });
});
