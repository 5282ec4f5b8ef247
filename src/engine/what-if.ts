// What-if curve (the «breakpoints» of a bill): out-of-pocket and each tier as one visit's
// bill grows, evaluated at the exact bends of the piecewise-linear payment functions plus a coarse
// grid — not a brute sweep.
//
// How bends are found. For a fixed person and year, every payment is piecewise linear in the bill;
// a piece is fixed by which branch each rule takes (deductible reached or not, which band, cap
// binding or not, which identity wins). That branch choice — the *regime* — is read from the
// engine's own trace (each step's rule and branch from TRACE_STEPS, its vars and cited params), so
// no rule is re-implemented here. Between two grid points
// whose regimes differ, the first fen of the new regime is located by regula falsi on the rule's
// own distance-to-threshold (e.g. 累计大病基数 − 起付线, which is linear within a piece and so lands
// on the fen in one or two steps), falling back to bisection; every evaluation is the exact
// decimal pipeline. Each bend is labelled with the rule(s) whose branch flipped. A final
// linearity check between consecutive points (mid-point against the chord, to rounding) catches any
// kink the regime does not describe; it is bisected to the fen and labelled `other`.
//
// Evaluations reuse the checked input, the validated pack chain and the identity order, and call
// settleVisits() directly: the same code estimate() runs, so every returned point equals
// estimateSync() at that bill to the fen (test/engine/what-if.test.ts checks each one).
import { Dec, ZERO, fen } from '../money/decimal.js';
import type { EstimateError, EstimateResult, Lang, ParamRead, Tier, TraceStep, VisitResult } from '../model/io.js';
import { isEstimateError } from '../model/io.js';
import { TRACE_STEPS, type TraceRule } from '../model/trace-steps.js';
import { ageOn, normaliseInput } from '../contract/validate-input.js';
import { parseMoney } from '../money/parse-money.js';
import type { CategoryDim, CategoryId, LocalText } from '../model/vocabulary.js';
import type { RulePack, Scale } from '../model/rulepack.js';
import { ENGINE_LOCALES } from '../i18n/engine-locale.js';
import { buildChain, estimateWith, packLookup } from './estimate.js';
import { candidateOrder, settleEachIdentity } from './identity.js';
import type { OpeningLedger, PersonFacts, SettledVisit } from '../model/settled.js';
import { isScale } from './scale.js';
import type { PackChain } from '../packs/resolve.js';

type Money = string;
type Tier5 = 'basic' | 'critical' | 'assistance' | 'tilt' | 'outOfPocket';
export const WHAT_IF_SERIES: readonly Tier5[] = ['basic', 'critical', 'assistance', 'tilt', 'outOfPocket'];

/** What makes a bend. Label keys; texts in WHAT_IF_LABELS (zh-CN first). */
export type BendKey =
  | 'basic.deductible' | 'basic.band' | 'basic.cap'
  | 'critical.deductible' | 'critical.band' | 'critical.cap'
  | 'assistance.deductible' | 'assistance.limit'
  | 'tilt.threshold' | 'tilt.limit'
  | 'identity' | 'other';

// These belong with the engine strings (src/i18n/engine.*.ts, owned by the engine): kept here,
// keyed identically for both languages, until they move there.
export const WHAT_IF_LABELS: Record<BendKey, LocalText> = {
  'basic.deductible': { 'zh-CN': '基本医保起付线', en: 'Basic insurance deductible' },
  'basic.band': { 'zh-CN': '基本医保分段点', en: 'Basic insurance band edge' },
  'basic.cap': { 'zh-CN': '基本医保年度最高支付限额', en: 'Basic insurance annual cap' },
  'critical.deductible': { 'zh-CN': '大病保险起付线', en: 'Critical-illness deductible' },
  'critical.band': { 'zh-CN': '大病保险分段点', en: 'Critical-illness band edge' },
  'critical.cap': { 'zh-CN': '大病保险封顶线', en: 'Critical-illness cap' },
  'assistance.deductible': { 'zh-CN': '医疗救助起付标准', en: 'Medical assistance deductible' },
  'assistance.limit': { 'zh-CN': '医疗救助年度限额', en: 'Medical assistance annual limit' },
  'tilt.threshold': { 'zh-CN': '倾斜救助起付标准', en: 'Extra assistance threshold' },
  'tilt.limit': { 'zh-CN': '倾斜救助限额', en: 'Extra assistance limit' },
  identity: { 'zh-CN': '改按更有利的身份计算', en: 'A more favourable identity applies' },
  other: { 'zh-CN': '其他规则变化', en: 'Another rule changes' },
};

export interface WhatIfOptions {
  /** Index into input.visits of the visit whose bill (total) varies. Default 0. */
  visitIndex?: number;
  /** Bill range, money strings. Default: the visit's out-of-scope + 乙类 parts … 4 × its total (≥ 200000). */
  from?: Money;
  to?: Money;
  /** Coarse grid intervals besides the bends (default 8). */
  grid?: number;
}

export interface WhatIfFigures { basic: Money; critical: Money; assistance: Money; tilt: Money; outOfPocket: Money }

export interface WhatIfPoint extends WhatIfFigures {
  /** The varied visit's bill; the figures beside it are that visit's. */
  total: Money;
  /** The whole run (later visits react to the earlier one's ledger). */
  year: WhatIfFigures & { total: Money };
  identity: CategoryId | 'none';
  /** 'bend' = first fen of a new piece; 'before' = the last fen of the old one. */
  role: 'grid' | 'bend' | 'before' | 'end';
}

export interface WhatIfCause {
  key: BendKey;
  label: LocalText;
  tier: Tier | 'identity' | 'other';
  /** The visit whose rule flipped (a later visit can react to this one's ledger). */
  visitId: string;
  /** The parameter value at work (e.g. the deductible), when the trace states one. */
  value?: Money;
  params: ParamRead[];
}

export interface WhatIfBend {
  /** First fen of the new piece. */
  at: Money;
  causes: WhatIfCause[];
}

export interface WhatIfCurve {
  format: 'yibao.whatif.v1';
  visitId: string;
  from: Money;
  to: Money;
  points: WhatIfPoint[];
  bends: WhatIfBend[];
  /** Pipeline evaluations spent (each = every candidate identity settled once). */
  evaluations: number;
}

export type WhatIfResult = WhatIfCurve | EstimateError;
export function isWhatIfError(r: WhatIfResult | { category: unknown }[]): r is EstimateError {
  return !Array.isArray(r) && r.format === 'yibao.error.v1';
}


function fault(code: string, path: string, message: LocalText, lang: Lang): EstimateError {
  return { format: 'yibao.error.v1', errors: [{ code, path, message: message[lang] }] };
}

// ── Regime: which branch each rule takes, read from the trace ──────────────────────────────────
interface Comp { id: string; key: BendKey; tier: WhatIfCause['tier']; visitId: string; state: string; gap?: Dec; value?: string; params: ParamRead[] }

const D = (s: string | undefined): Dec => new Dec(s && s !== '' ? s : 0);
const bandOf = (s: Scale, x: Dec): number => s.bands.filter((b) => x.greaterThan(b.from)).length;
/** Distance from x to the next band edge above it (negative), for regula falsi. */
const nextEdgeGap = (s: Scale, x: Dec): Dec | undefined => {
  const e = s.bands.find((b) => !x.greaterThan(b.from));
  return e ? x.minus(e.from) : undefined;
};

function visitComps(v: VisitResult): Comp[] {
  const out: Comp[] = [];
  const steps = v.trace ?? [];
  const find = (rule: TraceRule): TraceStep | undefined => steps.find((s) => TRACE_STEPS[s.id].rule === rule);
  const c = (x: Omit<Comp, 'visitId'>) => out.push({ ...x, visitId: v.id });
  const eligible = D(find('input.partition')?.vars.eligible);

  const deductibleStep = find('basic.deductible');
  if (deductibleStep) {
    const due = D(deductibleStep.vars.due);
    c({ id: 'bd', key: 'basic.deductible', tier: 'basic', state: eligible.lessThan(due) ? 'below' : 'reached', gap: eligible.minus(due), value: deductibleStep.vars.deductible, params: deductibleStep.params });
  }
  const basicPayment = find('basic.payment');
  const basicRate = basicPayment?.params.find((p) => p.key === 'basic.rate');
  if (basicPayment && basicRate && isScale(basicRate.value)) {
    const above = D(basicPayment.vars.above);
    const k = bandOf(basicRate.value, above);
    const edge = k > 0 ? basicRate.value.bands[k - 1]!.from : undefined;
    c({ id: 'bb', key: 'basic.band', tier: 'basic', state: String(k), gap: nextEdgeGap(basicRate.value, above), ...(edge && edge !== '0' ? { value: fen(new Dec(edge)) } : {}), params: [basicRate] });
  }
  const basicCap = find('basic.cap');
  if (basicCap) {
    c({ id: 'bc', key: 'basic.cap', tier: 'basic', state: basicCap.id, gap: basicPayment ? D(basicPayment.vars.payable).minus(D(basicCap.vars.left)) : undefined, value: basicCap.vars.cap, params: basicCap.params });
  }

  const criticalBase = find('critical.base');
  if (criticalBase) {
    const below = find('critical.below-deductible');
    const criticalPayment = find('critical.payment');
    const criticalDeductible = D((below ?? criticalPayment)?.vars.deductible);
    const before = D(criticalBase.vars.cumBefore);
    const after = D(criticalBase.vars.cumAfter);
    const deductibleParams = (below ?? criticalPayment)!.params;
    c({ id: 'cd', key: 'critical.deductible', tier: 'critical', state: `${before.greaterThan(criticalDeductible)}/${after.greaterThan(criticalDeductible)}`, gap: after.minus(criticalDeductible), value: fen(criticalDeductible), params: deductibleParams.filter((p) => p.key === 'critical.deductible') });
    const criticalBands = criticalPayment?.params.find((p) => p.key === 'critical.scale');
    const basis = criticalPayment?.params.find((p) => p.key === 'critical.bandBasis')?.value;
    if (criticalPayment && criticalBands && isScale(criticalBands.value)) {
      const axis = (x: Dec) => (basis === 'cumulative' ? x : x.minus(criticalDeductible));
      const k = bandOf(criticalBands.value, axis(after));
      const edge = k > 0 ? new Dec(criticalBands.value.bands[k - 1]!.from) : undefined;
      c({
        id: 'cb', key: 'critical.band', tier: 'critical', state: `${bandOf(criticalBands.value, axis(before))}/${k}`, gap: nextEdgeGap(criticalBands.value, axis(after)),
        ...(edge && edge.greaterThan(0) ? { value: fen(basis === 'cumulative' ? edge : edge.plus(criticalDeductible)) } : {}), params: [criticalBands],
      });
    }
    const criticalCap = find('critical.cap');
    if (criticalCap) c({ id: 'cc', key: 'critical.cap', tier: 'critical', state: criticalCap.id, gap: criticalPayment && criticalCap.vars.left ? D(criticalPayment.vars.payable).minus(D(criticalCap.vars.left)) : undefined, value: criticalCap.vars.cap, params: criticalCap.params });
  }

  const assistanceBase = find('assistance.base');
  if (assistanceBase) {
    const below = find('assistance.below-deductible');
    const assistancePayment = find('assistance.payment');
    const assistanceDeductible = D((below ?? assistancePayment)?.vars.deductible);
    const before = D(assistanceBase.vars.cumBefore);
    const after = D(assistanceBase.vars.cumAfter);
    c({ id: 'ad', key: 'assistance.deductible', tier: 'assistance', state: `${before.greaterThan(assistanceDeductible)}/${after.greaterThan(assistanceDeductible)}`, gap: after.minus(assistanceDeductible), value: fen(assistanceDeductible), params: (below ?? assistancePayment)!.params.filter((p) => p.key === 'assistance.deductible') });
    const assistanceLimit = find('assistance.limit');
    if (assistanceLimit) {
      const left = D(assistanceLimit.vars.limit).minus(D(assistanceLimit.vars.used));
      c({ id: 'al', key: 'assistance.limit', tier: 'assistance', state: assistanceLimit.id, gap: assistancePayment && assistanceLimit.vars.limit ? D(assistancePayment.vars.payable).minus(left) : undefined, value: assistanceLimit.vars.limit, params: assistanceLimit.params });
    }
  } else {
    const scope = steps.find((s) => s.tier === 'assistance');
    if (scope) c({ id: 'an', key: 'other', tier: 'assistance', state: scope.id, params: scope.params });
  }

  const tilt = find('tilt.below-threshold') ?? find('tilt.payment');
  if (tilt) {
    const threshold = D(tilt.vars.threshold);
    c({ id: 'tt', key: 'tilt.threshold', tier: 'tilt', state: TRACE_STEPS[tilt.id].rule === 'tilt.payment' ? 'over' : 'below', gap: D(tilt.vars.cumBefore).plus(D(tilt.vars.burden)).minus(threshold), value: tilt.vars.threshold, params: tilt.params.filter((p) => p.key === 'tilt.threshold') });
    const tiltLimit = tilt.params.find((p) => p.key === 'tilt.annualLimit');
    c({ id: 'tl', key: 'tilt.limit', tier: 'tilt', state: tilt.vars.capped ?? 'no', ...(typeof tiltLimit?.value === 'string' ? { value: fen(new Dec(tiltLimit.value)) } : {}), gap: tilt.vars.limit ? D(tilt.vars.payable).minus(D(tilt.vars.limit)) : undefined, params: tilt.params.filter((p) => p.key === 'tilt.annualLimit') });
  }
  return out;
}

// ── Evaluation ─────────────────────────────────────────────────────────────────────────────────
interface Eval {
  fen: number; // the bill, in fen
  point: WhatIfPoint;
  comps?: Comp[];
  sig?: string;
}

interface Ctx {
  chain: PackChain;
  person: PersonFacts;
  candidates: CategoryDim[];
  visits: SettledVisit[];
  opening: OpeningLedger | undefined;
  target: string;
  count: number;
  memo: Map<string, Eval>;
}

// Bisection runs on whole fen as integers: ≤ 1e11 fen (10亿元) is far below 2^53, so exact.
const fenOf = (m: Money): number => Number(new Dec(m).times(100).toFixed(0)); // money-safe: integer fen
const moneyOf = (f: number): Dec => new Dec(f).dividedBy(100);

function evaluate(ctx: Ctx, f: number, withTrace: boolean): Eval {
  const k = `${f}:${withTrace}`;
  const hit = ctx.memo.get(k) ?? (withTrace ? undefined : ctx.memo.get(`${f}:true`));
  if (hit) return hit;
  ctx.count++;
  const total = moneyOf(f);
  const visits = ctx.visits.map((v) => (v.id === ctx.target ? { ...v, total } : v));
  const { best } = settleEachIdentity(ctx.chain, ctx.person, ctx.candidates, visits, ctx.opening, withTrace);
  const year = best.run.visits;
  const vr = year.find((v) => v.id === ctx.target)!;
  const sum = (key: Tier5 | 'total') => fen(year.reduce((s, v) => s.plus(v[key]), ZERO));
  const point: WhatIfPoint = {
    total: fen(total), basic: vr.basic, critical: vr.critical, assistance: vr.assistance, tilt: vr.tilt, outOfPocket: vr.outOfPocket,
    year: { total: sum('total'), basic: sum('basic'), critical: sum('critical'), assistance: sum('assistance'), tilt: sum('tilt'), outOfPocket: sum('outOfPocket') },
    identity: best.category, role: 'grid',
  };
  const e: Eval = { fen: f, point };
  if (withTrace) {
    // The varied visit and every later one (their ledger depends on it); earlier ones cannot change.
    const from = year.findIndex((v) => v.id === ctx.target);
    e.comps = [
      { id: 'id', key: 'identity', tier: 'identity', visitId: ctx.target, state: best.category, params: [] },
      ...year.slice(from).flatMap(visitComps),
    ];
    e.sig = e.comps.map((c) => `${c.visitId}:${c.id}=${c.state}`).join('|');
  }
  ctx.memo.set(k, e);
  return e;
}

/** First fen in (a, b] whose regime differs from a's; a and b must differ. */
function firstChange(ctx: Ctx, a: Eval, b: Eval): Eval {
  let lo = a;
  let hi = b;
  let hiMoves = 0; // consecutive moves of hi: regula falsi stalls there, so bisect (Illinois-style)
  while (hi.fen - lo.fen > 1) {
    let m: number | undefined;
    if (hiMoves < 2) {
      // Regula falsi on the first flipped rule that states its distance to the threshold.
      const hiById = new Map(hi.comps!.map((c) => [`${c.visitId}:${c.id}`, c]));
      for (const c of lo.comps!) {
        const d = hiById.get(`${c.visitId}:${c.id}`);
        if (!d || d.state === c.state || !c.gap || !d.gap) continue;
        const den = d.gap.minus(c.gap);
        if (den.isZero() || c.gap.isPositive() === d.gap.isPositive() && !c.gap.isZero() && !d.gap.isZero()) continue;
        const guess = new Dec(lo.fen).plus(new Dec(hi.fen - lo.fen).times(c.gap.negated()).dividedBy(den));
        m = Math.min(hi.fen - 1, Math.max(lo.fen + 1, Number(guess.toDecimalPlaces(0, Dec.ROUND_CEIL).toFixed(0))));
        break;
      }
    }
    if (m === undefined) {
      m = lo.fen + Math.floor((hi.fen - lo.fen) / 2);
      hiMoves = 0;
    }
    const e = evaluate(ctx, m, true);
    if (e.sig === lo.sig) {
      lo = e;
      hiMoves = 0;
    } else {
      hi = e;
      hiMoves++;
    }
  }
  return hi;
}

function causes(ctx: Ctx, before: Eval, at: Eval): WhatIfCause[] {
  const prev = new Map(before.comps!.map((c) => [`${c.visitId}:${c.id}`, c]));
  const out: WhatIfCause[] = [];
  for (const c of at.comps!) {
    const p = prev.get(`${c.visitId}:${c.id}`);
    // Only a rule present on both sides that changed branch; steps that merely appear (a band
    // reported once the deductible is passed) are the consequence, not the cause.
    if (!p || p.state === c.state) continue;
    out.push({
      key: c.key, label: WHAT_IF_LABELS[c.key], tier: c.tier, visitId: c.visitId,
      ...(c.value ? { value: c.value } : {}), params: c.params,
    });
  }
  // A step that appears or disappears without a matching rule (e.g. a tier no longer reached).
  return out.length ? dedupe(out) : [{ key: 'other', label: WHAT_IF_LABELS.other, tier: 'other', visitId: ctx.target, params: [] }];
}

function dedupe(cs: WhatIfCause[]): WhatIfCause[] {
  const seen = new Set<string>();
  return cs.filter((c) => (seen.has(`${c.visitId}:${c.key}`) ? false : (seen.add(`${c.visitId}:${c.key}`), true)));
}

const TOL = new Dec('0.03'); // rounding: each tier rounds to the fen per visit; OOP carries the sum

function linearBetween(ctx: Ctx, a: Eval, b: Eval, m: Eval): boolean {
  const w = new Dec(m.fen - a.fen).dividedBy(b.fen - a.fen);
  const check = (x: string, y: string, z: string) => new Dec(x).plus(new Dec(y).minus(x).times(w)).minus(z).abs().lessThanOrEqualTo(TOL);
  for (const s of WHAT_IF_SERIES) {
    if (!check(a.point[s], b.point[s], m.point[s])) return false;
    if (!check(a.point.year[s], b.point.year[s], m.point.year[s])) return false;
  }
  return true;
}

/** Kinks the regime does not describe: bisect where the mid-point leaves the chord. */
function hiddenKinks(ctx: Ctx, a: Eval, b: Eval, out: Eval[], depth = 0): void {
  if (b.fen - a.fen < 4 || depth > 40 || ctx.count > 2000) return;
  const m = evaluate(ctx, a.fen + Math.floor((b.fen - a.fen) / 2), false);
  if (linearBetween(ctx, a, b, m)) return;
  out.push(m);
  hiddenKinks(ctx, a, m, out, depth + 1);
  hiddenKinks(ctx, m, b, out, depth + 1);
}

/**
 * whatIfCurve(input, packs, { visitIndex, from, to }): the visit's tiers and out-of-pocket (and the
 * year's) as its bill runs from `from` to `to`, at every bend (labelled) and a coarse grid.
 * Errors come back as yibao.error.v1, localised like estimate()'s.
 */
export function whatIfCurve(input: unknown, packs: Iterable<RulePack>, opts: WhatIfOptions = {}): WhatIfResult {
  const lookup = packLookup(packs);
  const deps = { packs: lookup, locales: ENGINE_LOCALES };
  const raw = input as { visits?: unknown[]; options?: Record<string, unknown> } | null;
  const lang: Lang = raw?.options?.lang === 'en' ? 'en' : 'zh-CN';
  const visitIndex = opts.visitIndex ?? 0;
  const rawVisits = Array.isArray(raw?.visits) ? raw!.visits : [];
  const rawVisit = rawVisits[visitIndex] as { id?: unknown; total?: unknown; outOfScope?: unknown; partialSelfPay?: unknown } | undefined;
  if (!Number.isInteger(visitIndex) || !rawVisit) {
    return fault('whatif.visit-index', 'visitIndex', { 'zh-CN': '没有这一次就医记录', en: 'There is no such visit' }, lang);
  }
  const at = (total: string): EstimateResult =>
    estimateWith({ ...raw, visits: rawVisits.map((v, i) => (i === visitIndex ? { ...(v as object), total } : v)), options: { ...(raw!.options ?? {}), trace: false } }, deps);

  // The input as given must be a valid estimate: its faults are the user's to fix first.
  const base = estimateWith({ ...raw, options: { ...(raw!.options ?? {}), trace: false } }, deps);
  if (isEstimateError(base)) return base;
  const norm = normaliseInput(raw);
  if (!norm.ok) return estimateWith(raw, deps) as EstimateError;
  const n = norm.input;
  const target = typeof rawVisit.id === 'string' ? rawVisit.id : `v${visitIndex + 1}`;
  const tv = n.visits.find((v) => v.id === target)!;
  const floorFen = fenOf(fen(tv.outOfScope.plus(tv.partialSelfPay)));
  const ends: Partial<Record<'from' | 'to', string>> = {};
  for (const [m, path] of [[opts.from, 'from'], [opts.to, 'to']] as const) {
    if (m === undefined) continue;
    const parsed = parseMoney(m); // accepts what people type: 12万, １２０００, 12,000元
    const r = at(parsed.ok ? parsed.value : m);
    if (isEstimateError(r)) return { format: 'yibao.error.v1', errors: r.errors.map((e) => ({ ...e, path: `${path} (${e.path})` })) };
    if (parsed.ok) ends[path] = parsed.value;
  }
  let fromFen = ends.from !== undefined ? fenOf(ends.from) : floorFen;
  const toFen = ends.to !== undefined ? fenOf(ends.to) : Math.max(fenOf(fen(tv.total)) * 4, 20000000);
  if (fromFen < floorFen) fromFen = floorFen;
  if (!(toFen > fromFen)) {
    return fault('whatif.range', 'to', { 'zh-CN': '费用区间的上限须大于下限', en: 'The upper end of the range must exceed the lower end' }, lang);
  }

  const top = n.region !== undefined ? lookup(n.region)! : (n.pack as RulePack);
  const chain = buildChain(top, lookup) as PackChain;
  const cats = chain.layers.find((l) => l.categories.length > 0)?.categories ?? [];
  const ctx: Ctx = {
    chain,
    person: { scheme: n.scheme, retired: n.retired, ageAt: (d: string) => (n.birthDate ? ageOn(n.birthDate, d) : n.age) },
    candidates: candidateOrder(n.categories, cats),
    visits: n.visits, opening: n.opening, target, count: 0, memo: new Map(),
  };

  // Coarse grid, with regimes.
  const g = Math.max(1, Math.min(64, Math.floor(opts.grid ?? 8)));
  const gridFens = [...new Set(Array.from({ length: g + 1 }, (_, i) => Math.round(fromFen + ((toFen - fromFen) * i) / g)))];
  const grid = gridFens.map((f) => evaluate(ctx, f, true));

  const bends: { before: Eval; at: Eval }[] = [];
  for (let i = 0; i + 1 < grid.length; i++) {
    let a = grid[i]!;
    const b = grid[i + 1]!;
    let guard = 0;
    while (a.sig !== b.sig && guard++ < 64) {
      const first = firstChange(ctx, a, b);
      const before = evaluate(ctx, first.fen - 1, true);
      bends.push({ before, at: first });
      a = first;
    }
  }

  const keep = new Map<number, { e: Eval; role: WhatIfPoint['role'] }>();
  grid.forEach((e, i) => keep.set(e.fen, { e, role: i === 0 || i === grid.length - 1 ? 'end' : 'grid' }));
  for (const b of bends) {
    if (!keep.has(b.before.fen) || keep.get(b.before.fen)!.role === 'grid') keep.set(b.before.fen, { e: b.before, role: keep.get(b.before.fen)?.role === 'end' ? 'end' : 'before' });
    keep.set(b.at.fen, { e: b.at, role: keep.get(b.at.fen)?.role === 'end' ? 'end' : 'bend' });
  }
  let sorted = [...keep.values()].sort((x, y) => x.e.fen - y.e.fen);
  const extra: Eval[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) hiddenKinks(ctx, sorted[i]!.e, sorted[i + 1]!.e, extra);
  const otherBends: WhatIfBend[] = [];
  for (const e of extra) {
    if (!keep.has(e.fen)) keep.set(e.fen, { e, role: 'grid' });
  }
  sorted = [...keep.values()].sort((x, y) => x.e.fen - y.e.fen);
  if (extra.length) {
    // Label the hidden kinks: the narrowest non-linear brackets left by the bisection.
    for (let i = 1; i + 1 < sorted.length; i++) {
      const [a, m, b] = [sorted[i - 1]!.e, sorted[i]!.e, sorted[i + 1]!.e];
      if (extra.includes(m) && b.fen - a.fen < 8 && !linearBetween(ctx, a, b, m)) {
        otherBends.push({ at: fen(moneyOf(m.fen)), causes: [{ key: 'other', label: WHAT_IF_LABELS.other, tier: 'other', visitId: target, params: [] }] });
      }
    }
  }

  return {
    format: 'yibao.whatif.v1',
    visitId: target,
    from: fen(moneyOf(fromFen)),
    to: fen(moneyOf(toFen)),
    points: sorted.map(({ e, role }) => ({ ...e.point, role })),
    bends: [
      ...bends.map((b) => ({ at: b.at.point.total, causes: causes(ctx, b.before, b.at) })),
      ...otherBends,
    ].sort((x, y) => new Dec(x.at).comparedTo(y.at)),
    evaluations: ctx.count,
  };
}

/** Same bill, each of the pack's categories (and none): the comparison the what-if panel shows. */
export function compareCategories(
  input: unknown, packs: Iterable<RulePack>, visitIndex = 0,
): { category: CategoryId | 'none'; figures: WhatIfFigures }[] | EstimateError {
  const lookup = packLookup(packs);
  const deps = { packs: lookup, locales: ENGINE_LOCALES };
  const raw = (input ?? {}) as { person?: Record<string, unknown>; options?: Record<string, unknown> };
  const base = estimateWith({ ...raw, options: { ...(raw.options ?? {}), trace: false } }, deps);
  if (isEstimateError(base)) return base;
  const top = (raw as { region?: string }).region !== undefined ? lookup((raw as { region: string }).region)! : ((raw as { pack: RulePack }).pack);
  const chain = buildChain(top, lookup);
  const cats = Array.isArray(chain) ? [] : chain.layers.find((l) => l.categories.length > 0)?.categories ?? [];
  const ids: (CategoryId | 'none')[] = ['none', ...[...cats].sort((a, b) => a.rank - b.rank).map((c) => c.id)];
  const out: { category: CategoryId | 'none'; figures: WhatIfFigures }[] = [];
  for (const id of ids) {
    const r = estimateWith({ ...raw, person: { ...(raw.person ?? {}), categories: id === 'none' ? [] : [id] }, options: { ...(raw.options ?? {}), trace: false } }, deps);
    if (isEstimateError(r)) continue;
    const rv = (Array.isArray((raw as { visits?: unknown[] }).visits) ? (raw as { visits: { id?: unknown }[] }).visits[visitIndex] : undefined);
    const id2 = typeof rv?.id === 'string' ? rv.id : `v${visitIndex + 1}`;
    const v = r.visits.find((x) => x.id === id2) ?? r.visits[0]!;
    out.push({ category: id, figures: { basic: v.basic, critical: v.critical, assistance: v.assistance, tilt: v.tilt, outOfPocket: v.outOfPocket } });
  }
  return out;
}
