#!/usr/bin/env node
// What each shipped region can estimate today: for every region × scheme × category × date ×
// hospital level (an inpatient stay of 120000 元 at a 三级 and a 二级 hospital), either OK or the
// list of parameters the pack still lacks. Each missing cell is filled with a placeholder (as the
// widget's "supplied by you" layer would) and the estimate retried, so the list is complete, not
// just the first refusal. Missing items are tagged:
//   number     — a local figure (money, ratio, band scale): the person may supply it ("supplied by you")
//   income     — an income year not published (series-missing): the derived figure may be supplied
//   STRUCTURAL — a switch, pool or mode (bool / enum / pool): a person cannot supply it — a pack bug
//
// Usage: npm run build:cli && node scripts/pack-coverage.mjs [--markdown] [--full]
//        KIND=outpatient-special node scripts/pack-coverage.mjs   (another visit kind; default inpatient)
//   default      one line per region × scheme × date × level, categories with identical results merged
//   --full       one line per region × scheme × category × date × level
//   --markdown   the merged table, as included in docs/packs.md
// Exit code 1 when any STRUCTURAL item is missing.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const e = await import(path.join(root, 'dist/cli/engine.mjs'));
const args = new Set(process.argv.slice(2));
const DATES = ['2025-06-01', '2026-06-01'];
const LEVELS = ['tertiary', 'secondary'];
const TODAY = '2026-11-26';
const KIND = process.env.KIND ?? 'inpatient'; // other visit kinds: KIND=outpatient-special …

const kindOf = (key) => {
  const leaf = e.PARAMS[key].leaf;
  return leaf === 'bool' || leaf === 'pool' || leaf.startsWith('enum:') ? 'STRUCTURAL' : 'number';
};
const placeholder = (key) => {
  const leaf = e.PARAMS[key].leaf;
  if (leaf.startsWith('enum:')) return leaf.slice(5).split('|')[0];
  if (leaf === 'bool') return true;
  if (leaf === 'pool') return 'main';
  if (leaf.startsWith('rate')) return '0.5';
  if (leaf === 'scale') return { bands: [{ from: '0', rate: '0.6' }] };
  return '1000';
};

/** The parameter whose derivation needs `series` (for a series-missing fault). */
function derivedKeyFor(packs, series, date) {
  for (const p of packs) {
    for (const [key, entries] of Object.entries(p.parameters)) {
      for (const en of entries) {
        if (en.from > date || (en.to && date >= en.to)) continue;
        if (JSON.stringify(en.value).includes(`"series":"${series}"`)) return key;
      }
    }
  }
  return undefined;
}

async function run(code, scheme, cat, date, level) {
  const chain = await e.loadPackChain(code);
  const packs = [...new Set(chain.values())];
  const top = chain.get(code) ?? packs[0];
  const values = [];
  const missing = [];
  for (let i = 0; i < 60; i++) {
    const pack = values.length ? e.userValuesPack(top, values, TODAY) : undefined;
    const input = {
      ...(pack ? { pack } : { region: code }),
      person: { scheme, age: 40, categories: cat === 'none' ? [] : [cat] },
      visits: [{ kind: KIND, date, hospitalLevel: level, total: '120000' }],
    };
    const out = e.estimateSync(input, packs);
    if (out.format !== 'yibao.error.v1') return { missing, out };
    const err = out.errors[0];
    if (err.code === 'param-missing') {
      const key = err.params.key;
      const cell = JSON.parse(err.params.cell);
      missing.push({ kind: kindOf(key), text: `${key}${cellText(cell)}` });
      values.push({ key, cell, value: placeholder(key) });
    } else if (err.code === 'series-missing') {
      const key = derivedKeyFor(packs, err.params.series, date);
      missing.push({ kind: 'income', text: `${err.params.series} ${err.params.year}${key ? ` (→ ${key})` : ''}` });
      if (!key) break;
      const ctx = { scheme, kind: KIND, level, place: 'local', category: cat };
      const cell = Object.fromEntries(e.PARAMS[key].dims.filter((d) => ctx[d]).map((d) => [d, ctx[d]]));
      values.push({ key, cell, value: placeholder(key) });
    } else {
      missing.push({ kind: 'STRUCTURAL', text: `${err.code} ${JSON.stringify(err.params ?? {})}` });
      break;
    }
  }
  return { missing };
}

const cellText = (cell) => {
  const v = Object.entries(cell).map(([d, x]) => `${d}=${x}`);
  return v.length ? `[${v.join(',')}]` : '';
};
/** The item without the dimensions every row already names (scheme, kind, level, category). */
const short = (m) => {
  const t = m.text.replace(/\[([^\]]*)\]/, (_, inner) => {
    const keep = inner.split(',').filter((p) => !/^(scheme|kind|level|category)=/.test(p));
    return keep.length ? `[${keep.join(',')}]` : '';
  });
  return m.kind === 'number' ? t : `${m.kind}:${t}`;
};
const describe = (m) => (m.length ? m.map((x) => (x.kind === 'number' ? x.text : `${x.kind}:${x.text}`)).join(' | ') : 'OK');

const rows = [];
let structural = 0;
for (const entry of e.PACK_CATALOG) {
  const chain = await e.loadPackChain(entry.code);
  const packs = [...new Set(chain.values())];
  const top = chain.get(entry.code) ?? packs[0];
  const cats = ['none', ...(packs.find((p) => p.categories.length)?.categories ?? []).map((c) => c.id)];
  for (const date of DATES) {
    for (const scheme of top.schemes) {
      for (const level of LEVELS) {
        for (const cat of cats) {
          const { missing } = await run(entry.code, scheme, cat, date, level);
          structural += missing.filter((m) => m.kind === 'STRUCTURAL').length;
          rows.push({ code: entry.code, name: entry.name['zh-CN'], date, scheme, level, cat, missing, result: describe(missing) });
        }
      }
    }
  }
}

if (args.has('--full')) {
  for (const r of rows) console.log(`${r.date} ${r.code} ${r.scheme} ${r.level} ${r.cat}: ${describe(r.missing)}`);
} else {
  // Per region × date × scheme × level: what every category lacks, then what single categories lack
  // besides; rows with identical text are merged across levels and schemes.
  const groups = new Map();
  for (const r of rows) {
    const k = `${r.code}|${r.date}|${r.scheme}|${r.level}`;
    if (!groups.has(k)) groups.set(k, { ...r, byCat: [] });
    groups.get(k).byCat.push([r.cat, r.missing.map(short)]);
  }
  const lines = [];
  for (const g of groups.values()) {
    const common = g.byCat[0][1].filter((x) => g.byCat.every(([, m]) => m.includes(x)));
    const extras = new Map();
    for (const [cat, m] of g.byCat) {
      const extra = m.filter((x) => !common.includes(x)).join(', ');
      if (extra) extras.set(extra, [...(extras.get(extra) ?? []), cat]);
    }
    const parts = [];
    parts.push(common.length ? `all: ${common.join(', ')}` : 'all: OK');
    for (const [extra, cats] of extras) parts.push(`${cats.join('/')}: +${extra}`);
    const text = parts.join('; ');
    const prev = lines.find((l) => l.code === g.code && l.date === g.date && l.text === text && (l.scheme === g.scheme || l.levels.includes(g.level)));
    if (prev) {
      if (!prev.levels.includes(g.level)) prev.levels.push(g.level);
      if (!prev.schemes.includes(g.scheme)) prev.schemes.push(g.scheme);
    } else lines.push({ code: g.code, name: g.name, date: g.date, scheme: g.scheme, schemes: [g.scheme], levels: [g.level], text });
  }
  const lv = { tertiary: '三级', secondary: '二级' };
  if (args.has('--markdown')) {
    console.log('| region | stay date | scheme · level | still missing (all = every category; category: + what it lacks besides) |');
    console.log('|---|---|---|---|');
    for (const l of lines) console.log(`| ${l.code} ${l.name} | ${l.date} | ${l.schemes.join('/')} · ${l.levels.map((x) => lv[x]).join('/')} | ${l.text} |`);
  } else {
    for (const l of lines) console.log(`${l.date} ${l.code} ${l.name} ${l.schemes.join('/')} ${l.levels.map((x) => lv[x]).join('/')}: ${l.text}`);
  }
}
console.log(`\n${rows.length} combinations; ${rows.filter((r) => r.result === 'OK').length} OK; structural items missing: ${structural}`);
process.exitCode = structural ? 1 : 0;
