// Containment (issue 10): a bounded estimate promises that, whatever values the unpublished local
// numbers really take inside their cited bounds, the out-of-pocket total lies in [low, high]. The
// engine evaluates only the central, all-generous and all-strict corners and relies on out-of-pocket
// being monotone in each bounded parameter; this test samples points inside the bounds (a value per
// range leaf, drawn independently) and checks the exact estimate at each point against the range —
// ≥ 10,000 points per pack with unknowns, over generated persons, identities and years of stays.
// The Node fuzz run (scripts/fuzz-node.mjs) repeats it at a larger count per pack; the sampling
// and the check live in test/fuzz/containment-support.ts.
import { expect } from '@open-wc/testing';
import { checkContainment, packsWithUnknowns, SAMPLES } from '../fuzz/containment-support.js';

declare global { interface Window { __YB_CONTAINMENT_POINTS__?: number } }
// 10,000 points for the made-up pack with many unknowns; 1,000 for each shipped pack in this suite
// (about 40 of them, each a bounded estimate), and from 10,000 per pack in the Node fuzz run
// (scripts/fuzz-node.mjs) — the browser suite has to stay within CI's time.
const POINTS = window.__YB_CONTAINMENT_POINTS__ ?? 10_000;
const SHIPPED_POINTS = window.__YB_CONTAINMENT_POINTS__ ?? 1_000;
const pointsFor = (name: string) => (name === 'test-range-city' ? POINTS : SHIPPED_POINTS);

const PUTS = await packsWithUnknowns();

describe('bounded estimates: the exact estimate at any point inside the bounds lies within [low, high]', function () {
  this.timeout(600000);

  it('has packs with unknowns to check, the made-up one first', () => {
    expect(PUTS[0]!.name).to.equal('test-range-city');
    console.log(`containment: ${PUTS.length} packs with unknowns × ${POINTS} points`);
  });

  for (const put of PUTS) {
    it(`${put.name}: ${pointsFor(put.name)} sampled points`, () => {
      // Throws (naming seed, sample and input) at the first point outside [low, high].
      const { points, answered, ranged, scenarios } = checkContainment(put, pointsFor(put.name));
      expect(answered, 'scenarios answered').to.equal(scenarios);
      console.log(`${put.name}: ${points} points in ${answered} scenarios, ${ranged} of them ranges`);
      expect(points).to.be.at.least(Math.min(pointsFor(put.name), answered * SAMPLES));
      if (put.name === 'test-range-city') expect(ranged, 'the made-up bounds give real ranges').to.be.greaterThan(answered / 2);
    });
  }
});
