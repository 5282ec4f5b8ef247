// Browser half of `npm run bench`: engine figures and the keystroke-to-result latency of
// <yb-estimator> in Chromium, each printed as `YB-BENCH {json}` (collected by scripts/bench.mjs)
// and asserted against its budget: a year of ten stays with trace ≤ 4 ms median; keystroke to
// updated result in the DOM ≤ 16 ms p95.
import { expect, fixture, html } from '@open-wc/testing';
import type { RulePack } from '../../src/index.js';
import { engineFigures, summarise, within, type Figure } from '../../bench/engine-bench.js';
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';

const pack = FIXTURE_PACKS['test-city'] as RulePack;
const report = (x: { figure?: Figure; skip?: string }) => console.log(`YB-BENCH ${JSON.stringify(x)}`);

/** Every shadow root under (and including) a node. */
function shadowRoots(n: Element, out: ShadowRoot[] = []): ShadowRoot[] {
  if (n.shadowRoot) {
    out.push(n.shadowRoot);
    for (const c of n.shadowRoot.querySelectorAll('*')) shadowRoots(c, out);
  }
  return out;
}
function deepText(n: Element): string {
  const root = n.shadowRoot ?? n;
  let s = '';
  for (const c of root.querySelectorAll('*')) s += c.shadowRoot ? deepText(c) : '';
  return (root.textContent ?? '') + s;
}

describe('perf: engine in Chromium', () => {
  it('prints engine figures; a year of ten stays with trace ≤ 4 ms median', async function () {
    this.timeout(300000);
    const figs = await engineFigures(pack, { samples: 60, runtime: 'chromium' });
    for (const f of figs) report({ figure: f });
    const ten = figs.find((f) => f.name === 'test pack: year of ten stays, trace on')!;
    expect(within(ten), `${ten.median.toFixed(3)} ms median (budget 4 ms); cores: ${navigator.hardwareConcurrency}`).to.equal(true);
  });
});

describe('perf: <yb-estimator> keystroke to result', () => {
  let registered = false;
  before(async () => {
    try {
      await import('../../widgets/register.js');
      registered = customElements.get('yb-estimator') !== undefined;
    } catch {
      registered = false;
    }
  });

  it('input event → updated result in the DOM ≤ 16 ms p95', async function () {
    this.timeout(300000);
    if (!registered) {
      report({ skip: 'keystroke-to-result: <yb-estimator> is not registered by widgets/register.ts yet' });
      this.skip();
    }
    const el = await fixture<HTMLElement>(html`<yb-estimator region="990100" scheme="resident" category="subsistence" commit-delay="0" .packs=${[pack]}></yb-estimator>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const money = el.shadowRoot!.querySelector('yb-money-input[data-bill]') as HTMLElement & { updateComplete: Promise<unknown> };
    expect(money, 'the bill input').to.exist;
    await money.updateComplete;
    const input = money.shadowRoot!.querySelector('input') as HTMLInputElement;
    const result = el.shadowRoot!.querySelector('yb-result') as HTMLElement;
    expect(result, 'yb-result').to.exist;

    /** Type one keystroke; resolve with the ms until the result's text changes. */
    const keystroke = (value: string): Promise<number> => new Promise((resolve, reject) => {
      const before = deepText(result);
      const observers: MutationObserver[] = [];
      const done = (ms: number) => { observers.forEach((o) => o.disconnect()); clearTimeout(timer); resolve(ms); };
      const timer = setTimeout(() => { observers.forEach((o) => o.disconnect()); reject(new Error(`no result change after typing ${value}`)); }, 5000);
      const t0 = performance.now();
      const check = () => { if (deepText(result) !== before) done(performance.now() - t0); };
      for (const r of [result, ...shadowRoots(result)]) {
        const o = new MutationObserver(check);
        o.observe(r, { subtree: true, childList: true, characterData: true, attributes: true });
        observers.push(o);
      }
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value.slice(-1), inputType: 'insertText' }));
    });

    // Warm up, then type 12000 and 158000.5 key by key, 12 rounds (≈ 170 keystrokes).
    await keystroke('5');
    await keystroke('50');
    const typed = ['12000', '158000.5'];
    const xs: number[] = [];
    let prev = '50';
    for (let round = 0; round < 12; round++) {
      for (const word of typed) {
        for (let i = 1; i <= word.length; i++) {
          const v = word.slice(0, i);
          if (v === prev || v.endsWith('.')) continue; // "158000." leaves the figure unchanged
          xs.push(await keystroke(v));
          prev = v;
        }
      }
    }
    const f = summarise(`<yb-estimator>: keystroke → result in DOM (test pack, ${xs.length} keystrokes)`, xs, { stat: 'p95', maxMs: 16, where: 'chromium' });
    report({ figure: f });
    expect(within(f), `p95 ${f.p95.toFixed(2)} ms (budget 16 ms); median ${f.median.toFixed(2)} ms`).to.equal(true);
  });
});
