#!/usr/bin/env node
// What each shipped region answers (issue 10): for every region × scheme × category × stay date, an
// inpatient stay of 100000 元 at a 三级 hospital, all in scope, is either
//   exact    — no unpublished local number can change the out-of-pocket figure;
//   range    — a bounded estimate: the central figure, the out-of-pocket range [low, high], its width
//              as a % of the bill, and the unknowns that moved it (output field `unknowns`);
//   REFUSED  — an error (e.g. param-missing / series-missing): the national layer should never let
//              this happen for a region, so any refusal makes the exit code non-zero.
//
// Usage: npm run build:cli && node scripts/pack-coverage.mjs [--markdown] [--unknowns]
//        KIND=outpatient-special LEVEL=secondary TOTAL=50000 node scripts/pack-coverage.mjs
//   default      one line per region × scheme × category × date
//   --unknowns   also name the bounded cells behind each range (key[cell])
//   --markdown   the table, as included in docs/packs.md
// Exit code 1 when any combination is refused.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const e = await import(path.join(root, 'dist/cli/engine.mjs'));
const args = new Set(process.argv.slice(2));
const DATES = ['2025-06-01', '2026-06-01'];
const KIND = process.env.KIND ?? 'inpatient';
const LEVEL = process.env.LEVEL ?? 'tertiary';
const TOTAL = process.env.TOTAL ?? '100000';

const cellText = (cell) => {
  const v = Object.entries(cell ?? {}).filter(([d]) => !['scheme', 'kind', 'level', 'category'].includes(d)).map(([d, x]) => `${d}=${x}`);
  return v.length ? `[${v.join(',')}]` : '';
};
/** Width of the out-of-pocket range as a % of the bill, one decimal. */
const widthPct = (r) => ((Number(r.high) - Number(r.low)) / Number(TOTAL) * 100).toFixed(1);

function run(packs, code, scheme, cat, date) {
  const input = {
    region: code,
    person: { scheme, age: 40, categories: cat === 'none' ? [] : [cat] },
    visits: [{ kind: KIND, date, hospitalLevel: LEVEL, total: TOTAL }],
  };
  const out = e.estimateSync(input, packs);
  if (out.format === 'yibao.error.v1') {
    const err = out.errors[0];
    const what = err.params?.key ? `${err.params.key}${err.params.cell ? cellText(JSON.parse(err.params.cell)) : ''}` : JSON.stringify(err.params ?? {});
    return { state: 'refused', text: `REFUSED ${err.code} ${what}` };
  }
  const t = out.totals;
  if (t.exact) return { state: 'exact', text: `exact ${t.outOfPocket}`, out };
  const r = t.range.outOfPocket;
  const unknowns = out.unknowns.map((u) => `${u.key}${cellText(u.cell)}`);
  return {
    state: 'range', width: widthPct(r), unknowns, out,
    text: `range ${t.outOfPocket} (${r.low}–${r.high}; width ${widthPct(r)} % of the bill)`,
  };
}

const rows = [];
for (const entry of e.PACK_CATALOG) {
  const chain = await e.loadPackChain(entry.code);
  const packs = [...new Set(chain.values())];
  const top = chain.get(entry.code) ?? packs[0];
  const cats = ['none', ...(packs.find((p) => p.categories.length)?.categories ?? []).map((c) => c.id)];
  for (const date of DATES) {
    for (const scheme of top.schemes) {
      for (const cat of cats) {
        let r;
        try {
          r = run(packs, entry.code, scheme, cat, date);
        } catch (err) {
          r = { state: 'refused', text: `REFUSED (threw) ${err?.message ?? err}` };
        }
        rows.push({ code: entry.code, name: entry.name['zh-CN'], level: entry.level, date, scheme, cat, ...r });
      }
    }
  }
}

const unk = (r) => (args.has('--unknowns') && r.unknowns?.length ? ` — ${r.unknowns.join(', ')}` : '');
if (args.has('--markdown')) {
  console.log(`| region | stay date | scheme | category | result (${KIND} ${TOTAL} 元, ${LEVEL}) |`);
  console.log('|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.code} ${r.name} | ${r.date} | ${r.scheme} | ${r.cat} | ${r.text}${unk(r)} |`);
} else {
  for (const r of rows) console.log(`${r.date} ${r.code} ${r.name} ${r.scheme} ${r.cat}: ${r.text}${unk(r)}`);
}
const count = (s) => rows.filter((r) => r.state === s).length;
const widths = rows.filter((r) => r.state === 'range').map((r) => Number(r.width)).sort((a, b) => a - b);
const median = widths.length ? widths[Math.floor((widths.length - 1) / 2)] : 0;
console.log(`\n${rows.length} combinations (${KIND} ${TOTAL} 元, ${LEVEL}): ${count('exact')} exact; ${count('range')} range`
  + (widths.length ? ` (width ${widths[0]}–${widths[widths.length - 1]} % of the bill, median ${median} %)` : '')
  + `; ${count('refused')} refused`);
// Issue 11's yardstick: city packs exact for an ordinary adult resident's first stay (this kind, level
// and bill; by default 三级 住院 of 100000) in 2025.
const yard = rows.filter((r) => r.date === DATES[0] && r.scheme === 'resident' && r.cat === 'none' && r.level !== 'national' && r.level !== 'province');
const yardExact = yard.filter((r) => r.state === 'exact');
console.log(`city packs exact for an ordinary adult resident's first ${LEVEL} ${KIND} stay of ${TOTAL} 元 in ${DATES[0].slice(0, 4)}: ${yardExact.length} of ${yard.length}`
  + (yardExact.length ? ` (${yardExact.map((r) => `${r.name} ${r.code}`).join(', ')})` : ''));
process.exitCode = count('refused') ? 1 : 0;
