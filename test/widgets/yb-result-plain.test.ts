// A result a citizen can read (issue 12 item 2; issue 10.4; issue 11 item 5): shipped regions with
// unpublished numbers and with a value the person supplied, in zh-CN and en — every assumption and
// unknown is a sentence (no raw key, boolean, raw number, pack id or checksum), money is grouped,
// one mark per figure source with one legend, English has no Chinese leftovers, 320 px reflows,
// axe is clean; the summary, script and event detail say what is exact and what is a range.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../widgets/register.js';
import '../../widgets/yb-result/register.js';
import {
  estimateSync, isEstimateError, loadPackChain, userValuesPack, PARAMS,
  type EstimateOutput, type Lang, type RulePack,
} from '../../src/index.js';
import { aTimeout } from '@open-wc/testing';
import type { YbEstimator, YbEstimateEvent, YbMoneyInput, YbResult } from '../../widgets/index.js';
import { $, settled, typeMoney } from './helpers.js';
import { ensureFullStrings } from '../../widgets/internal/full-strings.js';
import { loadLocale, translatorFor } from '../../widgets/internal/i18n.js';
import { plainSummary, readAloudScript, resultStatement } from '../../widgets/internal/summary.js';
import { estimateDetail } from '../../widgets/internal/result-data.js';

type Case = { name: string; region: string; supplied?: boolean };
const CASES: Case[] = [
  { name: '深圳 (exact, unpublished numbers immaterial)', region: '440300' },
  { name: '吉林市 (a range)', region: '220200' },
  { name: '广州', region: '440100' },
  { name: '成都 (province rules, a range)', region: '510100' },
  { name: '全国', region: '000000' },
  { name: '吉林市 with a value the person supplied', region: '220200', supplied: true },
];

const chains = new Map<string, RulePack[]>();
async function chain(region: string): Promise<RulePack[]> {
  if (!chains.has(region)) chains.set(region, [...new Set((await loadPackChain(region)).values())]);
  return chains.get(region)!;
}

async function run(c: Case, lang: Lang, total = '100000'): Promise<EstimateOutput> {
  const packs = await chain(c.region);
  const visit = { kind: 'inpatient', date: '2025-06-01', hospitalLevel: 'tertiary', total } as const;
  const person = { scheme: 'resident', categories: [] } as const;
  let out;
  if (c.supplied) {
    const top = packs.find((p) => p.region.code === c.region) ?? packs[0]!;
    const overlay = userValuesPack(top, [{ key: 'basic.rate', cell: { scheme: 'resident', kind: 'inpatient', level: 'tertiary' }, value: '0.75' }], '2026-01-01', { layers: packs, date: visit.date });
    out = estimateSync({ pack: overlay, person, visits: [visit], options: { trace: true, lang } }, packs);
  } else {
    out = estimateSync({ region: c.region, person, visits: [visit], options: { trace: true, lang } }, packs);
  }
  if (isEstimateError(out)) throw new Error(JSON.stringify(out.errors));
  return out;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Raw things a person must never read in an assumption or unknown. */
function rawProblems(text: string): string[] {
  const bad: string[] = [];
  const rules: [string, RegExp][] = [
    ['raw key', /\b(?:basic|critical|assistance|tilt)\.[a-zA-Z.]+/],
    ['boolean', /\b(?:true|false)\b/],
    ['raw choice', /\b(?:per-visit|per-year|per-year-topup|above-deductible|extra-points)\b|(?<![A-Za-z])main(?![A-Za-z])/],
    ['pack id', /cn-\d{6}/],
    ['user layer', /user-/],
    ['checksum', /fnv1a64|\b[0-9a-f]{16}\b/],
    ['raw band', /\+:/],
    ['raw rate', /(?<![\d.,¥])0\.\d+(?![\d%]|\s*元)/],
    ['dash as a value', /[:：]\s*—/],
  ];
  for (const [name, re] of rules) if (re.test(text)) bad.push(`${name}: ${text}`);
  // An amount of 1000 or more without separators (years such as 2024年 / "in 2024" are not amounts).
  for (const m of text.matchAll(/(?<![\d,.])(\d{4,})(?:\.\d+)?(?![\d,])/g)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 2);
    if (/^(19|20)\d\d$/.test(m[1]!) || after.startsWith('年')) continue;
    bad.push(`unformatted number ${m[0]}: ${text}`);
  }
  return bad;
}

const texts = (el: YbResult, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

/** The result's text a citizen reads, without the explanation's document titles/quotes and the staff details. */
function citizenText(el: YbResult): string {
  const section = el.shadowRoot!.querySelector('section')!.cloneNode(true) as HTMLElement;
  for (const d of section.querySelectorAll('details')) d.remove();
  return section.textContent!.replace(/\s+/g, ' ');
}

describe('yb-result in plain words, shipped regions', function () {
  this.timeout(60000);
  before(async () => {
    ensureFullStrings();
    await loadLocale('en');
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    for (const c of CASES) {
      it(`${c.name}, ${lang}: assumptions and unknowns are sentences; one mark per source; axe clean`, async () => {
        const out = await run(c, lang);
        const el = await fixture<YbResult>(html`<yb-result lang=${lang} .output=${out}></yb-result>`);
        await el.updateComplete;
        const items = [
          ...texts(el, 'li[data-assumption]'), ...texts(el, '.unknowns li'), ...texts(el, '.immaterial li'),
        ];
        expect(items.length, 'something is said').to.be.greaterThan(0);
        expect(texts(el, 'li[data-assumption]').length).to.equal(out.assumptions.length);
        const problems = items.flatMap(rawProblems);
        expect(problems, problems.join('\n')).to.deep.equal([]);
        if (lang === 'en') {
          const leftovers = items.filter((t) => CJK.test(t));
          expect(leftovers, leftovers.join('\n')).to.deep.equal([]);
          const body = citizenText(el);
          expect(body.match(new RegExp(`.{0,30}${CJK.source}+.{0,30}`, 'g')) ?? [], 'no Chinese in the English result').to.deep.equal([]);
        }
        // Money is grouped everywhere a person reads it.
        for (const cell of el.shadowRoot!.querySelectorAll('td.num .amt')) {
          expect(rawProblems(cell.textContent!), cell.textContent!).to.deep.equal([]);
        }
        // Pack ids and the checksum only in the staff disclosure.
        expect(citizenText(el)).to.not.match(/cn-\d{6}|fnv1a64|test-\d{6}/);
        const tech = el.shadowRoot!.querySelector('details[data-tech]')!;
        expect(tech.textContent).to.contain(out.pack.hash);
        expect(tech.querySelector('summary')!.textContent).to.equal(lang === 'en' ? 'Technical details (for staff)' : '技术详情（供工作人员核对）');
        // One mark per figure source, explained once.
        const userMarks = el.shadowRoot!.querySelectorAll('td .user-mark');
        const rangeMarks = el.shadowRoot!.querySelectorAll('td .range-mark');
        expect(el.shadowRoot!.querySelectorAll('[data-legend="user"]').length).to.equal(c.supplied ? 1 : 0);
        expect(el.shadowRoot!.querySelectorAll('[data-legend="range"]').length).to.equal(out.totals.exact ? 0 : 1);
        expect(userMarks.length > 0).to.equal(Boolean(c.supplied));
        expect(rangeMarks.length > 0).to.equal(!out.totals.exact);
        expect(el.shadowRoot!.querySelector('td[data-figure="total"] .mark'), 'the bill the person typed is never marked').to.equal(null);
        expect(citizenText(el)).to.not.contain('含您补充填写的数值');
        expect(citizenText(el)).to.not.contain('values you supplied, not official)');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('print (深圳, exact): the note and the sentences on what does not change the result are printed; staff details are not', async function () {
    const out = await run(CASES[0]!, 'zh-CN');
    const el = await fixture<YbResult>(html`<yb-result .output=${out}></yb-result>`);
    try {
      await emulateMedia({ media: 'print' });
    } catch {
      this.skip(); // print emulation needs CDP (Chromium only)
    }
    try {
      const r = el.shadowRoot!;
      expect(getComputedStyle(r.querySelector('[data-note="immaterial"]')!).display).to.not.equal('none');
      expect(getComputedStyle(r.querySelector('.immaterial')!).display).to.not.equal('none');
      const tech = r.querySelector<HTMLDetailsElement>('details[data-tech]')!;
      expect(tech.open).to.equal(false);
      expect(getComputedStyle(tech.querySelector('summary')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('深圳: the unpublished cap is said as a sentence that it does not change the result', async () => {
    const out = await run(CASES[0]!, 'zh-CN');
    expect(out.totals.exact).to.equal(true);
    const el = await fixture<YbResult>(html`<yb-result .output=${out}></yb-result>`);
    const items = texts(el, '.immaterial li');
    expect(items.length).to.be.greaterThan(0);
    for (const t of items) expect(t).to.match(/^深圳市的.+没有公布；.+所以不影响结果。$/);
  });

  it('every switch in the registry has a phrase in both languages (no "是/否" or true/false)', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const t = translatorFor(lang);
      for (const [key, spec] of Object.entries(PARAMS)) {
        if (spec.leaf !== 'bool') continue;
        const id = key.replace(/\.(\w)/g, (_, ch: string) => ch.toUpperCase());
        for (const v of ['yes', 'no']) {
          const s = t(`plain.bool.${id}.${v}`);
          expect(s, `${lang} ${key} ${v}`).to.not.contain('plain.bool');
          expect(s.length).to.be.greaterThan(6);
        }
      }
    }
  });

  it('reflows at 320 px with marks, legend and sentences (zh-CN and en, elder too)', async function () {
    await setViewport({ width: 320, height: 800 });
    if (window.innerWidth > 340) {
      await setViewport({ width: 800, height: 600 });
      this.skip();
    }
    try {
      for (const [lang, mode] of [['zh-CN', 'citizen'], ['en', 'citizen'], ['zh-CN', 'elder']] as const) {
        const out = await run(CASES[5]!, lang);
        const el = await fixture<YbResult>(html`<yb-result lang=${lang} mode=${mode} .output=${out}></yb-result>`);
        await el.updateComplete;
        const wide = [...el.shadowRoot!.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > 321)
          .map((e) => `${e.tagName}.${e.className}:${Math.round(e.getBoundingClientRect().right)}`);
        expect(wide, `${lang} ${mode}: ${wide.join(' ')}`).to.deep.equal([]);
        expect(el.scrollWidth, `${lang} ${mode}`).to.be.at.most(el.clientWidth + 1);
        expect(document.documentElement.scrollWidth, `${lang} ${mode}`).to.be.at.most(320);
        const table = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
        // Within 2 px: Firefox rounds the English table's text widths up by a pixel more than Chromium.
        expect(table.scrollWidth, `${lang} ${mode} table`).to.be.at.most(table.clientWidth + 2);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('source links: "查看原文" only for official sources; reposts say so; the person\'s own values never link', async () => {
    for (const c of [CASES[1]!, CASES[5]!]) {
      const out = await run(c, 'zh-CN');
      const el = await fixture<YbResult>(html`<yb-result .output=${out}></yb-result>`);
      el.toggleExplanation(true);
      await el.updateComplete;
      const root = el.shadowRoot!;
      const official = [...root.querySelectorAll('a.src-official')];
      const repost = [...root.querySelectorAll('a.src-repost')];
      expect(official.length + repost.length).to.be.greaterThan(0);
      for (const a of official) {
        expect(['OFF', 'OFF-MIRROR']).to.include(a.getAttribute('data-source'));
        expect(a.textContent).to.equal('查看原文');
      }
      for (const a of repost) {
        expect(['MEDIA', 'SEC']).to.include(a.getAttribute('data-source'));
        expect(a.textContent).to.equal('转载，非官方');
        expect(a.tagName).to.equal('A'); // a plain link, not a button
      }
      const reliabilities = new Set(out.visits.flatMap((v) => (v.trace ?? []).flatMap((s) => s.params.flatMap((p) => p.cite.map((x) => x.doc.reliability)))));
      if (reliabilities.has('SEC') || reliabilities.has('MEDIA')) expect(repost.length).to.be.greaterThan(0);
      for (const a of root.querySelectorAll('a')) {
        expect(['USER', 'TEST']).to.not.include(a.getAttribute('data-source'));
      }
      if (c.supplied) expect(root.querySelectorAll('[data-source="USER"]').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    }
    const en = await fixture<YbResult>(html`<yb-result lang="en" .output=${await run(CASES[1]!, 'en')}></yb-result>`);
    en.toggleExplanation(true);
    await en.updateComplete;
    for (const a of en.shadowRoot!.querySelectorAll('a.src-repost')) expect(a.textContent).to.equal('Repost, not official');
  });
});

describe('what is exact and what is a range, in the summary, script and event detail', function () {
  this.timeout(60000);
  before(async () => {
    ensureFullStrings();
    await loadLocale('en');
  });
  const ctx = (name: string) => ({ regionName: name, schemeName: '城乡居民医保', categories: [], caseRef: 'YB-TEST' });

  it('深圳 10万 三级 2025 居民: exact 10,162.00, said as exact', async () => {
    const out = await run(CASES[0]!, 'zh-CN');
    expect(out.totals.outOfPocket).to.equal('10162.00');
    expect(out.totals.exact).to.equal(true);
    const t = translatorFor('zh-CN');
    const statement = resultStatement(out, t, 'zh-CN');
    expect(statement).to.equal('个人需付 10,162.00 元。这是确定的数：本地没有公布的数值都不影响它。');
    const summary = plainSummary(out, ctx('深圳市'), t, 'zh-CN');
    expect(summary).to.contain(statement);
    expect(summary).to.not.contain('之间');
    expect(summary).to.not.contain('不设');
    expect(summary).to.match(/深圳市的.+没有公布；.+所以不影响结果。/);
    const script = readAloudScript(out, ctx('深圳市'), t);
    expect(script).to.contain('10,162.00元');
    expect(script).to.contain('当地有些数值没有公布，但不影响这个数字。');
    expect(script).to.not.contain('之间');
    const d = estimateDetail(out, 'YB-TEST', 'zh-CN');
    expect(d.statement).to.equal(statement);
    expect(d.exact).to.equal(true);
    expect(d.unknowns).to.deep.equal([]);
    const en = estimateDetail(await run(CASES[0]!, 'en'), 'YB-TEST', 'en');
    expect(en.statement).to.equal('You pay ¥10,162.00. This figure is exact: no unpublished local figure changes it.');
  });

  it('吉林市 10万: a range, said as "约 X 元（在 A 至 B 元之间），因为本地没有公布 …"', async () => {
    const out = await run(CASES[1]!, 'zh-CN');
    expect(out.totals.exact).to.equal(false);
    const t = translatorFor('zh-CN');
    const f = (v: string) => new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2 }).format(Number(v));
    const { low, high } = out.totals.range.outOfPocket;
    const statement = resultStatement(out, t, 'zh-CN');
    expect(statement).to.contain(`个人大约需付 ${f(out.totals.outOfPocket)} 元（在 ${f(low)} 元 至 ${f(high)} 元 之间），因为本地没有公布：`);
    expect(statement).to.contain('基本医保支付比例（城乡居民医保，住院，三级医院）');
    const summary = plainSummary(out, ctx('吉林市'), t, 'zh-CN');
    expect(summary).to.contain(`个人大约需付 ${f(out.totals.outOfPocket)} 元（在 ${f(low)} 至 ${f(high)} 元之间），因为以下本地数值没有公布：`);
    for (const line of summary.split('\n').filter((l) => l.startsWith('· '))) expect(rawProblems(line), line).to.deep.equal([]);
    const script = readAloudScript(out, ctx('吉林市'), t);
    expect(script).to.contain(`在${f(low)}元到${f(high)}元之间`);
    expect(script).to.contain('这是一个范围，因为当地有');
    expect(script).to.contain('大病保险分段支付比例（城乡居民医保），当地没有公布，按0 元以上 60%到0 元以上 70%；30,000 元以上 80%估算。');
    const d = estimateDetail(out, 'YB-TEST', 'zh-CN');
    expect(d.statement).to.equal(statement);
    expect(d.unknowns.length).to.equal(out.unknowns.length);
    for (const u of d.unknowns) {
      expect(u.sentence).to.contain('本地没有公布');
      expect(rawProblems(u.sentence), u.sentence).to.deep.equal([]);
    }
    const en = estimateDetail(await run(CASES[1]!, 'en'), 'YB-TEST', 'en');
    expect(en.statement).to.match(/^You will pay about ¥[\d,]+\.\d\d \(between ¥[\d,]+\.\d\d and ¥[\d,]+\.\d\d\), because these local figures are not published: /);
    for (const u of en.unknowns) expect(CJK.test(u.sentence), u.sentence).to.equal(false);
  });

  it('through <yb-estimator> (深圳, hotline): the yb-estimate detail, the copied summary and the script say it is exact', async () => {
    const el = await fixture<YbEstimator>(html`<yb-estimator region="440300" mode="hotline" visit-date="2025-06-01" commit-delay="0"></yb-estimator>`);
    await settled(el);
    const events: YbEstimateEvent[] = [];
    el.addEventListener('yb-estimate', (e) => events.push(e as YbEstimateEvent));
    const level = $<HTMLSelectElement>(el, '#v0-level');
    level.value = 'tertiary';
    level.dispatchEvent(new Event('change'));
    typeMoney($<YbMoneyInput>(el, 'yb-money-input[data-bill]'), '10万');
    for (let i = 0; i < 200 && !events.some((e) => e.detail.total === '100000.00'); i++) {
      await aTimeout(50);
      await settled(el);
    }
    const d = events.filter((e) => e.detail.total === '100000.00').at(-1)!.detail;
    expect(d.outOfPocket).to.equal('10162.00');
    expect(d.exact).to.equal(true);
    expect(d.statement).to.equal('个人需付 10,162.00 元。这是确定的数：本地没有公布的数值都不影响它。');
    expect(el.summaryText()).to.contain(d.statement);
    expect(el.scriptText()).to.contain('当地有些数值没有公布，但不影响这个数字。');
    expect(el.scriptText()).to.not.contain('之间');
  });
});
