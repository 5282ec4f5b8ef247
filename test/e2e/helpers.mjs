// Shared by the end-to-end tests (node --test test/e2e/): the built site (dist/site/, made by
// `npm run build` — `npm run test:e2e` builds first), served by scripts/serve-dist.mjs, driven in
// Debian's headless Chromium through playwright-core (no browser download).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve-dist.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const site = join(root, 'dist/site');
/** The region the flows pick when the catalog offers it (吉林市: all three tiers have local data); else the first offered. */
export const PREFERRED_REGION = process.env.YB_E2E_REGION || '220200';

/** Why the suites cannot run, or undefined when they can. */
export function skipReason() {
  if (!existsSync(join(root, 'widgets/register.ts'))) return 'the widget (widgets/register.ts) is not in the repository yet';
  if (!existsSync(join(site, 'index.html')) || !existsSync(join(site, 'embed/manifest.json'))) {
    return 'dist/site is not built: run `npm run test:e2e` (it builds first) or `npm run build`';
  }
  return undefined;
}

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: CHROME_ARGS });
}

export { startServer };

/**
 * Serves the built site and launches Chromium for the enclosing describe(): the returned object
 * has `server` and `browser` once before() has run; both are closed after().
 */
export function siteAndBrowser() {
  const env = { server: undefined, browser: undefined };
  before(async () => {
    env.server = await startServer({ root: site });
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * A page that records what the tests assert on: console errors and warnings, uncaught errors,
 * CSP violations (console and `securitypolicyviolation`), every request, and every `yb-estimate`
 * event (with the id of the element that fired it).
 */
export async function openPage(browser, url, { viewport = { width: 390, height: 844 }, locale = 'zh-CN', element = true } = {}) {
  const context = await browser.newContext({ viewport, locale, serviceWorkers: 'block' });
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [], csp: [], failed: [] };
  /** @type {any} */ (page).ybLog = log;
  page.on('requestfailed', (r) => log.failed.push(`${r.failure()?.errorText ?? 'failed'} ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) log.failed.push(`${r.status()} ${r.url()}`); });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.console.push({ type: m.type(), text: m.text() });
    if (/Content[- ]Security[- ]Policy|Refused to (load|execute|apply)/i.test(m.text())) log.csp.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push({ url: r.url(), method: r.method(), type: r.resourceType(), at: Date.now() }));
  await context.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__ybCsp = [];
    w.__ybEvents = [];
    w.__ybTargets = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__ybCsp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
    document.addEventListener('yb-estimate', (e) => {
      const t = /** @type {HTMLElement} */ (e.target);
      w.__ybEvents.push({ id: t.id || null, detail: /** @type {CustomEvent} */ (e).detail });
      w.__ybTargets.push(t);
    });
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (element) await page.waitForFunction(() => !!customElements.get('yb-estimator'), undefined, { timeout: 20000 });
  return { context, page, log, response };
}

/**
 * Chooses a region in an estimator's picker: `code` when given and offered, else 吉林省 (or the first
 * province). The province list arrives with the region index, which loads when the picker is first
 * used (here: focus on the province select).
 */
export async function chooseRegion(est, code) {
  const province = est.locator('#province');
  await province.waitFor({ state: 'visible' });
  await province.focus();
  await est.locator('#province option[value="110000"]').waitFor({ state: 'attached' });
  const provinces = await province.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  const fallback = provinces.includes('220000') ? '220000' : provinces[0];
  const wantProvince = code && provinces.includes(`${code.slice(0, 2)}0000`) ? `${code.slice(0, 2)}0000` : fallback;
  await province.selectOption(wantProvince);
  const city = est.locator('#city');
  // The first real option is the whole province, then each city with its counties.
  const cities = await city.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  await city.selectOption(code && cities.includes(code) ? code : cities[0]);
  return (await city.inputValue()) || wantProvince;
}

/** The made-up test pack (test/fixtures/packs/test-city.json, region 990100), for the fallback below. */
export const FIXTURE_PACK = JSON.parse(readFileSync(join(root, 'test/fixtures/packs/test-city.json'), 'utf8'));

/**
 * The whole citizen flow on one estimator: region → scheme → bill → wait for the committed result
 * (`yb-estimate`). With the real catalog first (PREFERRED_REGION when offered). If the shipped pack
 * refuses (its data is incomplete for today's date — the refusal is the honest answer, not a bug
 * here), the flow hands the element the made-up test pack through its public `packs` property and
 * picks that region, so the page mechanics are still tested end to end; `usedFixture` and
 * `refusal` say so, and the tests print it as a diagnostic.
 */
export async function citizenFlow(page, est, { region, bill = '12万', scheme = 'resident', allowFixture = true } = {}) {
  const before = await page.evaluate(() => /** @type {any} */ (window).__ybEvents.length);
  const chosen = await chooseRegion(est, region ?? PREFERRED_REGION);
  const radio = est.locator(`#scheme-${scheme}`);
  if (await radio.isEnabled()) await radio.check();
  const input = est.locator('yb-money-input[data-bill]').first().locator('input');
  await input.fill(bill);
  const outcome = await waitForOutcome(page, est, before);
  if (outcome === 'refused') {
    // A refusal is the engine's message in <yb-result>, or — for a rule the local texts lack —
    // <yb-missing-rule> asking the person for it in place of the message.
    const refusal = await est.evaluate((el) => el.shadowRoot?.querySelector('yb-result')?.errors?.join(' ')
      || el.shadowRoot?.querySelector('yb-missing-rule')?.shadowRoot?.querySelector('#explain')?.textContent
      || (el.shadowRoot?.querySelector('yb-missing-rule')?.fault ? `missing ${JSON.stringify(el.shadowRoot.querySelector('yb-missing-rule').fault.label)}` : ''));
    if (!allowFixture) throw new Error(`the estimate for ${chosen} was refused: ${refusal}`);
    // Only an honest refusal by the engine may fall back; a pack chunk that failed to load is a
    // broken build and must fail the test.
    const failed = /** @type {any} */ (page).ybLog?.failed ?? [];
    if (failed.length) throw new Error(`requests failed before the refusal (${refusal}): ${failed.join(', ')}`);
    await est.evaluate((el, pack) => { /** @type {any} */ (el).packs = [pack]; }, FIXTURE_PACK);
    const n = await page.evaluate(() => /** @type {any} */ (window).__ybEvents.length);
    const fixtureRegion = await chooseRegion(est, FIXTURE_PACK.region.code);
    if (fixtureRegion !== FIXTURE_PACK.region.code) throw new Error(`could not pick the test region, got ${fixtureRegion}`);
    if (await radio.isEnabled()) await radio.check();
    if ((await waitForOutcome(page, est, n)) !== 'event') throw new Error('the test pack was refused too');
    return { region: fixtureRegion, ...(await eventsSince(page, est, before)), usedFixture: true, refusal: `${chosen}: ${refusal}` };
  }
  return { region: chosen, ...(await eventsSince(page, est, before)), usedFixture: false, refusal: '' };
}

async function waitForOutcome(page, est, n) {
  const el = await est.elementHandle();
  const h = await page.waitForFunction(({ el, n }) => {
    if (/** @type {any} */ (window).__ybTargets.slice(n).includes(el)) return 'event';
    const root = /** @type {any} */ (el).shadowRoot;
    const q = root?.querySelector('yb-missing-rule');
    if (q?.shadowRoot?.querySelector('#explain')) return 'refused';
    const r = root?.querySelector('yb-result');
    return r?.errors?.length ? 'refused' : false;
  }, { el, n }, { timeout: 20000 });
  return h.jsonValue();
}

/** Events since index n: `events` from every element, `event` the last one this element fired. */
async function eventsSince(page, est, n) {
  const el = await est.elementHandle();
  const { events, mine } = await page.evaluate(({ el, n }) => {
    const w = /** @type {any} */ (window);
    return { events: w.__ybEvents.slice(n), mine: w.__ybTargets.slice(n).map((t) => t === el) };
  }, { el, n });
  const own = events.filter((_, i) => mine[i]);
  return { event: own[own.length - 1], events };
}

/** basic + critical + assistance + tilt + outOfPocket = total, to the fen (figures are strings). */
export function fen(s) {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(s));
  if (!m) throw new Error(`not a money string: ${s}`);
  const v = BigInt(m[2]) * 100n + BigInt((m[3] ?? '0').padEnd(2, '0'));
  return m[1] ? -v : v;
}

/** The text an element shows, through every (open) shadow root, as one string. */
export function deepText(locator) {
  return locator.evaluate((el) => {
    const out = [];
    const walk = (node) => {
      for (const n of node.childNodes) {
        if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent);
        else if (n.nodeType === Node.ELEMENT_NODE) {
          const e = /** @type {Element} */ (n);
          if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(e.tagName)) continue;
          if (e.shadowRoot) walk(e.shadowRoot);
          walk(e);
        }
      }
    };
    if (el.shadowRoot) walk(el.shadowRoot);
    walk(el);
    return out.join(' ').replace(/\s+/g, ' ').trim();
  });
}

/** Prints (TAP diagnostic) when a flow fell back to the test pack. */
export function noteFlow(t, flow) {
  if (flow.usedFixture) t.diagnostic(`shipped pack refused today's estimate (${flow.refusal}); the flow ran on the made-up test pack 990100`);
}
