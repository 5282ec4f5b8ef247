// Answer first (issue 12.1): after typing the bill, 个人大约需付 is in the first viewport on a phone
// (390 × 844) and on a desktop (1366 × 768), as the largest text, with its range line and what it
// rests on; wide, the result sits beside the form; narrow, the bar follows the bill field.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../widgets/register.js';
import type { YbEstimator, YbMoneyInput } from '../../widgets/index.js';
import { $, TEST_PACKS, settled } from './helpers.js';

/** The answer block a person sees (the other placement is display: none). */
function shownAnswer(el: YbEstimator): HTMLElement | null {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('.answer')].find((a) => getComputedStyle(a).display !== 'none') ?? null;
}

async function typedBill(): Promise<YbEstimator> {
  const el = await fixture<YbEstimator>(html`<yb-estimator .packs=${TEST_PACKS} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator>`);
  await settled(el);
  expect(shownAnswer(el), 'no answer before a bill').to.equal(null);
  $<YbMoneyInput>(el, 'yb-money-input[data-bill]').focus(); // scrolls the bill field into view, as a person reaching it
  await sendKeys({ type: '10万' });
  await settled(el);
  return el;
}

function inViewport(box: DOMRect): boolean {
  return box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
}

/** The largest computed font size of any text in the estimator's own shadow root, but the figure. */
function largestOtherText(el: YbEstimator, figure: Element): number {
  let max = 0;
  for (const n of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (n === figure || !n.textContent?.trim() || n.contains(figure) || n.getClientRects().length === 0) continue; // not rendered
    if (![...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim())) continue;
    max = Math.max(max, parseFloat(getComputedStyle(n).fontSize));
  }
  return max;
}

for (const [width, height, layout] of [[1366, 768, 'wide'], [390, 844, 'narrow']] as const) {
  describe(`yb-estimator answer first at ${width} × ${height}`, () => {
    before(() => setViewport({ width, height }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('shows 个人大约需付 in the first viewport after typing the bill, as the largest text, with range and basis', async () => {
      const el = await typedBill();
      const answer = shownAnswer(el);
      expect(answer, 'an answer is shown').to.not.equal(null);
      const fig = answer!.querySelector<HTMLElement>('[data-answer-figure]')!;
      expect(fig.dataset.value).to.equal((el as unknown as { output: { totals: { outOfPocket: string } } }).output.totals.outOfPocket);
      expect(answer!.textContent).to.contain('个人大约需付');
      expect(fig.textContent).to.match(/\d.*元/);
      expect(inViewport(fig.getBoundingClientRect()), `figure box ${JSON.stringify(fig.getBoundingClientRect())} in ${innerWidth}×${innerHeight}`).to.equal(true);
      expect(parseFloat(getComputedStyle(fig).fontSize)).to.be.greaterThan(largestOtherText(el, fig));
      expect(answer!.querySelector('.answer-range')!.textContent!.trim()).to.not.equal('');
      expect(answer!.querySelector('.answer-basis')!.textContent).to.contain('100,000.00');
      await expect(el).to.be.accessible();
    });

    it(layout === 'wide' ? 'puts the result beside the form' : 'puts the bar right after the bill field', async () => {
      const el = await typedBill();
      const answer = shownAnswer(el)!;
      const form = $(el, 'form').getBoundingClientRect();
      const side = $(el, '.side').getBoundingClientRect();
      if (layout === 'wide') {
        expect(answer.classList.contains('in-side')).to.equal(true);
        expect(side.left, 'result column to the right of the form').to.be.at.least(form.right);
      } else {
        expect(answer.classList.contains('in-form')).to.equal(true);
        expect(answer.previousElementSibling?.classList.contains('visits'), 'right after the visits (bill) section').to.equal(true);
        expect(side.top, 'result below the form').to.be.at.least(form.bottom);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
      }
    });

    it('"看明细" moves to the full result', async () => {
      const el = await typedBill();
      shownAnswer(el)!.querySelector<HTMLButtonElement>('button')!.click();
      await settled(el);
      const r = $(el, 'yb-result');
      expect(r.shadowRoot!.activeElement?.id).to.equal('h');
    });
  });
}
