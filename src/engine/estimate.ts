// estimate(): the one entry point the CLI, the widgets and the tests share. JSON in, JSON out.
import { Dec, ZERO, fen } from '../money/decimal.js';
import type {
  Assumption, Corner, EstimateError, EstimateOutput, EstimateResult, FigureRange, Lang, Notice, ParamRead, TierFigures,
  Unknown, VisitOutput, VisitResult,
} from '../model/io.js';
import { ageOn, normaliseInput, type InputFault } from '../contract/validate-input.js';
import { PackChain } from '../packs/resolve.js';
import { PARAMS, type ParamKey } from '../packs/registry.js';
import type { CategoryDim } from '../model/vocabulary.js';
import type { RulePack } from '../model/rulepack.js';
import { validateOnce } from '../packs/validated.js';
import { engineFaultPath, missingDims, packInvalidFaults } from './pack-faults.js';
import { assertBasicWithinScope } from './invariants.js';
import { createTranslator, type Translate } from '../i18n/translator.js';
import { EngineFault } from '../model/fault.js';
import { candidateOrder, settleEachIdentity, type IdentityRun } from './identity.js';
import { settleVisits, type YearRun } from './pipeline.js';
import { packHash } from './hash.js';
import { formatValue } from './render-text.js';
import type { LocalText } from '../model/vocabulary.js';
import type { RegionOutput } from '../model/io.js';
import { cityCodeOf, regionLevel, resolveRegion, type RegionAnswer } from '../regions/code.js';

export const ENGINE_VERSION = '0.1.0';

/** Finds a shipped (already loaded) pack by region code or pack id. */
export type PackLookup = (idOrCode: string) => RulePack | undefined;

export function packLookup(packs: Iterable<RulePack>): PackLookup {
  const byKey = new Map<string, RulePack>();
  for (const p of packs) {
    // Packs from a host are unchecked here (validated when used): index only what is there.
    const code = (p as { region?: { code?: unknown } } | null)?.region?.code;
    if (typeof p?.id === 'string') byKey.set(p.id, p);
    if (typeof code === 'string') byKey.set(code, p);
  }
  return (k) => byKey.get(k);
}

export interface EstimateDeps {
  packs: PackLookup;
  /** Locale bundles by language: { engine: {...} }. */
  locales: Partial<Record<Lang, Record<string, unknown>>>;
  /** Names of regions without a pack of their own (the full GB/T 2260 table, when loaded). */
  regionName?: (code: string) => LocalText | undefined;
}

const translators = new WeakMap<object, Translate>();
const chainCache = new WeakMap<RulePack, PackChain>();
function translatorFor(lang: Lang, deps: EstimateDeps): Translate {
  const bundle = deps.locales[lang] ?? deps.locales['zh-CN']!;
  let t = translators.get(bundle);
  if (!t) {
    t = createTranslator(lang, { engine: bundle });
    translators.set(bundle, t);
  }
  return t;
}

function errorResult(t: Translate, faults: InputFault[]): EstimateError {
  return {
    format: 'yibao.error.v1',
    errors: faults.map((f) => ({
      code: f.code, path: f.path,
      message: t(`error.${f.code}`, { path: f.path || '$', ...(f.params ?? {}) }),
      ...(f.params ? { params: f.params } : {}),
    })),
  };
}

/** Builds the layer chain (nearest first), validating every layer and its citations. */
export function buildChain(top: RulePack, packs: PackLookup, t?: Translate): PackChain | InputFault[] {
  const layers: RulePack[] = [top];
  const seen = new Set([top.id]);
  let cur = top;
  while (cur.extends) {
    const parentRaw = packs(cur.extends);
    if (!parentRaw) return [{ code: 'pack.missing-parent', path: 'pack.extends', params: { pack: cur.id, parent: cur.extends } }];
    if (seen.has(parentRaw.id)) return [{ code: 'pack.cycle', path: 'pack.extends', params: { pack: cur.id } }];
    const v = validateOnce(parentRaw);
    if (!v.ok) return packInvalidFaults(v.issues, (p) => `${parentRaw.id}:${p}`, t);
    seen.add(parentRaw.id);
    layers.push(parentRaw);
    cur = parentRaw;
  }
  const chain = new PackChain(layers);
  for (const l of layers) {
    const cites = [
      ...Object.values(l.parameters).flatMap((es) => es.flatMap((e) => [...e.cite, ...(e.modifiers ?? []).flatMap((m) => m.cite)])),
      ...Object.values(l.series ?? {}).flatMap((s) => Object.values(s.points).flatMap((p) => p.cite)),
      ...(l.guidance?.cite ?? []),
    ];
    for (const c of cites) {
      if (!chain.sourceOf(c.source)) return [{ code: 'pack.unknown-source', path: 'pack', params: { pack: l.id, source: c.source } }];
    }
  }
  return chain;
}

function packCategories(chain: PackChain) {
  return chain.layers.find((l) => l.categories.length > 0)?.categories ?? [];
}

export function estimateWith(raw: unknown, deps: EstimateDeps): EstimateResult {
  const langGuess: Lang = (raw as { options?: { lang?: unknown } } | null)?.options?.lang === 'en' ? 'en' : 'zh-CN';
  let t = translatorFor(langGuess, deps);
  try {
    const norm = normaliseInput(raw);
    if (!norm.ok) return errorResult(t, norm.faults);
    const input = norm.input;
    t = translatorFor(input.lang, deps);

    let top: RulePack;
    let answer: RegionAnswer;
    if (input.region !== undefined) {
      // Any GB/T 2260 code: its own pack, else its city's, province's or the national layer.
      const a = resolveRegion(input.region, (c) => deps.packs(c) !== undefined);
      const found = a && deps.packs(a.answeredBy);
      if (!a || !found) return errorResult(t, [{ code: 'input.unknown-region', path: 'region', params: { region: input.region } }]);
      // A pack handed over by the host (.packs, estimateSync) is checked like any other, once per object.
      const v = validateOnce(found);
      if (!v.ok) return errorResult(t, packInvalidFaults(v.issues, (p) => `${typeof found.id === 'string' ? found.id : 'pack'}:${p}`, t));
      top = found;
      answer = a;
    } else {
      const v = validateOnce(input.pack);
      if (!v.ok) return errorResult(t, packInvalidFaults(v.issues, (p) => `pack${p.slice(1)}`, t));
      top = v.pack;
      answer = { asked: top.region.code, code: top.region.code, answeredBy: top.region.code, level: regionLevel(top.region.code) };
    }
    // Shipped packs are immutable objects: their validated chain (and its memo and hash) is reused
    // across estimates — the keystroke path. So is an inline pack passed again as the same object (the
    // widget's supplied-values layer while the values stand): validated once, hashed once.
    let chain = chainCache.get(top);
    // Reuse only while every parent is still the very pack this lookup returns (a host may hand
    // the same top pack over with other parents, e.g. an updated provincial pack).
    if (chain && !chain.layers.every((l, i) => i === 0 || deps.packs(chain!.layers[i - 1]!.extends!) === l)) chain = undefined;
    if (!chain) {
      const built = buildChain(top, deps.packs, t);
      if (Array.isArray(built)) return errorResult(t, built);
      chain = built;
      chainCache.set(top, chain);
    }
    chain.ageUnknownRead = false;

    if (!top.schemes.includes(input.scheme)) {
      return errorResult(t, [{ code: 'input.scheme-not-offered', path: 'person.scheme', params: { scheme: t(`scheme.${input.scheme}`) } }]);
    }
    const cats = packCategories(chain);
    const faults: InputFault[] = [];
    input.categories.forEach((c, i) => {
      if (!cats.some((k) => k.id === c)) faults.push({ code: 'input.unknown-category', path: `person.categories[${i}]`, params: { category: t(`category.${c}`) } });
    });
    if (faults.length) return errorResult(t, faults);

    const person = {
      scheme: input.scheme,
      retired: input.retired,
      ageAt: (date: string) => (input.birthDate ? ageOn(input.birthDate, date) : input.age),
    };
    const order = candidateOrder(input.categories, cats);
    // 就高不就低 at one reading of the unknowns: every identity settled, the least out-of-pocket applied.
    const settleAt = (view: PackChain, withTrace: boolean): Evaluation => {
      const touched = new Set<string>();
      view.touched = touched;
      let e: Evaluation;
      try {
        e = { ...settleEachIdentity(view, person, order, input.visits, input.opening, withTrace), touched };
      } finally {
        view.touched = undefined;
      }
      for (const r of e.runs) {
        assertConservation(r.run.visits);
        assertBasicWithinScope(r.run.visits, input.visits);
      }
      return e;
    };
    const central = settleAt(chain, input.trace);
    const years = input.visits.map((v) => v.date.slice(0, 4));
    const bounded = boundedEstimate(chain, central, settleAt, new Set(years).size < years.length);
    const best = central.best;
    const runs = central.runs;
    const out = buildOutput(chain, top, best, runs, bounded, input.visits[0]!.date, t, regionOutput(answer, top, deps));
    out.warnings.unshift(...regionNotices(out.region, t, deps, input.lang));
    // 依申请救助 (吉政办发〔2022〕16号 五、(八)): if the region's by-application category would leave
    // less to pay than what the person holds now, say so with the figures — "may qualify", never more.
    const byApplication = cats.find((c) => c.access === 'application');
    const appliedRank = cats.find((c) => c.id === best.category)?.rank ?? Number.MAX_SAFE_INTEGER;
    if (byApplication && !input.categories.includes(byApplication.id) && appliedRank > byApplication.rank) {
      // A pack may lack that category's parameters (param-missing / series-missing): then there is
      // no hint, but the person's own estimate stands — the hint must never turn it into an error.
      let alt: YearRun | undefined;
      try {
        alt = settleVisits(chain, person, byApplication.id, input.visits, input.opening, false);
      } catch (e) {
        if (!(e instanceof EngineFault)) throw e;
      }
      const altOop = alt ? alt.visits.reduce((s, v) => s.plus(v.outOfPocket), ZERO) : best.oop;
      if (alt && altOop.lessThan(best.oop)) {
        const run = alt;
        const sumOf = (k: 'assistance' | 'tilt') => fen(run.visits.reduce((s, v) => s.plus(v[k]), ZERO));
        out.applicationHint = {
          category: byApplication.id,
          outOfPocket: fen(altOop),
          assistance: sumOf('assistance'),
          tilt: sumOf('tilt'),
          message: t('hint.may-apply', { category: t(`category.${byApplication.id}`), outOfPocket: fen(altOop), saving: fen(best.oop.minus(altOop)) }),
        };
      }
    }
    return out;
  } catch (e) {
    if (e instanceof EngineFault) {
      const params = { ...e.params };
      if (params.key) params.label = PARAMS[params.key as ParamKey]?.label[langGuess] ?? params.key;
      if (e.code === 'param-missing') params.dims = missingDims(params, t);
      return errorResult(t, [{ code: e.code, path: engineFaultPath(e.code, e.path, params), params }]);
    }
    return errorResult(t, [{ code: 'internal', path: '' }]);
  }
}

/** One reading of the unknowns, settled under each identity; `touched`: the unknowns it read. */
interface Evaluation { runs: Settled[]; best: Settled; touched: ReadonlySet<string> }
type Settled = IdentityRun;

/**
 * The estimate at the ends of the unknowns' bounds: `generous` is the reading that leaves the least
 * to pay, `strict` the most; `moved` lists the unknowns that change the result on their own.
 */
interface Bounded { generous: Settled; strict: Settled; moved: ParamRead[]; read: number }

/**
 * Evaluates the ends only when an unpublished number was read (else the central figures are exact).
 * Within one visit, out-of-pocket is monotone in each bounded parameter (the registry's `generous`
 * direction), so the all-generous and all-strict corners bound it. Across visits of one year it
 * need not be: a more generous ratio on a stay that 救助 covers can shrink the year's 大病 base or
 * use up a shared cap that a later, uncovered stay needed. So from each corner every unknown is
 * turned, one at a time, to its other end: with several visits in a year a turn that moves the total
 * further out is kept (the containment property test checks the result), and an unknown whose turn
 * changes the total at either corner is one that moved the result — knowing it would narrow the range.
 *
 * Probes that cannot change anything are not evaluated (the answer is the same, by construction):
 * an evaluation is a function of the values it read, so turning an unknown the current evaluation
 * did not read (`touched`, memo hits and comparison reads included) gives the same evaluation — no
 * move, nothing kept; and without interacting visits the current evaluation is the corner itself,
 * so an unknown already found to move the result from the strict corner need not be turned again
 * from the generous one (only the set of movers is reported).
 */
function boundedEstimate(
  chain: PackChain, central: Evaluation, settleAt: (c: PackChain, trace: boolean) => Evaluation, visitsInteract: boolean,
): Bounded {
  const unknownReads = (e: Evaluation) => e.runs.flatMap((r) => r.run.reads).filter((r) => r.unknown !== undefined);
  const seen = unknownReads(central);
  if (seen.length === 0) return { generous: central.best, strict: central.best, moved: [], read: 0 };
  let generous = settleAt(chain.at({ all: 'generous' }), false);
  let strict = settleAt(chain.at({ all: 'strict' }), false);
  const byId = new Map<string, ParamRead>();
  for (const r of [...seen, ...unknownReads(generous), ...unknownReads(strict)]) if (!byId.has(r.unknown!.id)) byId.set(r.unknown!.id, r);
  const exact = generous.best.oop.equals(central.best.oop) && strict.best.oop.equals(central.best.oop);
  if (exact) return { generous: generous.best, strict: strict.best, moved: [], read: byId.size };
  const movers = new Set<string>();
  const turn = (start: Evaluation, from: Corner, to: Corner, further: (a: Dec, b: Dec) => boolean): Evaluation => {
    let best = start;
    const set: Record<string, Corner> = {};
    for (const id of byId.keys()) {
      if (!best.touched.has(id)) continue;
      if (!visitsInteract && movers.has(id)) continue;
      const tried = settleAt(chain.at({ all: from, set: { ...set, [id]: to } }), false);
      if (!tried.best.oop.equals(best.best.oop)) movers.add(id);
      if (visitsInteract && further(tried.best.oop, best.best.oop)) {
        set[id] = to;
        best = tried;
      }
    }
    return best;
  };
  strict = turn(strict, 'strict', 'generous', (a, b) => a.greaterThan(b));
  generous = turn(generous, 'generous', 'strict', (a, b) => a.lessThan(b));
  // Jointly but not singly decisive unknowns (rare): name every one read rather than none.
  const moved = movers.size ? [...byId].filter(([id]) => movers.has(id)).map(([, r]) => r) : [...byId.values()];
  return { generous: generous.best, strict: strict.best, moved, read: byId.size };
}

function figures(v: VisitResult): TierFigures {
  return { basic: v.basic, critical: v.critical, assistance: v.assistance, tilt: v.tilt, outOfPocket: v.outOfPocket };
}

function rangeOf(c: Dec, g: Dec, s: Dec, gen: TierFigures, str: TierFigures): FigureRange {
  const low = Dec.min(c, g, s);
  const high = Dec.max(c, g, s);
  return { outOfPocket: { low: fen(low), high: fen(high) }, generous: gen, strict: str };
}

function regionOutput(a: RegionAnswer, top: RulePack, deps: EstimateDeps): RegionOutput {
  const name = a.code === top.region.code ? top.region.name : deps.regionName?.(a.code);
  return {
    code: a.code,
    ...(name ? { name } : {}),
    ...(a.retired ? { retiredCode: a.retired.from } : {}),
    answeredBy: { code: top.region.code, name: top.region.name, level: a.level },
  };
}

/**
 * Says which layer answered when it is not the region's own or its city's: 医保 is pooled by city
 * (国发〔1998〕44号 二: 原则上以地级以上行政区为统筹单位), so a county answered by its city's pack is
 * answered by its own rules; a province or the national layer answers only for what they state.
 */
function regionNotices(r: RegionOutput, t: Translate, deps: EstimateDeps, lang: Lang): Notice[] {
  const out: Notice[] = [];
  const nameOf = (code: string) => deps.regionName?.(code)?.[lang];
  if (r.retiredCode) {
    const params = { old: r.retiredCode, code: r.code, name: r.name?.[lang] ?? r.code };
    out.push({ code: 'region-retired', message: t('warning.region-retired', params), params });
  }
  const level = r.answeredBy.level;
  if (r.answeredBy.code !== r.code && (level === 'province' || level === 'national')) {
    // The place whose rules are missing: the county's city when it has one, else the region itself.
    const city = cityCodeOf(r.code);
    const place = (city && city !== r.code ? nameOf(city) : undefined) ?? r.name?.[lang] ?? r.code;
    const params = { place, layer: r.answeredBy.name[lang] };
    const code = level === 'national' ? 'region-national' : 'region-province';
    out.push({ code, message: t(`warning.${code}`, params), params });
  }
  return out;
}

/**
 * Conservation to the fen on the figures as output. Every figure is a fen() string (exactly two
 * decimals), so it is checked in whole fen (BigInt, exact) rather than by re-parsing five decimals
 * per visit and evaluation; a leading '-' is negative (decimal.js writes a negative zero as "-0.00").
 */
function assertConservation(visits: VisitResult[]): void {
  for (const v of visits) {
    const parts = [v.basic, v.critical, v.assistance, v.tilt, v.outOfPocket];
    let sum = 0n;
    for (const p of parts) sum += fenOf(p);
    if (sum !== fenOf(v.total) || parts.some((p) => p.startsWith('-'))) {
      throw new EngineFault('internal', { visit: v.id });
    }
  }
}

const FEN_STRING = /^-?\d+\.\d\d$/;
function fenOf(s: string): bigint {
  if (!FEN_STRING.test(s)) throw new EngineFault('internal', { figure: s });
  return BigInt(s.replace('.', ''));
}

function buildOutput(
  chain: PackChain, top: RulePack, best: { category: CategoryDim; run: YearRun },
  runs: { category: CategoryDim; oop: Dec }[], bounded: Bounded, firstDate: string, t: Translate, region: RegionOutput,
): EstimateOutput {
  const gv = bounded.generous.run.visits;
  const sv = bounded.strict.run.visits;
  const visits: VisitOutput[] = best.run.visits.map((v, i) => {
    const range = rangeOf(new Dec(v.outOfPocket), new Dec(gv[i]!.outOfPocket), new Dec(sv[i]!.outOfPocket), figures(gv[i]!), figures(sv[i]!));
    return { ...v, exact: range.outOfPocket.low === range.outOfPocket.high, range };
  });
  const sum = (k: 'total' | 'basic' | 'critical' | 'assistance' | 'tilt' | 'outOfPocket') =>
    visits.reduce((s, v) => s.plus(v[k]), ZERO);
  const sumOf = (vs: VisitResult[]): TierFigures => ({
    basic: fen(vs.reduce((s, v) => s.plus(v.basic), ZERO)), critical: fen(vs.reduce((s, v) => s.plus(v.critical), ZERO)),
    assistance: fen(vs.reduce((s, v) => s.plus(v.assistance), ZERO)), tilt: fen(vs.reduce((s, v) => s.plus(v.tilt), ZERO)),
    outOfPocket: fen(vs.reduce((s, v) => s.plus(v.outOfPocket), ZERO)),
  });
  const totalRange = rangeOf(sum('outOfPocket'), bounded.generous.oop, bounded.strict.oop, sumOf(gv), sumOf(sv));
  const exact = totalRange.outOfPocket.low === totalRange.outOfPocket.high;
  const total = sum('total');
  const paid = sum('basic').plus(sum('critical')).plus(sum('assistance')).plus(sum('tilt'));
  const warnings: Notice[] = [];
  const warn = (code: string, params?: Record<string, string>) =>
    warnings.push({ code, message: t(`warning.${code}`, params), ...(params ? { params } : {}) });
  // Every region's chain ends in the national layer (its floors and spans bound what a region
  // leaves unpublished); only a chain with no regional layer is "national guideline, not local".
  if (chain.layers.some((l) => l.kind === 'national-guideline') && !chain.layers.some((l) => l.kind === 'region')) warn('national-guideline');
  if (chain.layers.some((l) => l.kind === 'test')) warn('test-pack');
  const assumptions = collectAssumptions(best.run.reads.filter((r) => r.unknown === undefined));
  if (assumptions.length) warn('assumed-values', { count: String(assumptions.length) });
  const unknowns = bounded.moved.map((r) => unknownOf(r, t));
  if (!exact) {
    warn('range-estimate', {
      count: String(unknowns.length), central: fen(sum('outOfPocket')),
      low: totalRange.outOfPocket.low, high: totalRange.outOfPocket.high,
    });
  } else if (bounded.read > 0) warn('unknowns-immaterial', { count: String(bounded.read) });
  if (chain.ageUnknownRead) warn('age-unknown');
  if (runs.length > 1) warn('identity-chosen', { category: t(`category.${best.category}`) });
  const reviewed = new Date(`${top.lastReviewed}T00:00:00Z`);
  const lastVisit = visits[visits.length - 1]?.date ?? firstDate;
  if (new Date(`${lastVisit}T00:00:00Z`).getTime() - reviewed.getTime() > 366 * 86400000) warn('stale-pack', { date: top.lastReviewed });
  return {
    format: 'yibao.estimate.v1',
    engine: { version: ENGINE_VERSION },
    pack: { id: top.id, version: top.version, hash: chain.hash ??= packHash(chain.layers), layers: chain.layers.map((l) => `${l.id}@${l.version}`), kind: top.kind, region: top.region },
    region,
    identity: { applied: best.category, candidates: runs.map((r) => ({ category: r.category, outOfPocket: fen(r.oop) })) },
    visits,
    totals: {
      total: fen(total), basic: fen(sum('basic')), critical: fen(sum('critical')), assistance: fen(sum('assistance')),
      tilt: fen(sum('tilt')), outOfPocket: fen(sum('outOfPocket')), exact, range: totalRange,
      reimbursedShare: total.isZero() ? '0.0000' : paid.dividedBy(total).toFixed(4, Dec.ROUND_HALF_UP), // money-safe: decimal.js
    },
    warnings,
    assumptions,
    unknowns,
  };
}

/** An unknown that moved the result, for the output: its cell, bounds (raw and in words) and basis. */
function unknownOf(r: ParamRead, t: Translate): Unknown {
  const u = r.unknown!;
  const text = (v: ParamRead['value']) => formatValue(r.key, v, t);
  return {
    key: r.key,
    cell: Object.fromEntries(Object.entries(r.dims).filter(([, v]) => v !== '*')),
    label: PARAMS[r.key as ParamKey].label,
    low: valueText(u.low), high: u.high === null ? null : valueText(u.high), central: u.central === null ? null : valueText(u.central),
    text: { low: text(u.low), high: u.high === null ? t('value.unbounded') : text(u.high), central: text(u.central) },
    ...(u.basis ? { basis: u.basis } : {}), status: r.status, layer: r.layer, cite: r.cite,
    ...(u.series ? { series: u.series } : {}),
  };
}

function collectAssumptions(reads: ParamRead[]): Assumption[] {
  const out = new Map<string, Assumption>();
  for (const r of reads) {
    const parts: { key: string; label: Assumption['label']; value: string; status: ParamRead['status']; cite: Assumption['cite'] }[] = [];
    const spec = PARAMS[r.key as ParamKey];
    if (r.status === 'assumed' || r.status === 'estimated') {
      parts.push({ key: `${r.key}${dimsSuffix(r.dims)}`, label: spec.label, value: valueText(r.value), status: r.status, cite: r.cite });
    }
    for (const m of r.modifiers) {
      if (m.status === 'assumed' || m.status === 'estimated') {
        parts.push({ key: `${r.key}#${m.id}`, label: m.label, value: m.value ?? '—', status: m.status, cite: m.cite });
      }
    }
    for (const p of parts) if (!out.has(p.key)) out.set(p.key, { ...p, layer: r.layer });
  }
  return [...out.values()];
}

const dimsSuffix = (d: Record<string, string>) => {
  const parts = Object.entries(d).filter(([, v]) => v !== '*').map(([, v]) => v);
  return parts.length ? `[${parts.join(',')}]` : '';
};

export function valueText(v: ParamRead['value']): string {
  if (v === null) return '—';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'string') return v;
  return v.bands.map((b) => `${b.from}+:${b.rate}`).join(' ');
}
