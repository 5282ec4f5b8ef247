// whatIfCurve: every returned point equals estimateSync() at that bill, to the fen; bends sit on
// the exact fen where a rule changes branch; between points the curve is linear (no missed kink).
import { expect } from '@open-wc/testing';
import { estimateSync, isEstimateError, type EstimateOutput, type RulePack } from '../../src/index.js';
import { whatIfCurve, compareCategories, isWhatIfError, WHAT_IF_SERIES, type WhatIfCurve, type WhatIfPoint } from '../../src/engine/what-if.js';
import { Dec } from '../../src/money/decimal.js';
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';

const pack = FIXTURE_PACKS['test-city'] as RulePack;
type Input = { pack: RulePack; person: Record<string, unknown>; visits: Record<string, unknown>[]; yearToDate?: Record<string, unknown> };

const subsistence: Input = {
  pack, person: { scheme: 'resident', age: 40, categories: ['subsistence'] },
  visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: '100000.00', outOfScope: '5000', partialSelfPay: '3000' }],
};

function at(input: Input, visitIndex: number, total: string): EstimateOutput {
  const r = estimateSync({ ...input, visits: input.visits.map((v, i) => (i === visitIndex ? { ...v, total } : v)), options: { trace: false } });
  if (isEstimateError(r)) throw new Error(JSON.stringify(r.errors));
  return r;
}

function curve(input: Input, opts: Parameters<typeof whatIfCurve>[2]): WhatIfCurve {
  const c = whatIfCurve(input, [], opts);
  if (isWhatIfError(c)) throw new Error(JSON.stringify(c.errors));
  return c;
}

/** Exact to the fen at each point, for the varied visit and for the whole year. */
function expectExact(input: Input, c: WhatIfCurve, visitIndex = 0) {
  for (const p of c.points) {
    const r = at(input, visitIndex, p.total);
    const v = r.visits.find((x) => x.id === c.visitId)!;
    for (const s of WHAT_IF_SERIES) {
      expect(p[s], `${s} at ${p.total}`).to.equal(v[s]);
      expect(p.year[s], `year ${s} at ${p.total}`).to.equal(r.totals[s]);
    }
    expect(p.identity, `identity at ${p.total}`).to.equal(r.identity.applied);
  }
}

const slope = (a: WhatIfPoint, b: WhatIfPoint, s: (typeof WHAT_IF_SERIES)[number]) =>
  new Dec(b[s]).minus(a[s]).dividedBy(new Dec(b.total).minus(a.total));

/** Between consecutive points the engine is linear (to rounding): no kink was missed. */
function expectLinearBetween(input: Input, c: WhatIfCurve, visitIndex = 0) {
  for (let i = 0; i + 1 < c.points.length; i++) {
    const [a, b] = [c.points[i]!, c.points[i + 1]!];
    const span = new Dec(b.total).minus(a.total);
    if (span.lessThan('0.05')) continue;
    for (const w of ['0.25', '0.5', '0.75']) {
      const t = new Dec(a.total).plus(span.times(w)).toDecimalPlaces(2);
      const r = at(input, visitIndex, t.toFixed(2));
      const v = r.visits.find((x) => x.id === c.visitId)!;
      for (const s of WHAT_IF_SERIES) {
        const chord = new Dec(a[s]).plus(slope(a, b, s).times(t.minus(a.total)));
        expect(chord.minus(v[s]).abs().lessThanOrEqualTo('0.03'), `${s} at ${t} between ${a.total} and ${b.total}: chord ${chord} vs ${v[s]}`).to.equal(true);
      }
    }
  }
}

describe('whatIfCurve', () => {
  it('test pack, 低保: each point exact to the fen, bends at the hand-worked fens, labelled', () => {
    const c = curve(subsistence, { from: '8000', to: '600000' });
    expectExact(subsistence, c);
    const bend = (key: string) => c.bends.filter((b) => b.causes.some((x) => x.key === key)).map((b) => b.at);
    // eligible = t − 8000; basic deductible 1000 reached at eligible = 1000.
    expect(bend('basic.deductible')).to.deep.equal(['9000.00']);
    // critical base 0.4·eligible + 600 (after per-visit rounding of basic) passes 5000 (10000 × 0.5) at 19000.02.
    expect(bend('critical.deductible')).to.deep.equal(['19000.02']);
    // basic pays 0.6·(t − 9000) = 100000 (cap) at t = 175666.67.
    expect(bend('basic.cap')).to.deep.equal(['175666.67']);
    // cumulative critical base passes the 100000 band edge at t = 208000.01.
    expect(bend('critical.band')).to.deep.equal(['208000.01']);
    expect(bend('assistance.limit')).to.have.length(1);
    expect(bend('tilt.threshold')).to.have.length(1);
    expect(bend('tilt.limit')).to.have.length(1);
    const cd = c.bends.find((b) => b.at === '19000.02')!.causes[0]!;
    expect(cd.label['zh-CN']).to.equal('大病保险起付线');
    expect(cd.value).to.equal('5000.00');
    expect(cd.params[0]?.cite.length).to.be.greaterThan(0);
    // Each bend has the last fen of the old piece beside it.
    for (const b of c.bends) {
      const i = c.points.findIndex((p) => p.total === b.at);
      expect(i, b.at).to.be.greaterThan(0);
      expect(new Dec(b.at).minus(c.points[i - 1]!.total).toFixed(2)).to.equal('0.01');
    }
  });

  it('is linear between the points it returns (no missed kink) and the slope changes at each bend', () => {
    const c = curve(subsistence, { from: '8000', to: '600000' });
    expectLinearBetween(subsistence, c);
    for (const b of c.bends) {
      const i = c.points.findIndex((p) => p.total === b.at);
      if (i < 2 || i + 1 >= c.points.length) continue;
      const [l0, l1, r0, r1] = [c.points[i - 2]!, c.points[i - 1]!, c.points[i]!, c.points[i + 1]!];
      if (new Dec(l1.total).minus(l0.total).lessThan(50) || new Dec(r1.total).minus(r0.total).lessThan(50)) continue;
      const changed = WHAT_IF_SERIES.some((s) => slope(l0, l1, s).minus(slope(r0, r1, s)).abs().greaterThan('0.001'));
      expect(changed, `slope changes at ${b.at}`).to.equal(true);
    }
  });

  it('is not a brute sweep: a handful of evaluations per bend', () => {
    const c = curve(subsistence, { from: '8000', to: '600000' });
    expect(c.evaluations).to.be.lessThan(20 * (c.bends.length + 1) + 40);
  });

  it('ordinary resident (no assistance), employee scheme, default range', () => {
    for (const person of [{ scheme: 'resident', age: 30 }, { scheme: 'employee', age: 50, retired: false }]) {
      const input = { ...subsistence, person };
      const c = curve(input, {});
      expectExact(input, c);
      expect(c.bends.some((b) => b.causes.some((x) => x.tier === 'assistance'))).to.equal(false);
      expect(c.from).to.equal('8000.00'); // out-of-scope + 乙类: the smallest bill the visit allows
    }
  });

  it('two stays: vary the first; the second reacts through the year ledger, year totals exact', () => {
    const input: Input = {
      pack, person: { scheme: 'resident', age: 40, categories: ['near-subsistence'] },
      visits: [
        { id: 'a', kind: 'inpatient', date: '2025-02-01', hospitalLevel: 'secondary', total: '30000', outOfScope: '1000' },
        { id: 'b', kind: 'inpatient', date: '2025-06-01', hospitalLevel: 'tertiary', total: '80000', outOfScope: '2000', partialSelfPay: '1000' },
      ],
    };
    const c = curve(input, { visitIndex: 0, from: '1000', to: '400000', grid: 6 });
    expectExact(input, c, 0);
    expectLinearBetween(input, c, 0);
    expect(c.bends.some((b) => b.causes.some((x) => x.visitId === 'b')), 'a later visit reacts').to.equal(true);
    const c2 = curve(input, { visitIndex: 1, from: '3000', to: '300000' });
    expectExact(input, c2, 1);
  });

  it('child ≤14, 特困 (no limit, no tilt) and an outpatient chronic visit', () => {
    const child: Input = { ...subsistence, person: { scheme: 'resident', birthDate: '2015-04-01', categories: ['extreme-poverty'] } };
    expectExact(child, curve(child, { from: '8000', to: '500000' }));
    const chronic: Input = { ...subsistence, visits: [{ kind: 'outpatient-chronic', date: '2025-03-10', total: '2000' }] };
    const c = curve(chronic, { from: '0', to: '50000' });
    expectExact(chronic, c);
    expect(c.bends.some((b) => b.causes.some((x) => x.key === 'basic.cap'))).to.equal(true);
  });

  it('several identities: the most favourable is applied at every point (就高不就低)', () => {
    const input: Input = { ...subsistence, person: { scheme: 'resident', age: 40, categories: ['near-subsistence', 'illness-impoverished'] } };
    const c = curve(input, { from: '8000', to: '400000' });
    expectExact(input, c);
    expectLinearBetween(input, c);
  });

  it('year-to-date amounts shift the bends', () => {
    const input: Input = { ...subsistence, yearToDate: { criticalBase: '3000', basicPaid: '50000' } };
    const c = curve(input, { from: '8000', to: '300000' });
    expectExact(input, c);
    expect(c.bends.find((b) => b.causes.some((x) => x.key === 'critical.deductible'))!.at).to.not.equal('19000.02');
  });

  it('bad requests come back as localised errors', () => {
    const e1 = whatIfCurve(subsistence, [], { visitIndex: 3 });
    expect(isWhatIfError(e1) && e1.errors[0]!.code).to.equal('whatif.visit-index');
    const e2 = whatIfCurve({ ...subsistence, options: { lang: 'en' } }, [], { from: '9000', to: '9000' });
    expect(isWhatIfError(e2) && e2.errors[0]!.message).to.match(/upper end/);
    const e3 = whatIfCurve({ ...subsistence, person: { scheme: 'nope' } }, []);
    expect(isWhatIfError(e3)).to.equal(true);
    const e4 = whatIfCurve(subsistence, [], { to: 'abc' });
    expect(isWhatIfError(e4) && e4.errors[0]!.path).to.match(/^to/);
  });

  it('compareCategories: the same bill under each category', () => {
    const rows = compareCategories(subsistence, []);
    if (isWhatIfError(rows)) throw new Error('error');
    expect(rows.map((r) => r.category)).to.deep.equal(['none', 'extreme-poverty', 'subsistence', 'near-subsistence', 'illness-impoverished']);
    const sub = rows.find((r) => r.category === 'subsistence')!;
    expect(sub.figures.outOfPocket).to.equal('12902.00'); // golden case subsistence-tertiary-100k
    expect(new Dec(rows[0]!.figures.outOfPocket).greaterThan(sub.figures.outOfPocket)).to.equal(true);
  });
});
