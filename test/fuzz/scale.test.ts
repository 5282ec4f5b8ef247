// Scale fuzz (issue 2): generated scenarios per pack — the test pack, every shipped pack alone and
// every shipped pack with a test completion — each checked for conservation to the fen, no negative
// figure, caps/limits over the year (from the trace), no NaN/Infinity/undefined, whole results,
// and (every 20th) determinism.
//
// In the normal suite this runs SCENARIOS_DEFAULT per pack; `npm run test:fuzz` runs the same
// checks at up to 100,000 per pack in Node worker threads (scripts/fuzz-node.mjs) and then this file
// in Chromium with window.__YB_FUZZ_SCENARIOS__ (web-test-runner.fuzz.config.mjs) for parity.
import { expect } from '@open-wc/testing';
import { gapCount, okCount, packsUnderTest, scaleBatch } from './support.js';

const BATCH = 10000;
const PUTS = await packsUnderTest();
// The normal suite shares 4,000 scenarios across every pack variant (~40 regions, each a bounded
// estimate), at least 50 each; the fuzz run (Node workers, then a browser sample) sets its own counts.
const SCENARIOS_DEFAULT = Math.max(50, Math.floor(4000 / PUTS.length));
const SCENARIOS = Number((globalThis as { __YB_FUZZ_SCENARIOS__?: number }).__YB_FUZZ_SCENARIOS__ ?? SCENARIOS_DEFAULT);

describe(`scale fuzz: ${SCENARIOS} scenarios per pack`, () => {
  for (const put of PUTS) {
    describe(put.name, function () {
      this.timeout(0);
      let ok0 = 0;
      let gap0 = 0;
      before(() => { ok0 = okCount.n; gap0 = gapCount.n; });
      after(() => {
        console.log(`scale fuzz ${put.name}: ${SCENARIOS} scenarios, ${okCount.n - ok0} estimated, ${gapCount.n - gap0} answered with a pack gap (param-missing/series-missing)`);
      });
      for (let start = 0; start < SCENARIOS; start += BATCH) {
        const n = Math.min(BATCH, SCENARIOS - start);
        it(`scenarios ${start + 1}–${start + n}: conservation, no negatives, caps, no NaN, whole results, determinism`, () => {
          const i = scaleBatch(put, start, n);
          expect(i).to.be.greaterThanOrEqual(n);
        });
      }
    });
  }
});
