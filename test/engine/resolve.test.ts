// Layered, dated parameter look-up: nearest layer wins per key and date, "*" cells, modifiers,
// derivations, and a typed refusal — never zero — where nothing is in force.
import { expect } from '@open-wc/testing';
import { PackChain } from '../../src/packs/resolve.js';
import { EngineFault } from '../../src/model/fault.js';
import type { RulePack } from '../../src/index.js';
import testCity from '../fixtures/packs/test-city.json';

const parent = testCity as unknown as RulePack;
const cite = [{ source: 'test', clause: 'child layer' }];
const child: RulePack = {
  ...parent, id: 'test-child', extends: parent.id, sources: {}, categories: [],
  parameters: {
    'critical.deductible': [
      { from: '2025-01-01', to: '2026-01-01', value: '8000', status: 'stated', cite },
      { from: '2026-01-01', value: '9000', status: 'assumed', cite },
    ],
  },
};
const chain = new PackChain([child, parent]);
const ctx = { scheme: 'resident', kind: 'inpatient', level: 'tertiary', place: 'local', category: 'none', age: 40 };

describe('PackChain.read', () => {
  it('takes the nearest layer that has a value in force on the date, and says which', () => {
    const r = chain.read('critical.deductible', '2025-06-01', ctx);
    expect(r.value).to.equal('8000');
    expect(r.layer).to.equal('test-child');
    expect(r.cite[0]!.doc.title).to.equal('测试用虚构规则');
  });
  it('switches value on the first day of the next entry (half-open intervals)', () => {
    expect(chain.read('critical.deductible', '2025-12-31', ctx).value).to.equal('8000');
    const r = chain.read('critical.deductible', '2026-01-01', ctx);
    expect(r.value).to.equal('9000');
    expect(r.status).to.equal('assumed');
  });
  it('falls back to the parent layer before the child has a value', () => {
    const r = chain.read('critical.deductible', '2024-06-01', ctx);
    expect(r.value).to.equal('10000');
    expect(r.layer).to.equal('test-990100');
  });
  it('looks up table cells by dimension and records which cell (or *) answered', () => {
    const r = chain.read('basic.deductible', '2025-06-01', { ...ctx, level: 'secondary' });
    expect(r.value).to.equal('500');
    expect(r.dims).to.deep.equal({ scheme: '*', kind: 'inpatient', level: 'secondary' });
  });
  it('applies matching modifiers in order and records them', () => {
    const r = chain.read('assistance.rate', '2025-06-01', { ...ctx, category: 'subsistence', age: 10 });
    expect(r.value).to.equal('0.8');
    expect(r.modifiers.map((m) => m.id)).to.deep.equal(['child-uplift']);
    expect(r.status).to.equal('assumed');
  });
  it('caps a modified rate at its capAt', () => {
    const r = chain.read('assistance.rate', '2025-06-01', { ...ctx, category: 'extreme-poverty', age: 10 });
    expect(r.value).to.equal('1');
  });
  it('refuses with a typed fault, never zero, when nothing is in force', () => {
    expect(() => chain.read('basic.rate', '2019-12-31', ctx)).to.throw(EngineFault);
    try {
      chain.read('basic.rate', '2019-12-31', ctx);
    } catch (e) {
      expect((e as EngineFault).code).to.equal('param-missing');
      expect((e as EngineFault).params.key).to.equal('basic.rate');
    }
  });
  it('refuses a table cell the pack does not define', () => {
    expect(() => chain.read('assistance.deductible', '2025-06-01', { ...ctx, category: 'orphan' })).to.throw(EngineFault);
  });
});

describe('per-cell layering', () => {
  const cellChild: RulePack = {
    ...parent, id: 'test-cell-child', extends: parent.id, sources: {}, categories: [],
    parameters: { 'assistance.deductible': [{ from: '2020-01-01', value: { 'near-subsistence': '1500' }, status: 'stated', cite }] },
  };
  const cells = new PackChain([cellChild, parent]);
  it('a layer that defines a key but not the cell asked for defers to the layer below', () => {
    const own = cells.read('assistance.deductible', '2025-06-01', { ...ctx, category: 'near-subsistence' });
    expect([own.value, own.layer]).to.deep.equal(['1500', 'test-cell-child']);
    const inherited = cells.read('assistance.deductible', '2025-06-01', { ...ctx, category: 'illness-impoverished' });
    expect([inherited.value, inherited.layer]).to.deep.equal(['5000', 'test-990100']);
  });
  it('names the missing cell when no layer has it', () => {
    try {
      cells.read('assistance.deductible', '2025-06-01', { ...ctx, category: 'orphan' });
      expect.fail('should refuse');
    } catch (e) {
      expect((e as EngineFault).params.cell).to.equal('{"category":"orphan"}');
    }
  });
});
