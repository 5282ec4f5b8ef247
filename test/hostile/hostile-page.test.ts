// Hostile host pages (issue 7): the estimator embedded in a page that restyles everything, defines
// our tag first, runs its own i18next, goes offline, and spies on every way data could leave or be
// stored. The first test of the file defines <yb-estimator> before our registration loads.
import { expect, fixture, html } from '@open-wc/testing';
import i18next from 'i18next';
import { estimateSync, isEstimateError } from '../../src/index.js';
import type { YbEstimator, YbMoneyInput } from '../../widgets/index.js';
import { $, TEST_PACKS, changeMoney, figure, resultOf, settled, typeMoney } from '../widgets/helpers.js';

class HostsOwnEstimator extends HTMLElement {
  connectedCallback() { this.textContent = 'host element'; }
}
customElements.define('yb-estimator', HostsOwnEstimator);
const warnings: unknown[][] = [];
const origWarn = console.warn;
console.warn = (...a: unknown[]) => { warnings.push(a); origWarn(...a); };
let registrationError: unknown = null;
try {
  await import('../../widgets/register.js');
} catch (e) {
  registrationError = e;
}
console.warn = origWarn;

/** Our estimator class, registered under another tag (the page holds "yb-estimator"). */
const { YbEstimator: OurEstimator } = await import('../../widgets/index.js');
customElements.define('yb-estimator-ours', class extends OurEstimator {});

async function make(): Promise<YbEstimator> {
  const el = await fixture<YbEstimator>(html`<yb-estimator-ours .packs=${TEST_PACKS} region="990100" visit-date="2025-03-10" commit-delay="0"></yb-estimator-ours>`);
  await settled(el);
  return el;
}

async function estimateIn(el: YbEstimator, amount: string): Promise<void> {
  typeMoney($<YbMoneyInput>(el, 'yb-money-input[data-bill]'), amount);
  await settled(el);
}

const expectedOop = (total: string) => {
  const r = estimateSync({ region: '990100', person: { scheme: 'resident', categories: [] }, visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'secondary', total }] }, TEST_PACKS);
  if (isEstimateError(r)) throw new Error(JSON.stringify(r.errors));
  return r.totals.outOfPocket;
};

describe('hostile page', () => {
  it('a page that defined <yb-estimator> first: our registration does not throw and the page keeps its element', async () => {
    expect(registrationError).to.equal(null);
    expect(customElements.get('yb-estimator')).to.equal(HostsOwnEstimator);
    // Plain DOM, not fixture(): a non-Lit element would make fixture() wait for an animation
    // frame, which a background tab may never get while other test files run beside it.
    const theirs = document.createElement('yb-estimator');
    document.body.append(theirs);
    expect(theirs.textContent).to.equal('host element');
    theirs.remove();
    // The smaller elements still registered; a warning names the conflict.
    expect(customElements.get('yb-money-input')).to.not.equal(undefined);
    expect(warnings.some((w) => String(w[0]).includes('yb-estimator'))).to.equal(true);
  });

  const controlsOf = (el: YbEstimator) => [...el.shadowRoot!.querySelectorAll('input, button, select'), ...[...el.shadowRoot!.querySelectorAll('yb-money-input')].map((m) => m.shadowRoot!.querySelector('input')!)]
    .filter((c) => !(c as HTMLElement).closest('[hidden]') && !['radio', 'checkbox'].includes((c as HTMLInputElement).type))
    // The answer block is rendered twice and shown once, by the element's own width (answer.ts):
    // the placement not in use is display: none by the component's own stylesheet, not by the host.
    .filter((c) => { const a = (c as HTMLElement).closest('.answer'); return !a || getComputedStyle(a).display !== 'none'; });

  async function withHostCss(css: string, body: (el: YbEstimator) => Promise<void>) {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    try {
      const el = await make();
      await estimateIn(el, '10万');
      await body(el);
    } finally {
      style.remove();
    }
  }

  it('host CSS hiding and shrinking *, input, button, select (!important): controls stay visible with a size', async () => {
    await withHostCss(`
      * { font-family: "Comic Sans MS", fantasy !important; line-height: 0.5 !important; letter-spacing: -2px !important; }
      input, button, select { display: none !important; width: 0 !important; height: 0 !important; opacity: 0 !important; }
      button { visibility: hidden !important; }
      html { font-size: 6px !important; }`, async (el) => {
      const controls = controlsOf(el);
      expect(controls.length).to.be.greaterThan(3);
      for (const c of controls) {
        const r = c.getBoundingClientRect();
        const cs = getComputedStyle(c);
        expect(r.width * r.height, `${c.tagName}#${c.id} has a size`).to.be.greaterThan(0);
        expect(cs.visibility, `${c.tagName}#${c.id} visible`).to.not.equal('hidden');
        expect(Number(cs.opacity), `${c.tagName}#${c.id} opaque`).to.be.greaterThan(0.5);
      }
      expect(figure(el, 'outOfPocket')).to.equal(expectedOop('100000.00'));
    });
  });

  // A document rule on the host element — here the ordinary `* { color: #eee }` of a dark portal —
  // beats :host; the components therefore declare colour inside the shadow root (host.styles.ts).
  it('a dark portal (body dark, * light text, serif fonts): text keeps its contrast (axe)', async () => {
    await withHostCss(`
      body { background: #111 !important; }
      * { color: #eee; font-family: serif; font-size: 13px; }`, async (el) => {
      await expect(el).to.be.accessible();
    });
  });

  // The same with !important on the page: still held by the colour declared inside the shadow root.
  it('host CSS forcing * { color: #eee !important; background: #fff !important }: text keeps its contrast (axe)', async () => {
    await withHostCss('* { color: #eee !important; background: #fff !important; font-size: 9px !important; }', async (el) => {
      await expect(el).to.be.accessible();
    });
  });

  it('a page running its own i18next (another language and resources): ours unaffected, theirs unaffected', async () => {
    await i18next.init({ lng: 'fr', resources: { fr: { translation: { hello: 'bonjour', 'money.unit': 'euros' } } } });
    const el = await make();
    await estimateIn(el, '10万');
    expect(el.shadowRoot!.textContent).to.match(/[\u4e00-\u9fff]/);
    expect(el.shadowRoot!.textContent).to.not.include('euros');
    el.setAttribute('lang', 'en');
    await settled(el);
    expect(i18next.language).to.equal('fr');
    expect(i18next.t('hello')).to.equal('bonjour');
    expect(figure(el, 'outOfPocket')).to.equal(expectedOop('100000.00'));
  });

  it('offline after load: fetch and XHR throw, every figure is still computed', async () => {
    const el = await make();
    const origFetch = window.fetch;
    const origOpen = XMLHttpRequest.prototype.open;
    let attempts = 0;
    window.fetch = () => { attempts++; throw new TypeError('offline'); };
    XMLHttpRequest.prototype.open = function () { attempts++; throw new Error('offline'); };
    try {
      for (const amount of ['12000', '10万', '1,234,567.89元']) {
        await estimateIn(el, amount);
        expect(resultOf(el).output, amount).to.not.equal(null);
      }
      expect(figure(el, 'outOfPocket')).to.equal(expectedOop('1234567.89'));
      expect(attempts).to.equal(0);
    } finally {
      window.fetch = origFetch;
      XMLHttpRequest.prototype.open = origOpen;
    }
  });

  it('no cookie, no Storage write, no network write without the host opting in', async () => {
    const calls: string[] = [];
    const origSet = Storage.prototype.setItem;
    const origFetch = window.fetch;
    const origSend = XMLHttpRequest.prototype.send;
    const origBeacon = navigator.sendBeacon;
    const cookieDesc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Storage.prototype.setItem = function (k: string) { calls.push(`storage:${k}`); };
    window.fetch = (async (u: RequestInfo | URL) => { calls.push(`fetch:${String(u)}`); throw new TypeError('blocked'); }) as typeof fetch;
    XMLHttpRequest.prototype.send = function () { calls.push('xhr'); };
    navigator.sendBeacon = (u: string | URL) => { calls.push(`beacon:${String(u)}`); return true; };
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: (v: string) => { calls.push(`cookie:${v}`); } });
    try {
      const el = await make();
      await estimateIn(el, '10万');
      const m = $<YbMoneyInput>(el, 'yb-money-input[data-bill]');
      typeMoney(m, 'abc');
      changeMoney(m);
      await settled(el);
      await estimateIn(el, '20000');
      el.setAttribute('lang', 'en');
      await settled(el);
      for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.tools button')) {
        if (/print|打印/i.test(b.textContent ?? '')) continue;
        b.click();
        await settled(el);
      }
      expect(calls).to.deep.equal([]);
    } finally {
      Storage.prototype.setItem = origSet;
      window.fetch = origFetch;
      XMLHttpRequest.prototype.send = origSend;
      navigator.sendBeacon = origBeacon;
      delete (document as unknown as Record<string, unknown>).cookie;
      Object.defineProperty(Document.prototype, 'cookie', cookieDesc);
    }
  });
});
