// Always an answer (issue 10), in the built public page: for every shipped region, choosing it and
// typing a 10万 bill yields a figure — the `yb-estimate` event with tiers that add up — and no
// question is asked (no blocking <yb-missing-rule>, no refusal).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { citizenFlow, fen, openPage, root, siteAndBrowser, skipReason } from './helpers.mjs';

const skip = skipReason();
// Every shipped region pack but the national layer (not a place a person picks).
const REGIONS = readdirSync(join(root, 'src/packs/data')).map((f) => /^cn-(\d{6})\.json$/.exec(f)?.[1]).filter((c) => c && c !== '000000');

describe('every shipped region answers a 10万 bill with a figure, no question asked', { skip }, () => {
  const env = siteAndBrowser();

  test(`${REGIONS.length} regions`, async (t) => {
    assert.ok(REGIONS.length >= 30, 'the province layers and city packs ship');
    const { page, context, log } = await openPage(env.browser, env.server.url, { viewport: { width: 1366, height: 768 } });
    try {
      const est = page.locator('yb-estimator').first();
      const ranges = [];
      for (const code of REGIONS) {
        const flow = await citizenFlow(page, est, { region: code, bill: '10万', allowFixture: false });
        assert.equal(flow.region, code, `region ${code} could be chosen in the picker`);
        const d = flow.event.detail;
        assert.equal(d.total, '100000.00', `${code}: the bill`);
        const sum = fen(d.basic) + fen(d.critical) + fen(d.assistance) + fen(d.tilt) + fen(d.outOfPocket);
        assert.equal(sum, fen(d.total), `${code}: the tiers and what is left add up to the bill`);
        assert.ok(fen(d.basic) > 0n, `${code}: basic insurance pays something`);
        const blocking = await est.evaluate((el) => Boolean(el.shadowRoot?.querySelector('yb-missing-rule')?.fault));
        assert.equal(blocking, false, `${code}: no question asked`);
        if (!d.exact) ranges.push(code);
      }
      t.diagnostic(`${REGIONS.length} regions answered; ${REGIONS.length - ranges.length} exact, ${ranges.length} ranges`);
      assert.deepEqual(log.failed, [], 'every chunk loaded');
    } finally {
      await context.close();
    }
  });
});
