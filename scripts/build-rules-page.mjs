// Builds demo/rules.html: every shipped region pack, parameter, dated value, status, citation and
// source, as static HTML (no scripts, no inline styles; styles in demo/rules.css) — so a hotline
// agent or webmaster can see why a number is what it is. Run: node scripts/build-rules-page.mjs
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { importTs } from './import-ts.mjs';

const root = new URL('../', import.meta.url);
const dataDir = new URL('src/packs/data/', root);
const packs = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(readFileSync(new URL(f, dataDir), 'utf8')));
const byId = new Map(packs.map((p) => [p.id, p]));
// The engine's own rule for which sources may be linked (content farms never are): bundled from
// src/packs/source-trust.ts so this page and the widget decide alike.
const { isLinkable } = await importTs('src/packs/source-trust.ts');
const linked = (s, text) => (s?.url && isLinkable(s) ? `<a href="${esc(s.url)}" rel="noopener noreferrer">${esc(text)}</a>` : esc(text));
const registry = readFileSync(new URL('src/packs/registry.ts', root), 'utf8');
const labels = {};
for (const m of registry.matchAll(/'([a-zA-Z.]+)': \{ dims: \[[^\]]*\], leaf: '[^']*', label: L\('([^']*)', '([^']*)'\)/g)) labels[m[1]] = { zh: m[2], en: m[3] };

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const STATUS = { stated: '文件明确规定 stated', official: '官方公布数值 official', derived: '按规定推算 derived', assumed: '假定值 assumed', estimated: '估计值 estimated' };
const statusTag = (s) => `<span class="status status-${esc(s)}">${esc(STATUS[s] ?? s)}</span>`;

function leafText(v) {
  if (v === null) return '不设上限 / none';
  if (typeof v === 'boolean') return v ? '是 / yes' : '否 / no';
  if (typeof v === 'string') return v;
  if (v && v.bands) return v.bands.map((b) => `${b.from}+ : ${b.rate}`).join('; ');
  if (v && v.derive) { const d = v.derive; return `${d.rate} × ${d.series} (${d.yearOffset === 1 ? '上年' : '上上年'}, rounding ${d.rounding})${d.official ? `, official ${d.official}` : ''}`; }
  return '';
}
function valueHtml(v) {
  if (v === null || typeof v !== 'object' || v.bands || v.derive) return `<code>${esc(leafText(v))}</code>`;
  return `<ul class="table">${Object.entries(v).map(([k, x]) => `<li><span class="dim">${esc(k)}</span> ${valueHtml(x)}</li>`).join('')}</ul>`;
}
function sourceOf(pack, id) {
  for (let p = pack; p; p = byId.get(p.extends)) if (p.sources[id]) return p.sources[id];
  return undefined;
}
function citeHtml(pack, c) {
  const s = sourceOf(pack, c.source);
  const title = s ? `${s.title}${s.docNumber ? `（${s.docNumber}）` : ''}` : c.source;
  const link = linked(s, title);
  return `<li>${link} <span class="rel">[${esc(s?.reliability ?? '?')}]</span>, ${esc(c.clause)}${c.quote ? `<blockquote lang="zh-CN">${esc(c.quote)}</blockquote>` : ''}${c.note ? `<p class="note">${esc(c.note)}</p>` : ''}</li>`;
}
function entryHtml(pack, e) {
  const mods = (e.modifiers ?? []).map((m) => `<li>${esc(m.label['zh-CN'])} / ${esc(m.label.en)} — <code>${esc(m.op)}${m.value !== undefined ? ` ${esc(m.value)}` : ''}</code> ${statusTag(m.status)}<ul class="cites">${m.cite.map((c) => citeHtml(pack, c)).join('')}</ul></li>`).join('');
  return `<tr><td>${esc(e.from)} → ${esc(e.to ?? '')}</td><td>${valueHtml(e.value)}${mods ? `<p>例外 / modifiers:</p><ul class="mods">${mods}</ul>` : ''}</td><td>${statusTag(e.status)}${e.note ? `<p class="note">${esc(e.note)}</p>` : ''}</td><td><ul class="cites">${e.cite.map((c) => citeHtml(pack, c)).join('')}</ul></td></tr>`;
}
function packHtml(p) {
  const chain = [];
  for (let q = p; q; q = byId.get(q.extends)) chain.push(q.id);
  const params = Object.entries(p.parameters).map(([k, es]) => `<section class="param" id="${esc(p.id)}-${esc(k)}"><h4>${esc(labels[k]?.zh ?? k)} <span lang="en">${esc(labels[k]?.en ?? '')}</span> <code>${esc(k)}</code></h4>
<table><thead><tr><th scope="col">有效期 / in force</th><th scope="col">数值 / value</th><th scope="col">状态 / status</th><th scope="col">依据 / source</th></tr></thead><tbody>${es.map((e) => entryHtml(p, e)).join('')}</tbody></table></section>`).join('\n');
  const missing = Object.keys(labels).filter((k) => !chain.some((id) => byId.get(id).parameters[k]));
  const series = Object.entries(p.series ?? {}).map(([id, s]) => `<li><code>${esc(id)}</code> ${esc(s.label['zh-CN'])}: ${Object.keys(s.points).length ? Object.entries(s.points).map(([y, pt]) => `${esc(y)}: ${esc(pt.value)} ${statusTag(pt.status)}`).join('; ') : '<strong>未找到任何年份 / no year published</strong>'}</li>`).join('');
  const sources = Object.entries(p.sources).map(([id, s]) => `<li id="${esc(p.id)}-src-${esc(id)}"><code>${esc(id)}</code> ${linked(s, s.title)}${s.docNumber ? `（${esc(s.docNumber)}）` : ''} — ${esc(s.issuer)}, ${esc(s.date)} <span class="rel">[${esc(s.reliability)}]</span>${s.archived ? ` · 存档 archived: <code>src/policy/${esc(s.archived)}</code>` : ''}${s.note ? `<p class="note">${esc(s.note)}</p>` : ''}</li>`).join('');
  const cats = p.categories.map((c) => `<li><strong>${esc(c.localClass['zh-CN'])} ${esc(c.name['zh-CN'])}</strong> (${esc(c.name.en)}) — ${esc(c.description['zh-CN'])} <em>${c.access === 'application' ? '依申请 by application' : '一站式 automatic'}</em></li>`).join('');
  const g = p.guidance;
  return `<article class="pack" id="${esc(p.region.code)}" aria-labelledby="h-${esc(p.id)}">
<h2 id="h-${esc(p.id)}">${esc(p.region.name['zh-CN'])} <span lang="en">${esc(p.region.name.en)}</span> <code>${esc(p.region.code)}</code></h2>
<p>${esc(p.title['zh-CN'])}</p><p lang="en">${esc(p.title.en)}</p>
<dl><dt>规则包 / pack</dt><dd><code>${esc(p.id)}@${esc(p.version)}</code> (${esc(p.kind)})</dd><dt>继承 / layers</dt><dd>${chain.map((id) => `<a href="#${esc(byId.get(id).region.code)}">${esc(id)}</a>`).join(' → ')}</dd>
<dt>参保类型 / schemes</dt><dd>${esc(p.schemes.join(', '))}</dd><dt>最近核对 / last reviewed</dt><dd>${esc(p.lastReviewed)}</dd></dl>
${missing.length ? `<details><summary>本地区未设置的参数（测算需要时会明确停止）/ Parameters unset in this chain (an estimate that needs one stops with a clear message): ${missing.length}</summary><ul>${missing.map((k) => `<li>${esc(labels[k].zh)} <code>${esc(k)}</code></li>`).join('')}</ul></details>` : ''}
${g ? `<section><h3>怎么获得救助 / How help is obtained</h3><p>${esc(g.howToGet['zh-CN'])}</p>${g.applyAt ? `<p>申请地点 / apply at: ${esc(g.applyAt['zh-CN'])}</p>` : ''}${g.serviceLine ? `<p>服务热线 / service line: ${esc(g.serviceLine)}</p>` : ''}<p class="note">${esc(g.notCovered['zh-CN'])}</p></section>` : ''}
${cats ? `<section><h3>救助类别 / Assistance categories</h3><ul>${cats}</ul></section>` : ''}
${series ? `<section><h3>收入数据 / Income series</h3><ul>${series}</ul></section>` : ''}
<section><h3>参数 / Parameters</h3>${params || '<p>（本层没有参数）</p>'}</section>
<section><h3>来源 / Sources</h3><ul>${sources}</ul></section>
</article>`;
}

const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>规则包一览 — 医保三重制度报销测算 / Rule packs</title>
<link rel="stylesheet" href="rules.css">
</head>
<body>
<header><h1>规则包一览 <span lang="en">Rule packs: every number and why</span></h1>
<p>每个地区的每个参数、历次取值、状态（文件明确规定 / 官方公布 / 推算 / 假定 / 估计）和出处。生成自 <code>src/packs/data/*.json</code>（<code>node scripts/build-rules-page.mjs</code>）。</p>
<p lang="en">Each region's parameters, their dated values, status and sources, generated from the shipped packs. "Assumed" values are floors or ranges from higher documents, not the region's own figures. A region not listed here has no data: the estimator refuses it rather than use another region's rules.</p>
<nav aria-label="地区 regions"><ul>${packs.map((p) => `<li><a href="#${esc(p.region.code)}">${esc(p.region.name['zh-CN'])} ${esc(p.region.code)}</a></li>`).join('')}</ul></nav>
</header>
<main>
${packs.map(packHtml).join('\n')}
</main>
</body>
</html>
`;
writeFileSync(new URL('demo/rules.html', root), html);
console.log(`demo/rules.html: ${packs.length} packs, ${html.length} bytes`);
