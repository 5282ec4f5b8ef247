// A shipped pack's validated chain is reused across estimates (the keystroke path); per-estimate
// state must not leak between calls.
import { expect } from '@open-wc/testing';
import { estimateSync, isEstimateError, type EstimateOutput, type RulePack } from '../../src/index.js';
import testCity from '../fixtures/packs/test-city.json';

const pack = testCity as unknown as RulePack;
const input = (person: Record<string, unknown>) => ({
  region: '990100', person: { scheme: 'resident', categories: ['subsistence'], ...person },
  visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: '20000' }],
});
const run = (person: Record<string, unknown>): EstimateOutput => {
  const out = estimateSync(input(person), [pack]);
  if (isEstimateError(out)) throw new Error(JSON.stringify(out.errors));
  return out;
};
const codes = (o: EstimateOutput) => o.warnings.map((w) => w.code);

describe('estimate with a cached pack chain', () => {
  it('warns about an unknown age on every call, not only the first', () => {
    expect(codes(run({}))).to.include('age-unknown');
    expect(codes(run({}))).to.include('age-unknown');
  });
  it('does not carry the warning over to a call that gives the age', () => {
    run({});
    expect(codes(run({ age: 40 }))).to.not.include('age-unknown');
    expect(codes(run({}))).to.include('age-unknown');
  });
  it('gives identical results and hash on repeated calls', () => {
    const a = run({ age: 10 });
    const b = run({ age: 10 });
    expect(JSON.stringify(b)).to.equal(JSON.stringify(a));
    expect(a.pack.hash).to.match(/^fnv1a64:[0-9a-f]{16}$/);
  });
});
