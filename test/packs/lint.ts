// Pack linter: checks shipped rule packs beyond what validatePack enforces — citations, sources,
// archived quotes, chains, and bounds set by higher documents (吉政办发〔2022〕16号). Pure functions;
// the test (lint.test.ts) feeds it the packs and the archived policy texts.
import { validatePack, type RulePack } from '../../src/index.js';
import { Dec } from '../../src/money/decimal.js';
import { sourceTrustProblems } from '../../src/packs/source-trust.js';

export interface LintIssue { pack: string; path: string; problem: string }
const norm = (s: string) => s.replace(/\s+/g, '');

type Cite = { source: string; clause: string; quote?: string; note?: string };
function* cites(p: RulePack): Generator<[string, Cite]> {
  for (const [k, es] of Object.entries(p.parameters)) {
    for (const [i, e] of es.entries()) {
      for (const [j, c] of e.cite.entries()) yield [`parameters.${k}[${i}].cite[${j}]`, c];
      for (const [m, mod] of (e.modifiers ?? []).entries()) for (const [j, c] of mod.cite.entries()) yield [`parameters.${k}[${i}].modifiers[${m}].cite[${j}]`, c];
    }
  }
  for (const [sid, s] of Object.entries(p.series ?? {})) for (const [y, pt] of Object.entries(s.points)) for (const [j, c] of pt.cite.entries()) yield [`series.${sid}.points.${y}.cite[${j}]`, c];
  for (const [j, c] of (p.guidance?.cite ?? []).entries()) yield [`guidance.cite[${j}]`, c];
}

/** The layer chain of a pack, nearest first, from the shipped set. */
export function chainOf(p: RulePack, all: Map<string, RulePack>): RulePack[] {
  const out = [p];
  let cur = p;
  while (cur.extends) {
    const next = all.get(cur.extends);
    if (!next || out.includes(next)) break;
    out.push(next);
    cur = next;
  }
  return out;
}

export function lintPacks(packs: RulePack[], archive: Record<string, string>): LintIssue[] {
  const issues: LintIssue[] = [];
  const all = new Map(packs.map((p) => [p.id, p]));
  const fail = (pack: string, path: string, problem: string) => issues.push({ pack, path, problem });
  for (const p of packs) {
    const v = validatePack(p);
    if (!v.ok) for (const i of v.issues) fail(p.id, i.path, `validatePack: ${i.problem}`);
    if (p.extends && !all.has(p.extends)) fail(p.id, 'extends', `parent ${p.extends} is not shipped`);
    if (p.kind === 'test') fail(p.id, 'kind', 'a shipped pack may not be a test pack');
    // Every bounded number says, in both languages, where its bounds come from (shown to the person).
    const walk = (x: unknown, path: string): void => {
      if (!x || typeof x !== 'object') return;
      const o = x as Record<string, unknown>;
      if ('range' in o && o.range && typeof o.range === 'object') {
        const b = (o.range as { basis?: { 'zh-CN'?: string; en?: string } }).basis;
        if (!b?.['zh-CN'] || !b.en) fail(p.id, `${path}.range.basis`, 'a range needs its basis in zh-CN and en');
        return;
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    walk(p.parameters, 'parameters');
    walk(p.series ?? {}, 'series');
    const chain = chainOf(p, all);
    const sourceOf = (id: string) => chain.map((l) => l.sources[id]).find(Boolean);
    // Sources: reliability never UNRELIABLE (not even a tag), URL or archived text, archived file exists.
    for (const [id, s] of Object.entries(p.sources)) {
      if (!s.url && !s.archived) fail(p.id, `sources.${id}`, 'needs a URL or archived text');
      if (s.archived && archive[s.archived] === undefined) fail(p.id, `sources.${id}.archived`, `src/policy/${s.archived} not found`);
      if (s.reliability === 'TEST') fail(p.id, `sources.${id}.reliability`, 'TEST sources are for test packs only');
      // Reliability matches the URL's kind; no spam host; content farms only as SEC (src/packs/source-trust.ts).
      for (const problem of sourceTrustProblems(s)) fail(p.id, `sources.${id}.url`, problem);
      // Shared sources live once: a layer below that defines the same document is cited instead.
      const below = chain.slice(1).find((l) => Object.prototype.hasOwnProperty.call(l.sources, id));
      if (below && JSON.stringify(below.sources[id]) === JSON.stringify(s)) fail(p.id, `sources.${id}`, `repeats ${below.id}'s source verbatim: cite it from there`);
      if (/UNRELIABLE|jiusongjiankang|hzbdd|bkwk|meicimeiju|seridoat|laruise|pdpei|good9527/i.test(JSON.stringify(s))) fail(p.id, `sources.${id}`, 'an [UNRELIABLE] source');
    }
    // Citations: the source exists in the chain; a quote is verbatim in the archived text; no quote → a note says why.
    for (const [path, c] of cites(p)) {
      const s = sourceOf(c.source);
      if (!s) { fail(p.id, path, `unknown source ${c.source}`); continue; }
      if (c.quote !== undefined) {
        if (s.archived && archive[s.archived] !== undefined && !norm(archive[s.archived]!).includes(norm(c.quote))) {
          fail(p.id, path, `quote not found in src/policy/${s.archived}: ${c.quote.slice(0, 40)}`);
        }
      } else if (!c.note) fail(p.id, path, 'no quote and no note saying why');
      if (s.archived && c.quote === undefined && !c.note) fail(p.id, path, 'the source is archived: quote it');
    }
    // Every entry has a status (validatePack) and, when its status is assumed/estimated, a note.
    for (const [k, es] of Object.entries(p.parameters)) {
      es.forEach((e, i) => {
        if ((e.status === 'assumed' || e.status === 'estimated') && !e.note && !e.cite.some((c) => c.note)) fail(p.id, `parameters.${k}[${i}]`, `${e.status} without a note saying why`);
      });
      // No overlapping date ranges (validatePack checks too; re-checked here over the sorted list).
      const spans = es.map((e) => [e.from, e.to ?? '9999-12-31'] as const).sort((a, b) => a[0].localeCompare(b[0]));
      for (let i = 1; i < spans.length; i++) if (spans[i]![0] < spans[i - 1]![1]) fail(p.id, `parameters.${k}`, 'overlapping date ranges');
    }
    if (p.region.code.startsWith('22') && p.kind === 'region') lintJilin(p, chain, fail);
  }
  return issues;
}

/** 吉政办发〔2022〕16号 bounds on every 吉林 pack's 救助 parameters (own entries; the chain for series). */
function lintJilin(p: RulePack, chain: RulePack[], fail: (pack: string, path: string, problem: string) => void): void {
  const floors: Record<string, string> = {
    'extreme-poverty': '1', orphan: '1', subsistence: '0.7', 'returned-to-poverty': '0.7',
    'near-subsistence': '0.6', 'rural-at-risk': '0.6', 'illness-impoverished': '0.5',
  };
  (p.parameters['assistance.rate'] ?? []).forEach((e, i) => {
    const t = e.value as Record<string, unknown>;
    for (const [cat, floor] of Object.entries(floors)) {
      const cell = t[cat] ?? t['*'];
      if (cell === undefined) continue;
      const leaves: [string, unknown][] = typeof cell === 'object' && cell !== null ? Object.entries(cell) : [['*', cell]];
      for (const [kind, r] of leaves) {
        if (typeof r !== 'string') continue;
        const f = kind === 'outpatient-chronic' ? '0.5' : floor; // 门诊慢性病: 一/二类 ≥50 %
        if (new Dec(r).lessThan(f)) fail(p.id, `parameters.assistance.rate[${i}].${cat}.${kind}`, `${r} is below the 16号 floor ${f}`);
        if (['extreme-poverty', 'orphan'].includes(cat) && kind !== 'outpatient-chronic' && !new Dec(r).equals(1)) fail(p.id, `parameters.assistance.rate[${i}].${cat}.${kind}`, '一类 must be 100 %');
      }
    }
  });
  (p.parameters['assistance.deductible'] ?? []).forEach((e, i) => {
    const t = e.value as Record<string, unknown>;
    for (const cat of ['extreme-poverty', 'orphan']) {
      const v = t[cat];
      if (typeof v === 'string' && !new Dec(v).isZero()) fail(p.id, `parameters.assistance.deductible[${i}].${cat}`, '一类 has no deductible (16号)');
    }
    // 二类 起付 ≤ 5 % of the 统筹地区 previous-year income, where that income is in the chain.
    for (const cat of ['subsistence', 'returned-to-poverty']) {
      const v = t[cat];
      if (typeof v === 'object' && v !== null && 'derive' in v && new Dec((v as { derive: { rate: string } }).derive.rate).greaterThan('0.05')) fail(p.id, `parameters.assistance.deductible[${i}].${cat}`, '二类 起付 above 5 % of income');
      if (typeof v !== 'string' || new Dec(v).isZero()) continue;
      const series = chain.map((l) => l.series?.['local-income']).find(Boolean);
      const year = String(parseInt(e.from.slice(0, 4), 10) - 1);
      const point = series?.points[year];
      const income = point && 'value' in point ? point.value : undefined;
      if (income !== undefined && new Dec(v).greaterThan(new Dec(income).times('0.05'))) fail(p.id, `parameters.assistance.deductible[${i}].${cat}`, `${v} is above 5 % of ${year} income ${income}`);
    }
  });
}
