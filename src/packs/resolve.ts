// Parameter look-up over a layered pack chain (city → province), by date and dimensions, with
// derivation from cited income series and modifiers applied. Every read returns its provenance.
import { Dec, min } from '../money/decimal.js';
import type { Corner, ParamRead, ResolvedCitation, UnknownRead } from '../model/io.js';
import { PARAMS, type ParamKey, type ParamSpec } from './registry.js';
import { STATUSES, type Status } from '../model/vocabulary.js';
import type { Bounds, Citation, Condition, DerivedLeaf, Leaf, ParamEntry, RulePack, Scale, Table } from '../model/rulepack.js';
import { EngineFault } from '../model/fault.js';
import { own } from './own.js';
import { assertInDomain } from './domain.js';

/** What a look-up may depend on. */
export interface LookupContext {
  scheme: string;
  kind?: string;
  level?: string;
  place?: string;
  category?: string;
  pool?: string;
  age?: number | undefined;
  retired?: boolean;
}

export function worstStatus(a: Status, b: Status): Status {
  return STATUSES.indexOf(a) >= STATUSES.indexOf(b) ? a : b;
}

const isTable = (x: Leaf | Table): x is Table =>
  typeof x === 'object' && x !== null && !('derive' in x) && !('bands' in x) && !('range' in x);

/**
 * Which end of each unpublished (bounded) number a chain view reads: `all` for every unknown,
 * except those named in `set` (by unknown id) — to find which unknowns move a result, and to
 * search the corners where they interact across visits.
 */
export interface CornerPlan { all: Corner; set?: Readonly<Record<string, Corner>> }
const CENTRAL: CornerPlan = { all: 'central' };

type Value = string | boolean | null | Scale;

export class PackChain {
  /** Nearest layer first. */
  readonly layers: RulePack[];
  // Memo by context key (date and look-up context, built once per visit by the caller), then by
  // parameter key: two hashed look-ups, no per-read key string (the profile's 18 % in read()).
  private memo: Memo = new Map();
  /** Set when a condition on age could not be evaluated (reset by each estimate). */
  ageUnknownRead = false;
  /** Content hash of the layers, computed once. */
  hash: string | undefined;
  readonly plan: CornerPlan;
  private views: Map<string, PackChain> | undefined;
  /** A view's link to its chain's memo: reads that involve no unknown are the same at every end. */
  private readonly shared: Memo | undefined;
  /**
   * When set, the ids of the unknowns this view read (memo hits included) are added to it: an
   * unknown an evaluation did not read cannot change it, so the bounded estimate need not turn it.
   */
  touched: Set<string> | undefined;

  private readonly citeCache: WeakMap<Citation[], ResolvedCitation[]>;

  constructor(layers: RulePack[], plan: CornerPlan = CENTRAL, shared?: Memo, citeCache?: WeakMap<Citation[], ResolvedCitation[]>) {
    this.layers = layers;
    this.plan = plan;
    this.shared = shared;
    this.citeCache = citeCache ?? new WeakMap();
  }

  /** The same chain read at other ends of its unknowns (own memo; views are kept for reuse). */
  at(plan: CornerPlan): PackChain {
    const token = planToken(plan);
    if (token === planToken(this.plan)) return this;
    this.views ??= new Map();
    let v = this.views.get(token);
    if (!v) {
      if (this.views.size > 256) this.views.clear(); // bounded: per-unknown views of a corner search
      v = new PackChain(this.layers, plan, this.shared ?? this.memo, this.citeCache);
      this.views.set(token, v);
    }
    v.hash = this.hash;
    v.ageUnknownRead = false;
    return v;
  }

  get top(): RulePack {
    return this.layers[0]!;
  }

  sourceOf(id: string): RulePack['sources'][string] | undefined {
    for (const l of this.layers) if (own(l.sources, id)) return own(l.sources, id);
    return undefined;
  }

  resolveCites(cites: Citation[]): ResolvedCitation[] {
    // Resolved once per citation list of this chain (views share the cache: same layers, same sources).
    let r = this.citeCache.get(cites);
    if (!r) {
      r = cites.map((c) => ({ ...c, doc: this.sourceOf(c.source)! }));
      this.citeCache.set(cites, r);
    }
    return r;
  }

  /** True when some layer defines the key for this date. */
  has(key: ParamKey, date: string): boolean {
    return this.layers.some((l) => pickEntry(own(l.parameters, key), date));
  }

  read(key: ParamKey, date: string, ctx: LookupContext, ctxKey: string = contextKey(date, ctx)): ParamRead {
    let hit = this.memo.get(ctxKey)?.get(key);
    if (!hit && this.shared) {
      const s = this.shared.get(ctxKey)?.get(key);
      if (s && !s.read.unknown) hit = s;
    }
    if (hit) {
      if (hit.ageUnknown) this.ageUnknownRead = true;
      if (this.touched && hit.read.unknown) this.touched.add(hit.read.unknown.id);
      return hit.read;
    }
    const before = this.ageUnknownRead;
    this.ageUnknownRead = false;
    const r = this.readUncached(key, date, ctx);
    const ageUnknown = this.ageUnknownRead;
    this.ageUnknownRead = before || ageUnknown;
    if (this.touched && r.unknown) this.touched.add(r.unknown.id);
    // A read that involves no unknown is the same at every end: kept where every view finds it.
    const memo = this.shared && !r.unknown ? this.shared : this.memo;
    let inner = memo.get(ctxKey);
    if (!inner) {
      if (memo.size > 2000) memo.clear(); // bounded: a long-lived widget sees many dates
      inner = new Map();
      memo.set(ctxKey, inner);
    }
    inner.set(key, { read: r, ageUnknown });
    return r;
  }

  private readUncached(key: ParamKey, date: string, ctx: LookupContext): ParamRead {
    const spec = PARAMS[key];
    const wanted = (dim: string) => (ctx as unknown as Record<string, string | undefined>)[dim];
    // The cell asked for, so a caller can name (or let a person supply) exactly what is missing.
    // Built only for a fault (an error's stack and this string cost more than a read that hits).
    const cell = () => JSON.stringify(Object.fromEntries(spec.dims.filter((d) => wanted(d) !== undefined).map((d) => [d, wanted(d)])));
    let miss: { dims: string; pack: string } | undefined;
    let seriesMiss: EngineFault | undefined;
    for (const layer of this.layers) {
      const entry = pickEntry(own(layer.parameters, key), date);
      if (!entry) continue;
      const dims: Record<string, string> = {};
      let node: Leaf | Table | undefined = entry.value;
      for (const dim of spec.dims) {
        if (!isTable(node)) break;
        const want = wanted(dim);
        const next: Leaf | Table | undefined = want !== undefined && own(node, want) !== undefined ? own(node, want) : own(node, '*');
        if (next === undefined) {
          // The nearest layer's gap is reported, unless a layer below prices the cell by a dimension
          // the input left out (a visit without a hospital level): that is the question to ask.
          if (!miss || (want === undefined && !miss.dims.endsWith('=?'))) {
            miss = { dims: `${dim}=${want ?? '?'}`, pack: layer.id };
          }
          node = undefined;
          break;
        }
        dims[dim] = want !== undefined && own(node, want) !== undefined ? want : '*';
        node = next;
      }
      // A layer that defines the key but not this cell defers to the layer below (per-cell layering).
      if (node === undefined) continue;
      if (isTable(node)) throw new EngineFault('param-missing', { key, date, dims: 'table', cell: cell(), pack: layer.id });
      let status: Status = entry.status;
      let value: Value;
      let derivation: ParamRead['derivation'];
      // An unpublished number: its three candidate values (low, central, high) go through the same
      // modifiers, and the plan picks one; it stays an unknown only if they still differ.
      let bounds: { low: Value; central: Value; high: Value; basis: Bounds['basis']; series?: UnknownRead['series'] } | undefined;
      const unknownId = `${key}@${layer.id}:${entry.from}:${Object.values(dims).join(',')}`;
      if (node !== null && typeof node === 'object' && 'derive' in node) {
        let d: ReturnType<PackChain['derive']>;
        try {
          d = this.derive(node, date, layer);
        } catch (e) {
          // The income year this layer's formula needs is unpublished and unbounded here: the cell
          // falls to the layer below (the national layer bounds every cell with cited spans), and
          // only if no layer answers is the missing year reported.
          if (!(e instanceof EngineFault) || e.code !== 'series-missing') throw e;
          seriesMiss ??= e;
          continue;
        }
        derivation = d.derivation;
        value = d.value;
        status = d.official !== undefined ? 'official' : worstStatus(status, worstStatus('derived', d.seriesStatus));
        if (d.bounds) bounds = d.bounds;
      } else if (node !== null && typeof node === 'object' && 'range' in node) {
        const r = node.range;
        bounds = { low: r.low, central: r.central, high: r.high, basis: r.basis };
        value = r.central;
      } else {
        value = node as Value;
      }
      const modifiers: ParamRead['modifiers'] = [];
      for (const m of entry.modifiers ?? []) {
        if (!this.matches(m.when, ctx)) continue;
        value = applyModifier(value, m.op, m.value, m.capAt);
        if (bounds) {
          bounds.low = applyModifier(bounds.low, m.op, m.value, m.capAt);
          bounds.central = applyModifier(bounds.central, m.op, m.value, m.capAt);
          bounds.high = applyModifier(bounds.high, m.op, m.value, m.capAt);
        }
        status = worstStatus(status, m.status);
        modifiers.push({ id: m.id, op: m.op, value: m.value, label: m.label, status: m.status, cite: this.resolveCites(m.cite) });
      }
      let unknown: UnknownRead | undefined;
      if (bounds && !(sameValue(bounds.low, bounds.central) && sameValue(bounds.central, bounds.high))) {
        const picked = this.pickFor(unknownId);
        const generousIsHigh = (PARAMS[key] as ParamSpec).generous !== 'lower';
        const end = picked === 'central' ? 'central' : (picked === 'generous') === generousIsHigh ? 'high' : 'low';
        value = bounds[end];
        unknown = {
          id: unknownId, low: bounds.low as string | Scale, high: bounds.high as string | Scale | null,
          central: bounds.central as string | Scale | null, ...(bounds.basis ? { basis: bounds.basis } : {}), picked,
          ...(bounds.series ? { series: bounds.series } : {}),
        };
        const base = bounds.series?.[end];
        if (derivation && base) derivation = { ...derivation, base, exact: new Dec(base).times(derivation.rate).toString() };
      } else if (bounds) {
        value = bounds.central;
      }
      // After modifiers: a rate stays in [0, 1], money ≥ 0 — at every end of a bounded number too.
      assertInDomain(key, value, layer.id);
      if (bounds) for (const end of [bounds.low, bounds.central, bounds.high]) assertInDomain(key, end, layer.id);
      return {
        key, dims, value, status, layer: layer.id, from: entry.from,
        cite: this.resolveCites(entry.cite), modifiers, derivation,
        ...(unknown ? { unknown } : {}),
      };
    }
    throw seriesMiss ?? new EngineFault('param-missing', { key, date, dims: miss?.dims ?? '', cell: cell(), pack: miss?.pack ?? this.top.id });
  }

  private pickFor(id: string): Corner {
    return this.plan.set?.[id] ?? this.plan.all;
  }

  private derive(leaf: DerivedLeaf, date: string, layer: RulePack) {
    const d = leaf.derive;
    const wantedYear = parseInt(date.slice(0, 4), 10) - d.yearOffset;
    // A series' points layer per year: the nearest layer with that year's figure supplies it.
    const all = this.layers.map((l) => own(l.series, d.series)).filter((x): x is NonNullable<typeof x> => x !== undefined);
    const s = all[0];
    const pointIn = (y: number) => all.map((x) => own(x.points, String(y))).find((p) => p !== undefined);
    let year = wantedYear;
    let pt = pointIn(year);
    // Before a year's figure is published, a pack may allow the latest one within a few years;
    // the value is then 'estimated' and the trace says which year stood in (rules-engine §4.4).
    for (let back = 1; !pt && s && d.fallbackYears !== undefined && back <= d.fallbackYears; back++) {
      year = wantedYear - back;
      pt = pointIn(year);
    }
    if (!s || !pt) throw new EngineFault('series-missing', { series: d.series, year: String(wantedYear), pack: layer.id });
    const of = (base: string) => {
      const exact = new Dec(base).times(d.rate);
      return { exact, value: (d.rounding === 'yuan' ? exact.toDecimalPlaces(0, Dec.ROUND_HALF_UP) : exact).toString() };
    };
    // An unpublished year bounded in the series: the threshold is bounded the same way (rate × income
    // is monotone), and the caller picks the end; an official figure for the rule still wins.
    const base = 'range' in pt ? pt.range.central ?? pt.range.low : pt.value;
    const { exact, value: derived } = of(base);
    const bounds = 'range' in pt && d.official === undefined
      ? {
        low: of(pt.range.low).value, central: derived, high: pt.range.high === null ? null : of(pt.range.high).value,
        basis: pt.range.basis, series: { id: d.series, year, low: pt.range.low, high: pt.range.high, central: base },
      }
      : undefined;
    return {
      value: d.official ?? derived,
      official: d.official,
      bounds,
      seriesStatus: year === wantedYear && !('range' in pt) ? pt.status : 'estimated' as Status,
      derivation: {
        series: d.series, seriesLabel: s.label, year, base, rate: d.rate,
        exact: exact.toString(), rounding: d.rounding, official: d.official,
        ...(year !== wantedYear ? { wantedYear } : {}),
      },
    };
  }

  private matches(w: Condition, ctx: LookupContext): boolean {
    if (w.schemes && !w.schemes.includes(ctx.scheme as never)) return false;
    if (w.kinds && !w.kinds.includes(ctx.kind as never)) return false;
    if (w.places && !w.places.includes(ctx.place as never)) return false;
    if (w.levels && !w.levels.includes(ctx.level as never)) return false;
    if (w.categories && !w.categories.includes((ctx.category ?? 'none') as never)) return false;
    if (w.retired !== undefined && w.retired !== (ctx.retired ?? false)) return false;
    if (w.ageLte !== undefined || w.ageGte !== undefined) {
      if (ctx.age === undefined) {
        this.ageUnknownRead = true;
        return false;
      }
      if (w.ageLte !== undefined && ctx.age > w.ageLte) return false;
      if (w.ageGte !== undefined && ctx.age < w.ageGte) return false;
    }
    return true;
  }
}

type MemoEntry = { read: ParamRead; ageUnknown: boolean };
type Memo = Map<string, Map<string, MemoEntry>>;

/** The memo key of a look-up context on a date: every field a read may depend on. */
export function contextKey(date: string, ctx: LookupContext): string {
  return `${date}|${ctx.scheme}|${ctx.kind}|${ctx.level}|${ctx.place}|${ctx.category}|${ctx.pool}|${ctx.age}|${ctx.retired}`;
}

function planToken(plan: CornerPlan): string {
  const set = plan.set ? Object.entries(plan.set).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => `${k}=${c}`).join(';') : '';
  return `${plan.all}|${set}`;
}

export function pickEntry(entries: ParamEntry[] | undefined, date: string): ParamEntry | undefined {
  let best: ParamEntry | undefined;
  for (const e of entries ?? []) {
    if (e.from > date || (e.to !== undefined && date >= e.to)) continue;
    if (!best || e.from > best.from) best = e;
  }
  return best;
}

function sameValue(a: Value, b: Value): boolean {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return typeof a === 'string' && typeof b === 'string' ? new Dec(a).equals(b) : a === b;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

function applyModifier(value: Value, op: string, v: string | undefined, capAt: string | undefined): Value {
  if (op === 'remove') return null;
  if (value === null || typeof value === 'boolean') return op === 'replace' ? v ?? null : value;
  const one = (x: string): string => {
    let r = op === 'add' ? new Dec(x).plus(v!) : op === 'multiply' ? new Dec(x).times(v!) : new Dec(v!);
    if (capAt !== undefined) r = min(r, new Dec(capAt));
    if (r.isNegative()) r = new Dec(0);
    return r.toString();
  };
  if (typeof value === 'string') return one(value);
  return { bands: value.bands.map((b) => ({ from: b.from, rate: one(b.rate) })) };
}
