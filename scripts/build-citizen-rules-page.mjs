// Builds the citizens' rules pages, demo/citizen-rules.html (中文) and demo/citizen-rules.en.html:
// per region, what each tier pays in plain words — 起付线, 比例, 上限 of 基本医保 (住院), 大病保险 and
// 医疗救助 by category — read from the shipped packs exactly as the engine reads them (nearest layer
// first, per cell, the entry in force on the build date), with "查看原文" links to official sources
// only. A value the region has not published is shown as the range the estimator uses, with its
// basis in words. Static HTML: no script, no inline style (styles in demo/assets/site.css).
// The maintainers' parameter browser (every value, status and citation) stays demo/rules.html
// (scripts/build-rules-page.mjs). Run: node scripts/build-citizen-rules-page.mjs (build-site runs it).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { importTs } from './import-ts.mjs';

const root = new URL('../', import.meta.url);
const { sourceLink } = await importTs('src/packs/source-trust.ts');
const dataDir = new URL('src/packs/data/', root);
const packs = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, dataDir), 'utf8')));
const byId = new Map(packs.map((p) => [p.id, p]));
/** The date whose rules the page shows (entries in force on it): the build date. */
const DATE = process.env.YB_RULES_DATE || new Date().toISOString().slice(0, 10);

const DIMS = {
  'basic.deductible': ['scheme', 'kind', 'level'], 'basic.rate': ['scheme', 'kind', 'level'],
  'basic.capPool': ['scheme', 'kind'], 'basic.annualCap': ['scheme', 'pool'],
  'critical.covers': ['scheme', 'kind'], 'critical.deductible': ['scheme'], 'critical.scale': ['scheme'],
  'critical.bandBasis': ['scheme'], 'critical.annualCap': ['scheme'],
  'assistance.deductible': ['category'], 'assistance.rate': ['category', 'kind'],
  'assistance.limitPool': ['kind'], 'assistance.annualLimit': ['category', 'pool'],
};

// ── the page's words, one whole phrase per key (templates with {name} slots, no concatenation) ──
const T = {
  'zh-CN': {
    file: 'citizen-rules.html', other: 'citizen-rules.en.html', otherLang: 'en', otherName: 'English',
    title: '各地医保怎么报销：每一档报多少',
    lede: '按地区列出看病住院时基本医保、大病保险和医疗救助各自的起付线、报销比例和年度上限，用平常话写，附政策原文链接。这里只是概要；您自己的一笔费用能报多少，请回到测算页计算。',
    asOf: '按 {date} 有效的规定整理；规则数据最近核对于 {reviewed}。',
    back: '返回测算页', backHref: '../index.html', regions: '选择地区', skip: '跳到地区列表',
    layers: '本地没有写明的项目，按{layers}的规定估算。', layersNone: '',
    scheme: { resident: '城乡居民医保', employee: '职工医保' },
    tier: '报销项目', deductible: '起付线（自己先付）', rate: '报销比例', cap: '每年最多报',
    basic: '基本医保（住院）', critical: '大病保险', criticalOff: '本地区没有这一项的数据。',
    assistance: '医疗救助（困难群众，住院）', category: '救助身份',
    level: { primary: '一级医院 {v}', secondary: '二级医院 {v}', tertiary: '三级医院 {v}' },
    money: '{v} 元', percent: '{v}%', none: '不设上限', unset: '暂无数据', zero: '不设起付线',
    bandFirst: '{to} 元以下的部分 {rate}', bandMid: '{from} 至 {to} 元的部分 {rate}', bandLast: '{from} 元以上的部分 {rate}',
    bandCumulative: '（按全年累计的大病费用分段）', bandAbove: '（按超过起付线的金额分段）',
    derive: '{year}{series}的 {rate}', deriveValue: '{year}{series}（{value} 元）的 {rate}',
    yearBefore: '上年', twoYearsBefore: '上上年',
    rangeBoth: '本地未公布；估算按 {low} 至 {high}：{basis}', rangeLow: '本地未公布；估算按至少 {low}：{basis}',
    assumed: '（本地文件没有写明，按上级规定或通常做法）', estimated: '（估计值）',
    extras: '特殊情况', sources: '查看原文', sourceText: '《{title}》{doc}，{issuer}', docNo: '（{doc}）',
    noLink: '依据（原文不在官方网站上，未附链接）：', officialOnly: '只链接到政府官方网站上的原文。',
    noCategories: '本地区尚未收录医疗救助的身份类别。',
    howTo: '怎么申请', serviceLine: '服务热线：{line}',
  },
  en: {
    file: 'citizen-rules.en.html', other: 'citizen-rules.html', otherLang: 'zh-CN', otherName: '中文',
    title: 'What medical cover pays, region by region',
    lede: 'For each region: the deductible, the ratio and the yearly limit of basic medical insurance, critical-illness insurance and medical assistance for a hospital stay, in plain words, with links to the official texts. This is an overview; to see what your own bill comes to, go back to the estimate.',
    asOf: 'Rules in force on {date}; the rule data was last checked on {reviewed}.',
    back: 'Back to the estimate', backHref: '../index.html', regions: 'Choose a region', skip: 'Skip to the list of regions',
    layers: 'Where the region has not published a figure, the rules of {layers} are used.', layersNone: '',
    scheme: { resident: 'Resident medical insurance', employee: 'Employee medical insurance' },
    tier: 'Tier', deductible: 'Deductible (you pay first)', rate: 'Share paid', cap: 'Most paid in a year',
    basic: 'Basic medical insurance (hospital stay)', critical: 'Critical-illness insurance', criticalOff: 'No data for this tier here.',
    assistance: 'Medical assistance (people in hardship, hospital stay)', category: 'Identity',
    level: { primary: 'Primary hospital: {v}', secondary: 'Secondary hospital: {v}', tertiary: 'Tertiary hospital: {v}' },
    money: '{v} yuan', percent: '{v} %', none: 'no limit', unset: 'no data yet', zero: 'none',
    bandFirst: '{rate} of the part below {to} yuan', bandMid: '{rate} of the part from {from} to {to} yuan', bandLast: '{rate} of the part above {from} yuan',
    bandCumulative: '(bands over the year\'s total critical-illness costs)', bandAbove: '(bands over the amount above the deductible)',
    derive: '{rate} of {series}, {year}', deriveValue: '{rate} of {series}, {year} ({value} yuan)',
    yearBefore: 'the year before', twoYearsBefore: 'two years before',
    rangeBoth: 'Not published here; estimated between {low} and {high}: {basis}', rangeLow: 'Not published here; estimated at least {low}: {basis}',
    assumed: '(the local text does not say; the higher rules or common practice are used)', estimated: '(an estimate)',
    extras: 'Special cases', sources: 'Read the official text', sourceText: '{title}{doc}, {issuer}', docNo: ' ({doc})',
    noLink: 'Based on (the text is not on an official website, so no link is given):', officialOnly: 'Links go only to texts on official government websites.',
    noCategories: 'No assistance identities are on file for this region yet.',
    howTo: 'How to apply', serviceLine: 'Service line: {line}',
  },
};

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Fills {name} slots of a template; every value is escaped unless it is marked as HTML. */
const fill = (tpl, vars = {}) => tpl.replace(/\{(\w+)\}/g, (_m, k) => {
  const v = vars[k];
  return v && typeof v === 'object' && 'html' in v ? v.html : esc(v ?? '');
});
const raw = (html) => ({ html });

const group = (s) => {
  const [int, frac] = new Decimal(s).toFixed().split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac ? `.${frac}` : ''}`;
};
const pct = (t, r) => fill(t.percent, { v: new Decimal(r).times(100).toFixed() });

function chainOf(pack) {
  const out = [];
  for (let p = pack; p; p = byId.get(p.extends)) out.push(p);
  return out;
}
function pickEntry(entries) {
  let best;
  for (const e of entries ?? []) {
    if (e.from > DATE || (e.to !== undefined && DATE >= e.to)) continue;
    if (!best || e.from > best.from) best = e;
  }
  return best;
}
const isTable = (x) => typeof x === 'object' && x !== null && !('derive' in x) && !('bands' in x) && !('range' in x);

/** The engine's look-up (src/packs/resolve.ts), without modifiers: nearest layer that prices the cell. */
function read(chain, key, ctx) {
  for (const layer of chain) {
    const entry = pickEntry(layer.parameters[key]);
    if (!entry) continue;
    let node = entry.value;
    for (const dim of DIMS[key]) {
      if (!isTable(node)) break;
      const want = ctx[dim];
      node = want !== undefined && node[want] !== undefined ? node[want] : node['*'];
      if (node === undefined) break;
    }
    if (node === undefined || isTable(node)) continue;
    return { leaf: node, entry, layer };
  }
  return undefined;
}

function seriesPoint(chain, id, year) {
  for (const l of chain) {
    const s = l.series?.[id];
    if (s) return { label: s.label, point: s.points[String(year)] };
  }
  return undefined;
}

/** A leaf in plain words: money, a ratio, bands, a derived figure, "no limit", or a range with its basis. */
function leafText(t, lang, chain, leaf, kind) {
  if (leaf === null) return esc(t.none);
  if (typeof leaf === 'string') {
    if (kind === 'rate') return pct(t, leaf);
    if (kind === 'deductible' && new Decimal(leaf).isZero()) return esc(t.zero);
    return fill(t.money, { v: group(leaf) });
  }
  if (leaf.bands) {
    const b = leaf.bands;
    if (b.length === 1) return pct(t, b[0].rate);
    return b.map((band, i) => {
      const rate = pct(t, band.rate);
      if (i === 0) return fill(t.bandFirst, { to: group(b[1].from), rate });
      if (i === b.length - 1) return fill(t.bandLast, { from: group(band.from), rate });
      return fill(t.bandMid, { from: group(band.from), to: group(b[i + 1].from), rate });
    }).join(lang === 'en' ? '; ' : '；');
  }
  if (leaf.derive) {
    const d = leaf.derive;
    const year = Number(DATE.slice(0, 4)) - d.yearOffset;
    const s = seriesPoint(chain, d.series, year);
    const vars = { year: d.yearOffset === 1 ? t.yearBefore : t.twoYearsBefore, series: s?.label[lang] ?? d.series, rate: pct(t, d.rate) };
    // A year the statistics office has not published yet is itself a range: named, not guessed.
    return typeof s?.point?.value === 'string' ? fill(t.deriveValue, { ...vars, value: group(s.point.value) }) : fill(t.derive, vars);
  }
  if (leaf.range) {
    const r = leaf.range;
    const low = raw(leafText(t, lang, chain, r.low, kind));
    const basis = r.basis?.[lang] ?? '';
    return r.high === null || r.high === undefined ? fill(t.rangeLow, { low, basis })
      : fill(t.rangeBoth, { low, high: raw(leafText(t, lang, chain, r.high, kind)), basis });
  }
  return esc(String(leaf));
}

/** One cell: the value in words, a note when it is assumed or estimated, and the sources it cites. */
function cell(t, lang, chain, got, kind, cites) {
  if (!got) return esc(t.unset);
  for (const c of got.entry.cite) cites.push({ layer: got.layer, c });
  for (const m of got.entry.modifiers ?? []) cites.extras.add(m.label[lang]);
  const isRange = got.leaf && typeof got.leaf === 'object' && 'range' in got.leaf;
  const note = isRange ? '' : got.entry.status === 'assumed' ? ` <span class="basis">${esc(t.assumed)}</span>`
    : got.entry.status === 'estimated' ? ` <span class="basis">${esc(t.estimated)}</span>` : '';
  return `${leafText(t, lang, chain, got.leaf, kind)}${note}`;
}

function byLevel(t, lang, chain, key, ctx, kind, cites) {
  const levels = ['primary', 'secondary', 'tertiary'];
  const reads = levels.map((level) => read(chain, key, { ...ctx, level }));
  if (reads.every((r) => r && r.layer === reads[0].layer && r.entry === reads[0].entry && JSON.stringify(r.leaf) === JSON.stringify(reads[0].leaf))) {
    return cell(t, lang, chain, reads[0], kind, cites);
  }
  return `<ul class="plain">${levels.map((level, i) => `<li>${fill(t.level[level], { v: raw(cell(t, lang, chain, reads[i], kind, cites)) })}</li>`).join('')}</ul>`;
}

function sourceList(t, lang, cites) {
  const seen = new Set();
  const official = [];
  const other = [];
  for (const { layer, c } of cites) {
    let s;
    for (const l of chainOf(layer)) if (l.sources[c.source]) { s = l.sources[c.source]; break; }
    if (!s || seen.has(s.title)) continue;
    seen.add(s.title);
    const text = fill(t.sourceText, { title: s.title, doc: raw(s.docNumber ? fill(t.docNo, { doc: s.docNumber }) : ''), issuer: s.issuer });
    // Official texts only (the engine's rule, src/packs/source-trust.ts): a reprint or a news report
    // is named, never linked.
    if (sourceLink(s) === 'original') official.push(`<li><a href="${esc(s.url)}" rel="noopener noreferrer" lang="zh-CN">${esc(t.sources)}：${text}</a></li>`);
    else other.push(`<li lang="zh-CN">${text}</li>`);
  }
  return `${official.length ? `<ul class="plain sources">${official.join('')}</ul>` : ''}${other.length ? `<p class="hint">${esc(t.noLink)}</p><ul class="plain sources">${other.join('')}</ul>` : ''}`;
}

function regionHtml(t, lang, pack) {
  const chain = chainOf(pack);
  const code = pack.region.code;
  const layers = chain.slice(1).map((p) => p.region.name[lang]).join(lang === 'en' ? ', then ' : '、');
  const cites = []; cites.extras = new Set();
  const schemes = pack.schemes.map((scheme) => {
    const pool = read(chain, 'basic.capPool', { scheme, kind: 'inpatient' })?.leaf ?? 'main';
    const basic = `<tr><th scope="row">${esc(t.basic)}</th>
<td>${byLevel(t, lang, chain, 'basic.deductible', { scheme, kind: 'inpatient' }, 'deductible', cites)}</td>
<td>${byLevel(t, lang, chain, 'basic.rate', { scheme, kind: 'inpatient' }, 'rate', cites)}</td>
<td>${cell(t, lang, chain, read(chain, 'basic.annualCap', { scheme, pool }), 'money', cites)}</td></tr>`;
    const covers = read(chain, 'critical.covers', { scheme, kind: 'inpatient' });
    const scale = read(chain, 'critical.scale', { scheme });
    let critical;
    if (covers?.leaf === false || !scale) critical = `<tr><th scope="row">${esc(t.critical)}</th><td colspan="3">${esc(t.criticalOff)}</td></tr>`;
    else {
      const basis = read(chain, 'critical.bandBasis', { scheme })?.leaf;
      const multi = scale.leaf?.bands?.length > 1;
      critical = `<tr><th scope="row">${esc(t.critical)}</th>
<td>${cell(t, lang, chain, read(chain, 'critical.deductible', { scheme }), 'deductible', cites)}</td>
<td>${cell(t, lang, chain, scale, 'rate', cites)}${multi && basis ? ` <span class="basis">${esc(basis === 'above-deductible' ? t.bandAbove : t.bandCumulative)}</span>` : ''}</td>
<td>${cell(t, lang, chain, read(chain, 'critical.annualCap', { scheme }), 'money', cites)}</td></tr>`;
    }
    return `<h4>${esc(t.scheme[scheme] ?? scheme)}</h4>
<div class="table-scroll" tabindex="0" role="region" aria-label="${esc(`${pack.region.name[lang]} ${t.scheme[scheme] ?? scheme}`)}"><table class="rules-table">
<thead><tr><th scope="col">${esc(t.tier)}</th><th scope="col">${esc(t.deductible)}</th><th scope="col">${esc(t.rate)}</th><th scope="col">${esc(t.cap)}</th></tr></thead>
<tbody>${basic}${critical}</tbody></table></div>`;
  }).join('\n');
  const categories = chain.find((p) => p.categories.length)?.categories ?? [];
  const pool = read(chain, 'assistance.limitPool', { kind: 'inpatient' })?.leaf ?? 'main';
  const rows = categories.map((c) => `<tr><th scope="row">${esc(c.name[lang])}</th>
<td>${cell(t, lang, chain, read(chain, 'assistance.deductible', { category: c.id }), 'deductible', cites)}</td>
<td>${cell(t, lang, chain, read(chain, 'assistance.rate', { category: c.id, kind: 'inpatient' }), 'rate', cites)}</td>
<td>${cell(t, lang, chain, read(chain, 'assistance.annualLimit', { category: c.id, pool }), 'money', cites)}</td></tr>`).join('');
  const assistance = rows ? `<div class="table-scroll" tabindex="0" role="region" aria-label="${esc(`${pack.region.name[lang]} ${t.assistance}`)}"><table class="rules-table">
<thead><tr><th scope="col">${esc(t.category)}</th><th scope="col">${esc(t.deductible)}</th><th scope="col">${esc(t.rate)}</th><th scope="col">${esc(t.cap)}</th></tr></thead>
<tbody>${rows}</tbody></table></div>` : `<p>${esc(t.noCategories)}</p>`;
  const g = chain.find((p) => p.guidance)?.guidance;
  const extras = [...cites.extras];
  return `<section class="region" id="r-${esc(code)}" aria-labelledby="h-${esc(code)}">
<h2 id="h-${esc(code)}">${esc(pack.region.name[lang])}</h2>
${layers ? `<p class="hint">${fill(t.layers, { layers })}</p>` : ''}
<h3>${esc(t.basic)} · ${esc(t.critical)}</h3>
${schemes}
<h3>${esc(t.assistance)}</h3>
${assistance}
${extras.length ? `<h3>${esc(t.extras)}</h3><ul>${extras.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}
${g ? `<h3>${esc(t.howTo)}</h3><p>${esc(g.howToGet[lang])}</p>${g.serviceLine ? `<p>${fill(t.serviceLine, { line: g.serviceLine })}</p>` : ''}` : ''}
<h3>${esc(t.sources)}</h3>
${sourceList(t, lang, cites)}
</section>`;
}

function page(lang) {
  const t = T[lang];
  // The national layer first, then provinces in code order, each followed by its cities.
  const order = [...packs].sort((a, b) => (a.region.code === '000000' ? -1 : b.region.code === '000000' ? 1 : a.region.code.localeCompare(b.region.code)));
  const reviewed = packs.map((p) => p.lastReviewed).sort().at(-1);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(t.lede)}">
<title>${esc(t.title)}</title>
<link rel="icon" href="./assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="./assets/site.css">
<link rel="alternate" hreflang="${t.otherLang}" href="./${t.other}">
</head>
<body>
<header class="site-header">
<a class="skip-link" href="#regions">${esc(t.skip)}</a>
<div class="wrap">
<h1>${esc(t.title)}</h1>
<p class="lede">${esc(t.lede)}</p>
<p class="page-links"><a href="${t.backHref}">${esc(t.back)}</a> · <a href="./${t.other}" hreflang="${t.otherLang}" lang="${t.otherLang}">${esc(t.otherName)}</a></p>
</div>
</header>
<main id="main" class="wrap">
<p>${fill(t.asOf, { date: DATE, reviewed })} ${esc(t.officialOnly)}</p>
<nav id="regions" aria-labelledby="regions-heading" tabindex="-1"><h2 id="regions-heading">${esc(t.regions)}</h2>
<ul class="region-list">${order.map((p) => `<li><a href="#r-${esc(p.region.code)}">${esc(p.region.name[lang])}</a></li>`).join('')}</ul></nav>
${order.map((p) => regionHtml(t, lang, p)).join('\n')}
</main>
</body>
</html>
`;
}

for (const lang of ['zh-CN', 'en']) {
  const html = page(lang);
  writeFileSync(new URL(`demo/${T[lang].file}`, root), html);
  console.log(`demo/${T[lang].file}: ${packs.length} regions, ${html.length} bytes (rules in force on ${DATE})`);
}
