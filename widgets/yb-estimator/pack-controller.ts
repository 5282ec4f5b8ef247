// The estimator's rule packs: which pack answers for a region, loading its chain (the engine's own
// chain loader, src/packs/catalog.ts loadPackChain), the engine chunk and the full region table
// (both lazy), and the layer of values the person supplied. A Lit ReactiveController: it owns this
// state and asks the host to update (through `changed`) when something arrives.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type CatalogEntry, type CategoryInfo, type EstimateInput, type Lang, type RulePack, type UserValue,
} from '../../src/index.js';
import { engineNow, loadEngine, type Engine } from '../internal/engine-loader.js';
import { loadRegionIndex, regionIndexNow } from '../internal/region-index-loader.js';
import type { RegionEntry } from '../internal/regions.js';
import { todayIso, type Supplied } from './form-model.js';

export interface PackHost extends ReactiveControllerHost {
  /** Rule packs already in memory; searched before the catalog. */
  packs: RulePack[];
  /** Regions that can be loaded on demand. */
  catalog: CatalogEntry[];
}

/** Why a region cannot be estimated yet: unknown or failed (`region`), or still loading. */
export type RegionReadiness = 'ready' | 'region' | 'loading';

export class PackController implements ReactiveController {
  /** The engine chunk, once loaded (dynamic import with the first rule pack). */
  engine: Engine | undefined = engineNow();
  /** A pack or the engine failed to load. */
  loadFailed = false;
  private loaded: ReadonlyMap<string, RulePack> = new Map();
  /** The full region table (lazy): needed to tell a county without a pack from a code that is no region. */
  private indexState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  private loading = new Set<string>();
  private failed = new Set<string>();
  private enginePending = false;
  /** The supplied-values layer, rebuilt only when its inputs change: one object, validated and hashed once. */
  private overlayMemo: { supplied: Supplied; top: RulePack; date: string; today: string; chain: RulePack[]; overlay: RulePack } | null = null;

  constructor(
    private readonly host: PackHost,
    /** Called when state changed (the host then re-estimates); `track` registers a pending load. */
    private readonly changed: () => void,
    private readonly track: <T>(p: Promise<T>) => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  allPacks(): RulePack[] {
    return [...this.host.packs, ...new Set(this.loaded.values())];
  }

  /** The pack that answers for a region: its own, else its city's, province's or the national one (loaded). */
  packFor(code: string): RulePack | undefined {
    const all = this.allPacks();
    const exact = all.find((p) => p.region.code === code || p.id === code);
    if (exact) return exact;
    const answer = this.answerFor(code);
    return answer ? all.find((p) => p.region.code === answer) : undefined;
  }

  /** Code of the shipped or given pack that answers for a region (src/regions/code.ts), loaded or not. */
  answerFor(code: string): string | undefined {
    const has = (c: string) => this.host.catalog.some((e) => e.code === c) || this.allPacks().some((p) => p.region.code === c);
    if (has(code)) return code;
    // Without a pack of its own, the full table (lazy) decides: a code it does not know is refused.
    return regionIndexNow()?.answeringCode(code, has);
  }

  /** The pack chain of a region, nearest first. */
  chainOf(pack: RulePack): RulePack[] {
    const out: RulePack[] = [];
    let cur: RulePack | undefined = pack;
    while (cur && !out.includes(cur)) {
      out.push(cur);
      cur = cur.extends ? this.packFor(cur.extends) : undefined;
    }
    return out;
  }

  /** The region's identities (the nearest layer that lists any), by rank. */
  categoriesOf(pack: RulePack | undefined): CategoryInfo[] {
    const layer = pack && this.chainOf(pack).find((p) => p.categories.length);
    return layer ? [...layer.categories].sort((a, b) => a.rank - b.rank) : [];
  }

  guidanceOf(pack: RulePack | undefined): RulePack['guidance'] {
    return pack ? this.chainOf(pack).find((p) => p.guidance)?.guidance : undefined;
  }

  regionEntries(): RegionEntry[] {
    const out = new Map<string, RegionEntry>();
    for (const e of this.host.catalog) out.set(e.code, { code: e.code, name: e.name, ...(e.province ? { province: e.province } : {}) });
    for (const p of this.host.packs) {
      if (!out.has(p.region.code)) out.set(p.region.code, { code: p.region.code, name: p.region.name, ...(p.region.province ? { province: p.region.province } : {}) });
    }
    return [...out.values()];
  }

  /** A region's name: the full table's, else the catalog's, else its pack's. */
  regionName(code: string, lang: Lang): string | undefined {
    return regionIndexNow()?.regionTable().get(code)?.name[lang]
      ?? this.host.catalog.find((c) => c.code === code)?.name[lang] ?? this.packFor(code)?.region.name[lang];
  }

  /** Region names from the full table, once loaded (regions without a pack of their own). */
  regionNames(): { regionName?: (c: string) => { 'zh-CN': string; en: string } | undefined } {
    const table = regionIndexNow()?.regionTable();
    return table ? { regionName: (c: string) => table.get(c)?.name } : {};
  }

  /** Starts loading the engine chunk (once per page; each instance awaits it). */
  ensureEngine(): void {
    if (this.engine || this.enginePending) return;
    this.enginePending = true;
    this.track(loadEngine().then(
      (m) => { this.engine = m; },
      () => { this.loadFailed = true; },
    ).finally(() => {
      this.enginePending = false;
      this.changed();
    }));
  }

  /**
   * Whether a region can be estimated now; starts what it needs (its pack chain, or the full
   * region table to tell whether a code without a pack of its own exists).
   */
  readiness(code: string): RegionReadiness {
    if (this.packFor(code)) return 'ready';
    if (this.failed.has(code)) return 'region';
    // (If the table cannot load, the region cannot be answered here: the engine refuses it.)
    if (!this.host.catalog.some((c) => c.code === code) && !regionIndexNow() && this.indexState !== 'failed') {
      if (this.indexState === 'idle') {
        this.indexState = 'loading';
        this.track(loadRegionIndex().then(() => { this.indexState = 'ready'; }, () => { this.indexState = 'failed'; }).finally(this.changed));
      }
      return 'loading';
    }
    const answer = this.answerFor(code);
    if (answer === undefined) return 'ready'; // the engine refuses it, with its reason
    void this.track(this.loadRegion(code, answer));
    return 'loading';
  }

  /** Loads a region's pack chain from the catalog (per instance; no shared cache). */
  private async loadRegion(code: string, answer: string): Promise<void> {
    if (this.loading.has(code)) return;
    this.loading.add(code);
    try {
      // Rules and texts (quotes, guidance) load together: the explanation and the next steps need
      // the texts, and a failed texts chunk still leaves the figures usable.
      // The chain loader (and the region-code rules it uses) loads with the first region, off the initial JS.
      const { loadPackChain } = await import('../../src/packs/catalog.js');
      const got = await loadPackChain(answer, {
        catalog: this.host.catalog, texts: 'optional',
        have: (k) => this.loaded.has(k) || this.host.packs.some((p) => p.id === k || p.region.code === k),
      });
      this.loaded = new Map([...this.loaded, ...got]);
      this.loadFailed = false;
    } catch {
      this.failed.add(code);
      this.loadFailed = true;
    } finally {
      this.loading.delete(code);
      this.changed();
    }
  }

  /**
   * The input and packs to estimate with: with values the person supplied, one more layer over
   * the region's own chain, cited as theirs (src/packs/user-values.ts).
   */
  withSupplied(e: Engine, input: EstimateInput, supplied: Supplied, defaultDate: string): { input: EstimateInput; packs: RulePack[] } {
    const top = this.packFor(input.region ?? '');
    if (!top || !(supplied.params.length || supplied.series.length)) return { input, packs: this.allPacks() };
    const chain = this.chainOf(top);
    const values = supplied.params.filter((v) => Object.hasOwn(e.PARAMS, v.key)) as unknown as UserValue[]; // bool/enum leaves ride as Leaf
    const firstDate = input.visits[0]?.date ?? defaultDate;
    const today = todayIso();
    const m = this.overlayMemo;
    const overlay = m && m.supplied === supplied && m.top === top && m.date === firstDate && m.today === today && m.chain.length === chain.length && m.chain.every((l, i) => l === chain[i])
      ? m.overlay
      : e.userValuesPack(top, values, today, { layers: chain, date: firstDate, series: supplied.series });
    this.overlayMemo = { supplied, top, date: firstDate, today, chain, overlay };
    const { region: _region, ...rest } = input;
    return { input: { ...rest, pack: overlay }, packs: chain };
  }
}
