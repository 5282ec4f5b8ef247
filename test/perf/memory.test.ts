// Mounting and removing the widgets many times leaves no growth in DOM nodes or in listeners on
// window/document. performance.memory is not reliable, so we count: DOM nodes in the document, and
// outstanding listeners through a patched EventTarget.prototype.add/removeEventListener installed
// before any widget module loads.
import { expect } from '@open-wc/testing';
import type { RulePack } from '../../src/index.js';
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';

type Entry = { type: string; fn: unknown; capture: boolean };
const outstanding = new Map<EventTarget, Entry[]>();
const capture = (o: unknown) => (typeof o === 'boolean' ? o : Boolean((o as { capture?: boolean } | undefined)?.capture));
const origAdd = EventTarget.prototype.addEventListener;
const origRemove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, fn: unknown, opts?: unknown) {
  if ((this === window || this === document) && fn) {
    const list = outstanding.get(this) ?? [];
    if (!list.some((e) => e.type === type && e.fn === fn && e.capture === capture(opts))) list.push({ type, fn, capture: capture(opts) });
    outstanding.set(this, list);
    const signal = (opts as { signal?: AbortSignal } | undefined)?.signal;
    signal?.addEventListener('abort', () => {
      const l = outstanding.get(this) ?? [];
      outstanding.set(this, l.filter((e) => !(e.type === type && e.fn === fn && e.capture === capture(opts))));
    });
  }
  return origAdd.call(this, type, fn as EventListener, opts as AddEventListenerOptions);
} as typeof EventTarget.prototype.addEventListener;
EventTarget.prototype.removeEventListener = function (this: EventTarget, type: string, fn: unknown, opts?: unknown) {
  if (this === window || this === document) {
    const l = outstanding.get(this) ?? [];
    outstanding.set(this, l.filter((e) => !(e.type === type && e.fn === fn && e.capture === capture(opts))));
  }
  return origRemove.call(this, type, fn as EventListener, opts as EventListenerOptions);
} as typeof EventTarget.prototype.removeEventListener;

const listeners = () => (outstanding.get(window)?.length ?? 0) + (outstanding.get(document)?.length ?? 0);
const nodes = () => document.getElementsByTagName('*').length;
const pack = FIXTURE_PACKS['test-city'] as RulePack;
const report = (x: object) => console.log(`YB-BENCH ${JSON.stringify(x)}`);

async function cycle(tag: string, n: number, setup: (el: HTMLElement) => void | Promise<void>) {
  const host = document.createElement('div');
  document.body.append(host);
  const once = async () => {
    const el = document.createElement(tag);
    await setup(el);
    host.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    el.remove();
  };
  // Warm-up: first mounts may install one-time (module-level) listeners and caches.
  for (let i = 0; i < 5; i++) await once();
  await new Promise((r) => setTimeout(r, 0));
  const before = { nodes: nodes(), listeners: listeners() };
  for (let i = 0; i < n; i++) await once();
  await new Promise((r) => setTimeout(r, 50));
  const after = { nodes: nodes(), listeners: listeners() };
  host.remove();
  return { before, after };
}

describe('perf: memory — mount and remove 1,000 times', () => {
  let have = { estimator: false, whatIf: false };
  before(async () => {
    try { await import('../../widgets/register.js'); } catch { /* not written yet */ }
    try { await import('../../widgets/yb-what-if/register.js'); } catch { /* not written yet */ }
    have = { estimator: !!customElements.get('yb-estimator'), whatIf: !!customElements.get('yb-what-if') };
  });

  it('<yb-estimator>: no growth in DOM nodes or window/document listeners', async function () {
    this.timeout(600000);
    if (!have.estimator) { report({ skip: 'memory: <yb-estimator> not registered yet' }); this.skip(); }
    const t0 = performance.now();
    const r = await cycle('yb-estimator', 1000, (el) => {
      el.setAttribute('region', '990100');
      el.setAttribute('category', 'subsistence');
      (el as unknown as { packs: RulePack[] }).packs = [pack];
    });
    report({ memory: { element: 'yb-estimator', cycles: 1000, ...r, ms: Math.round(performance.now() - t0) } });
    expect(r.after.nodes, 'DOM nodes').to.equal(r.before.nodes);
    expect(r.after.listeners, 'window/document listeners').to.equal(r.before.listeners);
  });

  it('<yb-what-if> (200 mounts: each computes a curve): no growth either', async function () {
    this.timeout(600000);
    if (!have.whatIf) { report({ skip: 'memory: <yb-what-if> not registered' }); this.skip(); }
    const input = {
      pack, person: { scheme: 'resident', age: 40, categories: ['subsistence'] },
      visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: '100000.00', outOfScope: '5000', partialSelfPay: '3000' }],
    };
    const r = await cycle('yb-what-if', 200, (el) => { (el as unknown as { input: unknown }).input = input; });
    report({ memory: { element: 'yb-what-if', cycles: 200, ...r } });
    expect(r.after.nodes).to.equal(r.before.nodes);
    expect(r.after.listeners).to.equal(r.before.listeners);
  });

  it('the listener counter itself sees a leak', () => {
    const before = listeners();
    const leak = () => {};
    window.addEventListener('resize', leak);
    expect(listeners()).to.equal(before + 1);
    window.removeEventListener('resize', leak);
    expect(listeners()).to.equal(before);
  });
});
