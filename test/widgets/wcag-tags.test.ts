// Tagged axe run (WCAG 2.0/2.1/2.2 A and AA) over every mode with a result: documents the
// EN 301 549 / WCAG 2.1 AA intent, and fails on any violation (chai-a11y-axe cannot take runOnly).
import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import '../../widgets/register.js';
import type { YbEstimator, YbMoneyInput } from '../../widgets/index.js';
import { $, TEST_PACKS, settled, typeMoney } from './helpers.js';

interface AxeResult { violations: { id: string; help: string; nodes: { target: unknown }[] }[] }
const axe = () => (window as unknown as { axe: { run: (el: Element, o: object) => Promise<AxeResult> } }).axe;

describe('WCAG-tagged axe audit', () => {
  it('passes axe (default audit)', async () => {
    const el = await fixture<YbEstimator>(html`<yb-estimator .packs=${TEST_PACKS} region="990100" commit-delay="0"></yb-estimator>`);
    await expect(el).to.be.accessible();
  });

  for (const mode of ['citizen', 'elder', 'hotline'] as const) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`no wcag2a/2aa/21a/21aa/22aa violations: ${mode}, ${lang}`, async () => {
        const el = await fixture<YbEstimator>(html`<yb-estimator mode=${mode} lang=${lang} .packs=${TEST_PACKS} region="990100" category="subsistence" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
        await settled(el);
        if (mode !== 'elder') {
          typeMoney($<YbMoneyInput>(el, 'yb-money-input[data-bill]'), '20万');
          await settled(el);
        }
        const r = await axe().run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        expect(r.violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
      });
    }
  }
});
