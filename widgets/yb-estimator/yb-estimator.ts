import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isEstimateError, parseMoney, withTexts, PACK_CATALOG, CATEGORY_IDS, HOSPITAL_LEVELS, PLACES, VISIT_KINDS,
  type CatalogEntry, type EstimateInput, type EstimateOutput, type Lang, type VisitInput, type YearToDateInput,
  type CategoryId, type CategoryInfo, type HospitalLevel, type Place, type RulePack, type Scheme, type VisitKind,
  type UserValue, type UserSeriesValue,
} from '../../src/index.js';
import { hostStyles } from '../internal/host.styles.js';
import { LocaleState, resolveLang, translatorFor, type Translate } from '../internal/i18n.js';
import { formatMoney, shareToPercent, sumMoney } from '../internal/format.js';
import { WIDGETS_VERSION } from '../internal/define.js';
import { YbEstimateEvent, type KnownChoice, type MoneyInputDetail, type MissingFault, type MissingValueDetail } from '../internal/events.js';
import type { HardshipNotice } from '../internal/hardship.js';
import { engineNow, loadEngine, type Engine } from '../internal/engine-loader.js';
import { afterPending, loadMissingRuleElement, loadResultElement, loadWhatIfElement, track } from '../internal/lazy-elements.js';
import type { SummaryContext } from '../internal/summary.js';
import type { RegionEntry } from '../internal/regions.js';
import { loadRegionIndex, regionIndexNow } from '../internal/region-index-loader.js';
import type { YbResult } from '../yb-result/yb-result.js';
import type { YbMissingRule } from '../yb-missing-rule/yb-missing-rule.js';
import { estimatorStyles } from './yb-estimator.styles.js';
import {
  EMPTY_MONEY, NO_SUPPLIED, YTD_MONEY, isCategoryId, moneyField,
  type BillPart, type FormState, type MoneyField, type Supplied, type SuppliedParam, type VisitForm, type YtdMoneyKey,
} from './form-model.js';

export type Mode = 'citizen' | 'elder' | 'hotline';

const sameCell = (a: Record<string, string>, b: Record<string, string>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);

const STEPS = ['region', 'person', 'identity', 'age', 'visits', 'yearToDate', 'result'] as const;
type Step = (typeof STEPS)[number];

/** Hotline keyboard map: Alt+digit (Alt+Shift+digit also works where Alt+digit switches tabs). */
const SHORTCUTS = {
  Digit1: 'region', Digit2: 'scheme', Digit3: 'identity', Digit4: 'age', Digit5: 'bill',
  Digit6: 'addVisit', Digit7: 'yearToDate', Digit8: 'explanation', Digit9: 'copy', Digit0: 'script',
  KeyM: 'missing',
} as const;
type ShortcutAction = (typeof SHORTCUTS)[keyof typeof SHORTCUTS];
const SHORTCUT_KEYS = Object.fromEntries(Object.entries(SHORTCUTS).map(([code, action]) => [action, `Alt+${code.replace(/^(Digit|Key)/, '')}`])) as Record<ShortcutAction, string>;

function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}


/**
 * @summary The composed estimator most portals embed: region, scheme, assistance identities, age,
 * one or more visits and amounts already settled this year → what 基本医保, 大病保险, 医疗救助 and
 * 倾斜救助 pay, what is left, why, and what to do next.
 * @attr region - Preset region code (GB/T 2260), e.g. "440300".
 * @attr lock-region - Show the preset region as fixed text.
 * @attr scheme - Preset scheme: resident | employee.
 * @attr lock-scheme - Show the preset scheme as fixed text.
 * @attr category - Preset assistance identities, space-separated ids (e.g. "subsistence").
 * @attr lock-category - Show the preset identities as fixed text.
 * @attr mode - citizen (default) | elder | hotline.
 * @attr share-url - Opt in: keep the form in the URL fragment (#yb=…). Nothing is ever sent.
 * @event {YbEstimateEvent} yb-estimate - A result committed after a user-driven change (bubbles, composed; detail: strings).
 * @csspart form - The input form.
 * @csspart result - The result element (yb-result).
 * @csspart tools - Copy, print and hotline tools.
 * @cssprop [--yb-accent=#0b5cad] - Buttons, links, checked radios and boxes.
 * @cssprop [--yb-text=#1a1a1a] - Text colour.
 * @cssprop [--yb-bg=#ffffff] - Background.
 * @cssprop [--yb-border=#6b6b6b] - Field and box borders.
 * @cssprop [--yb-error=#b3261e] - Error messages.
 * @cssprop [--yb-radius=6px] - Corner radius.
 * @cssprop [--yb-font] - Font family.
 * @cssprop [--yb-font-size=1rem] - Base font size (elder mode: --yb-elder-font-size, 1.375rem).
 * @cssprop [--yb-focus-ring=#1a73e8] - Focus outline colour.
 * @cssprop [--yb-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--yb-muted=#4d4d4d] - Secondary text.
 * @cssprop [--yb-surface=#f4f6f8] - Panels (read-aloud script).
 * @cssprop [--yb-warn-bg=#fff4d6] - Warnings and the 依申请 hint.
 * @cssprop [--yb-space=0.75rem] - Spacing.
 * @cssprop [--yb-tier-basic=#1f5fa8] - Bar and swatch colour: 基本医保.
 * @cssprop [--yb-tier-critical=#00796b] - Bar and swatch colour: 大病保险.
 * @cssprop [--yb-tier-assistance=#6a3d9a] - Bar and swatch colour: 医疗救助.
 * @cssprop [--yb-tier-tilt=#a0522d] - Bar and swatch colour: 倾斜救助.
 * @cssprop [--yb-tier-out-of-pocket=#b3261e] - Bar and swatch colour: 个人自付.
 * @cssprop [--yb-elder-font-size=1.375rem] - Elder mode: base font size.
 * @cssprop [--yb-elder-text=#000000] - Elder mode: text colour.
 * @cssprop [--yb-elder-bg=#ffffff] - Elder mode: background.
 * @cssprop [--yb-elder-accent=#003d80] - Elder mode: accent.
 * @cssprop [--yb-hotline-font-size=0.9375rem] - Hotline mode: base font size.
 * @csspart chart - The stacked bar (re-exported from yb-result).
 * @csspart table - The tier table (re-exported from yb-result).
 * @csspart explanation - The step-by-step explanation (re-exported from yb-result).
 */
export class YbEstimator extends LitElement {
  // ── statics ──
  static version = WIDGETS_VERSION;
  static override styles = [hostStyles, estimatorStyles];

  // ── properties ──
  /** Preset region code (GB/T 2260). */
  @property() region = '';
  /** Show the preset region as fixed text. */
  @property({ type: Boolean, attribute: 'lock-region' }) lockRegion = false;
  /** Preset scheme: `resident` (城乡居民医保) or `employee` (职工医保). */
  @property() scheme: Scheme | '' = '';
  /** Show the preset scheme as fixed text. */
  @property({ type: Boolean, attribute: 'lock-scheme' }) lockScheme = false;
  /** Preset assistance identities, space- or comma-separated category ids. */
  @property() category = '';
  /** Show the preset identities as fixed text. */
  @property({ type: Boolean, attribute: 'lock-category' }) lockCategory = false;
  /** `zh-CN` (default) or `en`; else <html lang>. */
  @property() override lang = '';
  /** `citizen` (default), `elder` (large text, one question at a time) or `hotline` (compact, keyboard). */
  @property({ reflect: true }) mode: Mode = 'citizen';
  /** Opt in to keeping the form in the URL fragment so it can be shared. Never sent anywhere. */
  @property({ type: Boolean, attribute: 'share-url' }) shareUrl = false;
  /** Rule packs already in memory (tests, demos, self-hosted data); searched before the catalog. */
  @property({ attribute: false }) packs: RulePack[] = [];
  /** Regions that can be loaded on demand; defaults to the shipped PACK_CATALOG. */
  @property({ attribute: false }) catalog: CatalogEntry[] = PACK_CATALOG;
  /** Milliseconds of quiet before a result is announced and `yb-estimate` fires. */
  @property({ type: Number, attribute: 'commit-delay' }) commitDelay = 800;
  /** Default date of a new visit (YYYY-MM-DD); today when empty. */
  @property({ attribute: 'visit-date' }) visitDate = '';

  // ── state ──
  @state() private form: FormState = this.emptyForm();
  @state() private loaded: ReadonlyMap<string, RulePack> = new Map();
  /** The full region table (lazy): needed to tell a county without a pack from a code that is no region. */
  @state() private indexState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @state() private loadError = '';
  @state() private output: EstimateOutput | null = null;
  @state() private errors: string[] = [];
  @state() private stale = false;
  @state() private placeholder = '';
  @state() private hardship: HardshipNotice | null = null;
  @state() private caseRef = '';
  @state() private announcement = '';
  @state() private step = 0;
  @state() private scriptOpen = false;
  @state() private copyStatus = '';
  @state() private ageError = '';
  private lastInput: EstimateInput | null = null;
  private nextVisitKey = 1;
  private userChanged = false;
  private pendingUserCommit = false;
  private commitTimer: ReturnType<typeof setTimeout> | undefined;
  private loading = new Set<string>();
  private failed = new Set<string>();
  /** The engine chunk, once loaded (dynamic import with the first rule pack). */
  @state() private engine: Engine | undefined = engineNow();
  /** <yb-result> is defined (it loads on demand, with the engine). */
  @state() private resultReady = typeof customElements !== 'undefined' && !!customElements.get('yb-result');
  /** A rule the packs lack, asked of the person in place of the refusal. */
  @state() private missing: MissingFault | null = null;
  /** The unpublished numbers that moved the shown result, offered as "我知道这个数" (optional). */
  @state() private known: KnownChoice[] = [];
  @state() private missingReady = typeof customElements !== 'undefined' && !!customElements.get('yb-missing-rule');
  @state() private whatIfOpen = false;
  @state() private whatIfReady = typeof customElements !== 'undefined' && !!customElements.get('yb-what-if');
  /** Input and packs of the shown result, for the what-if section (with the supplied-values layer). */
  private whatIf: { input: EstimateInput; packs: RulePack[] } | null = null;
  /** The supplied-values layer, rebuilt only when its inputs change: one object, validated and hashed once. */
  private overlayMemo: { supplied: Supplied; top: RulePack; date: string; today: string; chain: RulePack[]; overlay: RulePack } | null = null;
  private enginePending = false;
  private lastFired = '';
  private pending = new Set<Promise<unknown>>();
  private loc = new LocaleState();
  private get t(): Translate { return this.loc.t; }
  private get tLang(): Lang { return this.loc.lang; }

  // ── lifecycle ──
  constructor() {
    super();
    this.addEventListener('keydown', (e) => this.onShortcut(e));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.shareUrl) this.readFragment();
  }

  /** Also waits for what loads on demand (engine, strings, lazily defined elements). */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterPending(this.pending, () => super.getUpdateComplete());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.commitTimer);
  }

  override willUpdate(changed: PropertyValues): void {
    const { changed: langChanged, loading } = this.loc.update(resolveLang(this.lang, this), () => this.requestUpdate());
    if (loading) track(this.pending, loading);
    let form = this.form;
    if (changed.has('region') && this.region && this.region !== form.region) form = { ...form, region: this.region };
    if (changed.has('scheme') && (this.scheme === 'resident' || this.scheme === 'employee')) form = { ...form, scheme: this.scheme };
    // Presets apply when given (the first update lists every initialised property, even empty ones).
    if (changed.has('category') && (this.category || changed.get('category') !== undefined)) {
      form = { ...form, categories: this.presetCategories() };
    }
    const formChanged = form !== this.form;
    if (formChanged) this.form = form;
    if (formChanged || changed.has('form') || changed.has('packs') || changed.has('loaded') || changed.has('catalog') || changed.has('visitDate') || changed.has('engine') || changed.has('loadError') || changed.has('indexState') || langChanged) {
      this.recompute();
    }
  }

  // ── handlers ──
  private emptyForm(): FormState {
    const ytd = Object.fromEntries(YTD_MONEY.map((k) => [k, EMPTY_MONEY])) as Record<YtdMoneyKey, MoneyField>;
    return {
      region: '', scheme: 'resident', retired: false, categories: [], ageText: '', birthDate: '',
      visits: [this.newVisit(0)], admissionsText: '', ytd, supplied: NO_SUPPLIED,
    };
  }

  private newVisit(key: number): VisitForm {
    return {
      key, kind: 'inpatient', level: 'secondary', place: 'local', date: this.visitDate || '', billMode: 'total',
      bill: { total: EMPTY_MONEY, outOfScope: EMPTY_MONEY, partialSelfPay: EMPTY_MONEY, inScope: EMPTY_MONEY },
    };
  }

  private presetCategories(): CategoryId[] {
    return this.category.split(/[\s,]+/).filter(isCategoryId);
  }

  private allPacks(): RulePack[] {
    return [...this.packs, ...new Set(this.loaded.values())];
  }

  /** The pack that answers for a region: its own, else its city's, province's or the national one (loaded). */
  private packFor(code: string): RulePack | undefined {
    const all = this.allPacks();
    const exact = all.find((p) => p.region.code === code || p.id === code);
    if (exact) return exact;
    const answer = this.answerFor(code);
    return answer ? all.find((p) => p.region.code === answer) : undefined;
  }

  /** Code of the shipped or given pack that answers for a region (src/regions/code.ts), loaded or not. */
  private answerFor(code: string): string | undefined {
    const has = (c: string) => this.catalog.some((e) => e.code === c) || this.allPacks().some((p) => p.region.code === c);
    if (has(code)) return code;
    // Without a pack of its own, the full table (lazy) decides: a code it does not know is refused.
    return regionIndexNow()?.answeringCode(code, has);
  }

  private regionEntries(): RegionEntry[] {
    const out = new Map<string, RegionEntry>();
    for (const e of this.catalog) out.set(e.code, { code: e.code, name: e.name, ...(e.province ? { province: e.province } : {}) });
    for (const p of this.packs) {
      if (!out.has(p.region.code)) out.set(p.region.code, { code: p.region.code, name: p.region.name, ...(p.region.province ? { province: p.region.province } : {}) });
    }
    return [...out.values()];
  }

  private packCategories(pack: RulePack | undefined): CategoryInfo[] {
    let cur = pack;
    const seen = new Set<string>();
    while (cur && !seen.has(cur.id)) {
      if (cur.categories.length) return [...cur.categories].sort((a, b) => a.rank - b.rank);
      seen.add(cur.id);
      cur = cur.extends ? this.packFor(cur.extends) : undefined;
    }
    return [];
  }

  private guidanceOf(pack: RulePack | undefined) {
    let cur = pack;
    const seen = new Set<string>();
    while (cur && !seen.has(cur.id)) {
      if (cur.guidance) return cur.guidance;
      seen.add(cur.id);
      cur = cur.extends ? this.packFor(cur.extends) : undefined;
    }
    return undefined;
  }

  /** Starts loading the engine chunk and <yb-result> (once per page; each instance awaits it). */
  private ensureEngine(): void {
    if (!this.resultReady) {
      track(this.pending, loadResultElement().then(() => { this.resultReady = true; }, () => undefined));
    }
    if (this.engine || this.enginePending) return;
    this.enginePending = true;
    track(this.pending, loadEngine().then(
      (m) => { this.engine = m; },
      () => { this.loadError = this.t('status.loadFailed'); },
    ).finally(() => { this.enginePending = false; }));
  }

  /** The pack chain of a region, nearest first. */
  private chainOf(pack: RulePack): RulePack[] {
    const out: RulePack[] = [];
    let cur: RulePack | undefined = pack;
    while (cur && !out.includes(cur)) {
      out.push(cur);
      cur = cur.extends ? this.packFor(cur.extends) : undefined;
    }
    return out;
  }

  /** Loads a region's pack chain from the catalog (per instance; no shared cache). */
  private async loadRegion(code: string): Promise<void> {
    if (this.loading.has(code)) return;
    this.loading.add(code);
    const got = new Map(this.loaded);
    try {
      let next: string | undefined = this.answerFor(code) ?? code;
      while (next && !got.has(next) && !this.packs.some((p) => p.id === next || p.region.code === next)) {
        const want: string = next;
        const entry = this.catalog.find((e) => e.code === want || e.id === want);
        if (!entry) break;
        // Rules and texts (quotes, guidance) load together: the explanation and the next steps
        // need the texts, and a failed texts chunk still leaves the figures usable.
        const [rules, texts] = await Promise.all([
          entry.load(),
          typeof entry.loadTexts === 'function' ? entry.loadTexts().catch(() => undefined) : Promise.resolve(undefined),
        ]);
        const pack = texts ? withTexts(rules, texts) : rules;
        got.set(entry.code, pack);
        got.set(pack.id, pack);
        next = pack.extends;
      }
      this.loadError = '';
    } catch {
      this.failed.add(code);
      this.loadError = this.t('status.loadFailed');
    } finally {
      this.loading.delete(code);
      this.loaded = got;
    }
  }

  /** Builds the engine input from the form; null with a reason when not ready. */
  private buildInput(): { input: EstimateInput } | { reason: 'region' | 'loading' | 'bill' | 'invalid' } {
    const f = this.form;
    if (!f.region) return { reason: 'region' };
    // The engine loads in parallel with the region's packs; the form works meanwhile.
    this.ensureEngine();
    const pack = this.packFor(f.region);
    if (!pack) {
      if (this.failed.has(f.region)) return { reason: 'region' };
      // A region without a pack of its own: the full table says whether the code exists.
      // (If it cannot load, the region cannot be answered here: the engine refuses it.)
      if (!this.catalog.some((c) => c.code === f.region) && !regionIndexNow() && this.indexState !== 'failed') {
        if (this.indexState === 'idle') {
          this.indexState = 'loading';
          track(this.pending, loadRegionIndex().then(() => { this.indexState = 'ready'; }, () => { this.indexState = 'failed'; }));
        }
        return { reason: 'loading' };
      }
      if (this.answerFor(f.region) !== undefined) {
        void this.loadRegion(f.region);
        return { reason: 'loading' };
      }
    }
    let invalid = false;
    let incomplete = false;
    const today = this.visitDate || todayIso();
    const visits: VisitInput[] = f.visits.map((v, i) => {
      const b = v.bill;
      let total: string;
      let outOfScope: string | undefined;
      let partialSelfPay: string | undefined;
      if (v.billMode === 'total') {
        if (b.total.value === null) invalid = true;
        if (!b.total.value) incomplete = true;
        total = b.total.value ?? '0.00';
      } else {
        const parts = [b.outOfScope, b.partialSelfPay, b.inScope];
        if (parts.some((p) => p.value === null)) invalid = true;
        if (parts.every((p) => !p.value)) incomplete = true;
        outOfScope = b.outOfScope.value || '0.00';
        partialSelfPay = b.partialSelfPay.value || '0.00';
        total = sumMoney([outOfScope, partialSelfPay, b.inScope.value || '0.00']);
      }
      const needsLevel = v.kind === 'inpatient' || v.kind === 'outpatient-special';
      return {
        id: `v${i + 1}`, kind: v.kind, date: v.date || today, place: v.place, total,
        ...(needsLevel ? { hospitalLevel: v.level } : {}),
        ...(outOfScope !== undefined ? { outOfScope } : {}),
        ...(partialSelfPay !== undefined ? { partialSelfPay } : {}),
      };
    });
    const ytd: YearToDateInput = {};
    for (const k of YTD_MONEY) {
      const fld = f.ytd[k];
      if (fld.value === null) invalid = true;
      else if (fld.value) ytd[k] = fld.value;
    }
    if (f.admissionsText.trim()) {
      const n = Number(f.admissionsText.trim());
      if (!Number.isInteger(n) || n < 0 || n > 366) invalid = true;
      else ytd.inpatientAdmissions = n;
    }
    this.ageError = '';
    let age: number | undefined;
    if (f.ageText.trim() && !f.birthDate) {
      const n = Number(f.ageText.trim().replace(/[岁周]/g, ''));
      if (!Number.isInteger(n) || n < 0 || n > 130) {
        invalid = true;
        this.ageError = this.t('age.invalid');
      } else age = n;
    }
    if (invalid) return { reason: 'invalid' };
    if (incomplete) return { reason: 'bill' };
    const known = new Set(this.packCategories(pack).map((c) => c.id));
    const input: EstimateInput = {
      region: f.region,
      person: {
        scheme: f.scheme,
        ...(f.scheme === 'employee' ? { retired: f.retired } : {}),
        ...(f.birthDate ? { birthDate: f.birthDate } : age !== undefined ? { age } : {}),
        categories: f.categories.filter((c) => known.has(c)),
      },
      visits,
      ...(Object.keys(ytd).length ? { yearToDate: ytd } : {}),
      options: { trace: true, lang: this.tLang },
    };
    return { input };
  }

  private clearResult(): void {
    this.output = null;
    this.errors = this.loadError ? [this.loadError] : [];
    this.hardship = null;
    this.stale = false;
    this.lastInput = null;
    this.missing = null;
    this.known = [];
    this.whatIf = null;
    this.lastFired = '';
  }

  private recompute(): void {
    const built = this.buildInput();
    if ('reason' in built) {
      this.placeholder = this.t(`placeholder.${built.reason}`);
      if (built.reason === 'invalid') {
        this.stale = this.output !== null;
        this.scheduleCommit(this.t('announce.invalid'));
      } else {
        this.clearResult();
      }
      return;
    }
    const e = this.engine;
    if (!e) {
      // The form accepts input meanwhile; the result follows when the engine chunk arrives.
      this.placeholder = this.t('placeholder.loading');
      this.clearResult();
      return;
    }
    let input = built.input;
    let packs = this.allPacks();
    const supplied = this.form.supplied;
    const top = this.packFor(this.form.region);
    if (top && (supplied.params.length || supplied.series.length)) {
      // Values the person supplied: one more layer over the region's own chain, cited as theirs.
      const chain = this.chainOf(top);
      const values = supplied.params.filter((v) => Object.hasOwn(e.PARAMS, v.key)) as unknown as UserValue[]; // bool/enum leaves ride as Leaf
      const firstDate = input.visits[0]?.date ?? (this.visitDate || todayIso());
      const today = todayIso();
      const m = this.overlayMemo;
      const overlay = m && m.supplied === supplied && m.top === top && m.date === firstDate && m.today === today && m.chain.length === chain.length && m.chain.every((l, i) => l === chain[i])
        ? m.overlay
        : e.userValuesPack(top, values, today, { layers: chain, date: firstDate, series: supplied.series });
      this.overlayMemo = { supplied, top, date: firstDate, today, chain, overlay };
      const { region: _region, ...rest } = input;
      input = { ...rest, pack: overlay };
      packs = chain;
    }
    // The region's name when it has no pack of its own (the picker has loaded the full table by then).
    const table = regionIndexNow()?.regionTable();
    const result = e.estimateSync(input, packs, table ? { regionName: (c: string) => table.get(c)?.name } : {});
    this.lastInput = built.input;
    this.stale = false;
    if (isEstimateError(result)) {
      this.output = null;
      this.errors = result.errors.map((x) => x.message);
      this.hardship = null;
      this.caseRef = '';
      this.whatIf = null;
      this.lastFired = '';
      this.known = [];
      // Only a pack without bounds for a rule (e.g. an inline pack) still refuses with param-missing:
      // then the question stays, as the fallback.
      this.missing = e.missingFault(result.errors, top ? this.chainOf(top) : []);
      if (this.missing && !this.missingReady) {
        track(this.pending, loadMissingRuleElement().then(() => { this.missingReady = true; }, () => undefined));
      }
      this.scheduleCommit(this.missing ? this.t('missing.announce', { label: this.missing.label[this.tLang] }) : this.errors.join(' '));
      return;
    }
    this.missing = null;
    this.known = e.knownChoices(result, top ? this.chainOf(top) : []);
    if (this.known.length && !this.missingReady) {
      track(this.pending, loadMissingRuleElement().then(() => { this.missingReady = true; }, () => undefined));
    }
    this.errors = [];
    this.output = result;
    this.whatIf = { input, packs };
    this.hardship = e.hardshipNotice(input, result, packs);
    const { options: _options, ...forRef } = built.input;
    this.caseRef = e.caseReference(supplied.params.length || supplied.series.length ? { ...forRef, supplied } : forRef);
    const r = result.totals.range.outOfPocket;
    const outOfPocket = this.t('money.amount', { amount: formatMoney(result.totals.outOfPocket, this.tLang) });
    this.scheduleCommit(result.totals.exact
      ? this.t('announce.result', { outOfPocket, rate: shareToPercent(result.totals.reimbursedShare) })
      : this.t('announce.resultRange', { outOfPocket, low: formatMoney(r.low, this.tLang), high: formatMoney(r.high, this.tLang) }));
  }

  /** Debounced commit: announce politely, fire yb-estimate (user changes only), update the fragment. */
  private scheduleCommit(message: string): void {
    clearTimeout(this.commitTimer);
    // A user edit stays pending until its result commits, even if a programmatic change lands
    // inside the debounce window; a programmatic change alone never fires the event.
    this.pendingUserCommit ||= this.userChanged;
    this.userChanged = false;
    const fire = () => {
      const userDriven = this.pendingUserCommit;
      this.pendingUserCommit = false;
      this.announcement = message;
      const out = this.output;
      if (userDriven && out && !this.stale && this.engine) {
        // Only when the figures changed: leaving a field (change) re-reads the same amount.
        const detail = this.engine.estimateDetail(out, this.caseRef, this.tLang);
        const signature = JSON.stringify(detail);
        if (signature !== this.lastFired) {
          this.lastFired = signature;
          this.dispatchEvent(new YbEstimateEvent(detail));
        }
      }
      if (userDriven && this.shareUrl) this.writeFragment();
    };
    if (this.commitDelay <= 0) queueMicrotask(fire);
    else this.commitTimer = setTimeout(fire, this.commitDelay);
  }

  /** Every user edit goes through here: marks the change as user-driven. */
  private edit(patch: Partial<FormState>): void {
    this.userChanged = true;
    this.form = { ...this.form, ...patch };
  }

  private editVisit(key: number, patch: Partial<VisitForm>): void {
    this.edit({ visits: this.form.visits.map((v) => (v.key === key ? { ...v, ...patch } : v)) });
  }

  private onRegion(e: CustomEvent<{ code: string }>): void {
    // Supplied values belong to the region they were asked for.
    this.edit({ region: e.detail.code, supplied: NO_SUPPLIED });
  }

  /** The person supplied a missing rule or income figure: add it (replacing the same cell) and re-estimate. */
  private async onMissingValue(e: CustomEvent<MissingValueDetail>): Promise<void> {
    const d = e.detail;
    const s = this.form.supplied;
    const supplied: Supplied = d.kind === 'param'
      ? { ...s, params: [...s.params.filter((v) => !(v.key === d.key && sameCell(v.cell, d.cell))), { key: d.key, cell: d.cell, value: d.value }] }
      : { ...s, series: [...s.series.filter((v) => !(v.series === d.series && v.year === d.year)), { series: d.series, year: d.year, value: d.value }] };
    const asked = this.missing !== null;
    this.edit({ supplied });
    await this.updateComplete;
    // After a question (fallback): the next question, if another rule is missing, else the result.
    // After an optional value: the result, which now rests on it.
    const next = this.missing ? this.renderRoot.querySelector<HTMLElement>('yb-missing-rule') : null;
    if (asked && next) next.focus();
    else (this.renderRoot.querySelector('yb-result') as YbResult | null)?.focusHeading?.();
  }

  private async clearSupplied(): Promise<void> {
    this.edit({ supplied: NO_SUPPLIED });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('yb-missing-rule')?.focus();
  }

  private suppliedCount(): number {
    return this.form.supplied.params.length + this.form.supplied.series.length;
  }

  private onScheme(e: Event): void {
    this.edit({ scheme: (e.target as HTMLInputElement).value as Scheme });
  }

  private onRetired(e: Event): void {
    this.edit({ retired: (e.target as HTMLInputElement).checked });
  }

  private onCategory(e: Event): void {
    const box = e.target as HTMLInputElement;
    const id = box.value as CategoryId;
    const rest = this.form.categories.filter((c) => c !== id);
    this.edit({ categories: box.checked ? [...rest, id] : rest });
  }

  private onAge(e: Event): void {
    this.edit({ ageText: (e.target as HTMLInputElement).value });
  }

  private onBirthDate(e: Event): void {
    this.edit({ birthDate: (e.target as HTMLInputElement).value });
  }

  private onVisitSelect(key: number, field: 'kind' | 'level' | 'place', e: Event): void {
    this.editVisit(key, { [field]: (e.target as HTMLSelectElement).value } as Partial<VisitForm>);
  }

  private onVisitDate(key: number, e: Event): void {
    this.editVisit(key, { date: (e.target as HTMLInputElement).value });
  }

  private onBillMode(key: number, e: Event): void {
    this.editVisit(key, { billMode: (e.target as HTMLInputElement).value as VisitForm['billMode'] });
  }

  private onBill(key: number, part: BillPart, e: CustomEvent<MoneyInputDetail>): void {
    const v = this.form.visits.find((x) => x.key === key);
    if (!v) return;
    this.editVisit(key, { bill: { ...v.bill, [part]: { text: e.detail.text, value: e.detail.value } } });
  }

  private onYtd(k: YtdMoneyKey, e: CustomEvent<MoneyInputDetail>): void {
    this.edit({ ytd: { ...this.form.ytd, [k]: { text: e.detail.text, value: e.detail.value } } });
  }

  private onAdmissions(e: Event): void {
    this.edit({ admissionsText: (e.target as HTMLInputElement).value });
  }

  private async addVisit(): Promise<void> {
    const key = this.nextVisitKey++;
    this.edit({ visits: [...this.form.visits, this.newVisit(key)] });
    await this.updateComplete;
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>(`#v${key}-total`) ?? root.querySelector<HTMLElement>(`#v${key}-kind`))?.focus();
  }

  private async removeVisit(key: number): Promise<void> {
    this.edit({ visits: this.form.visits.filter((v) => v.key !== key) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-visit')?.focus();
  }

  private summaryContext(out: EstimateOutput, t: Translate, lang: Lang): SummaryContext {
    const pack = this.packFor(out.pack.id);
    return {
      regionName: out.region.name?.[lang] ?? out.pack.region.name[lang], schemeName: t(`engine:scheme.${this.form.scheme}`),
      categories: this.packCategories(pack), guidance: this.guidanceOf(pack), caseRef: this.caseRef,
    };
  }

  /** The plain-text summary ("copy for my family"; the hotline's copy). */
  summaryText(): string {
    const out = this.output;
    if (!out || !this.engine) return '';
    return this.engine.plainSummary(out, this.summaryContext(out, this.t, this.tLang), this.t, this.tLang);
  }

  /** The zh-CN read-aloud script for hotline staff. */
  scriptText(): string {
    const out = this.output;
    if (!out || !this.engine) return '';
    const tZh = this.tLang === 'zh-CN' ? this.t : translatorFor('zh-CN');
    return this.engine.readAloudScript(out, this.summaryContext(out, tZh, 'zh-CN'), tZh);
  }

  private async copySummary(): Promise<void> {
    const text = this.summaryText();
    if (!text) {
      this.copyStatus = this.t('tools.nothingToCopy');
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      this.copyStatus = this.t('tools.copied');
    } catch {
      this.copyStatus = this.t('tools.copyFailed');
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#summary-text');
      const details = area?.closest('details');
      if (details) details.open = true;
      area?.focus();
      area?.select();
    }
  }

  /** Prints the result with its explanation open (the form is hidden by @media print). */
  private async print(): Promise<void> {
    const r = this.renderRoot.querySelector<YbResult>('yb-result');
    r?.toggleExplanation(true);
    await r?.updateComplete;
    window.print();
  }

  private async goStep(delta: number): Promise<void> {
    this.step = Math.min(STEPS.length - 1, Math.max(0, this.step + delta));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  private focusFirst(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private onShortcut(e: KeyboardEvent): void {
    if (this.mode !== 'hotline' || !e.altKey || e.ctrlKey || e.metaKey) return;
    const action = (SHORTCUTS as Record<string, ShortcutAction | undefined>)[e.code];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    switch (action) {
      case 'region': this.focusFirst('yb-region-picker'); break;
      case 'scheme': this.focusFirst('input[name="scheme"]:checked, .scheme-locked'); break;
      case 'identity': this.focusFirst('input[name="category"], .identity-locked'); break;
      case 'age': this.focusFirst('#age'); break;
      case 'bill': this.focusFirst('yb-money-input[data-bill]'); break;
      case 'addVisit': void this.addVisit(); break;
      case 'yearToDate': {
        const d = this.renderRoot.querySelector<HTMLDetailsElement>('#ytd');
        if (d) d.open = true;
        this.focusFirst('#ytd-admissions');
        break;
      }
      case 'explanation': {
        const r = this.renderRoot.querySelector<YbResult>('yb-result');
        r?.toggleExplanation();
        break;
      }
      case 'copy': void this.copySummary(); break;
      case 'script': this.scriptOpen = !this.scriptOpen; break;
      case 'missing': {
        // The question (fallback) is focused; "我知道这个数" is opened at its first field.
        const m = this.renderRoot.querySelector<YbMissingRule>('yb-missing-rule');
        if (m && !m.fault) void m.openEntry();
        else m?.focus();
        break;
      }
    }
  }

  // URL fragment sharing (opt-in): the state lives in location.hash only and is never sent. The
  // code loads only on pages that opt in (./share-fragment.ts), keeping it off the initial JS.
  private fragmentKey(): string {
    return this.id ? `yb-${this.id}` : 'yb';
  }

  private writeFragment(): void {
    track(this.pending, import('./share-fragment.js').then((m) => m.writeShareFragment(this.fragmentKey(), this.form)));
  }

  private readFragment(): void {
    track(this.pending, import('./share-fragment.js').then((m) => {
      const restored = m.readShareFragment(this.fragmentKey(), {
        newVisit: () => this.newVisit(this.nextVisitKey++),
        region: this.lockRegion && this.region ? this.region : undefined,
        scheme: this.lockScheme && this.scheme ? this.scheme as Scheme : undefined,
        categories: this.lockCategory ? this.presetCategories() : undefined,
      });
      if (restored) this.form = restored;
    }));
  }

  // ── render ──
  private kbd(action: ShortcutAction): string | typeof nothing {
    return this.mode === 'hotline' ? SHORTCUT_KEYS[action] : nothing;
  }

  private renderRegion(): TemplateResult {
    return html`<yb-region-picker .regions=${this.regionEntries()} .value=${this.form.region} lang=${this.tLang}
      ?locked=${this.lockRegion && !!this.region} shortcut=${this.kbd('region')}
      @yb-region-change=${this.onRegion}></yb-region-picker>`;
  }

  private renderPerson(): TemplateResult {
    const f = this.form;
    const pack = f.region ? this.packFor(f.region) : undefined;
    const offered = pack?.schemes ?? ['resident', 'employee'];
    if (this.lockScheme && this.scheme) {
      return html`<fieldset><legend>${this.t('scheme.legend')}</legend>
        <p class="locked-value scheme-locked" tabindex="-1">${this.t('scheme.locked', { scheme: this.t(`engine:scheme.${f.scheme}`) })}</p>
        ${f.scheme === 'employee' ? this.renderRetired() : nothing}</fieldset>`;
    }
    return html`<fieldset>
      <legend>${this.t('scheme.legend')}</legend>
      ${(['resident', 'employee'] as const).map((s) => html`<label class="choice">
        <input type="radio" name="scheme" id="scheme-${s}" value=${s} .checked=${f.scheme === s} ?disabled=${!offered.includes(s)}
          aria-keyshortcuts=${this.kbd('scheme')} @change=${this.onScheme}>
        <span>${this.t(`engine:scheme.${s}`)}<small>${this.t(`scheme.help.${s}`)}</small></span></label>`)}
      ${f.scheme === 'employee' ? this.renderRetired() : nothing}
    </fieldset>`;
  }

  private renderRetired(): TemplateResult {
    return html`<label class="choice"><input type="checkbox" id="retired" .checked=${this.form.retired} @change=${this.onRetired}>
      <span>${this.t('scheme.retired')}</span></label>`;
  }

  private renderIdentity(): TemplateResult {
    const f = this.form;
    const cats = this.packCategories(f.region ? this.packFor(f.region) : undefined);
    const help = html`<details class="noprint"><summary>${this.t('identity.unsureSummary')}</summary><p class="hint">${this.t('identity.unsureText')}</p></details>`;
    if (this.lockCategory) {
      const names = f.categories.map((c) => cats.find((k) => k.id === c)?.name[this.tLang] ?? this.t(`engine:category.${c}`));
      return html`<fieldset><legend>${this.t('identity.legend')}</legend>
        <p class="locked-value identity-locked" tabindex="-1">${this.t('identity.locked', { identities: names.length ? names.join(this.t('identity.joiner')) : this.t('engine:category.none') })}</p></fieldset>`;
    }
    return html`<fieldset>
      <legend>${this.t('identity.legend')}</legend>
      <p class="hint">${this.t('identity.hint')}</p>
      ${cats.length ? cats.map((c, i) => html`<label class="choice">
        <input type="checkbox" name="category" id="cat-${i}" value=${c.id} .checked=${f.categories.includes(c.id)}
          aria-keyshortcuts=${i === 0 ? this.kbd('identity') : nothing} @change=${this.onCategory}>
        <span>${this.t('identity.option', { name: c.name[this.tLang], localClass: c.localClass[this.tLang] })}
          <small>${c.description[this.tLang]} ${this.t(c.access === 'automatic' ? 'identity.automatic' : 'identity.application')}</small></span>
      </label>`) : html`<p class="hint">${this.t('identity.pickRegionFirst')}</p>`}
      ${help}
    </fieldset>`;
  }

  private renderAge(): TemplateResult {
    const f = this.form;
    return html`<fieldset>
      <legend>${this.t('age.legend')}</legend>
      <p class="hint" id="age-hint">${this.t('age.hint')}</p>
      <div class="row">
        <div><label for="age">${this.t('age.age')}</label>
          <input id="age" type="text" inputmode="numeric" autocomplete="off" .value=${f.ageText} ?disabled=${!!f.birthDate}
            aria-describedby="age-hint age-error" aria-invalid=${this.ageError ? 'true' : 'false'} aria-keyshortcuts=${this.kbd('age')} @input=${this.onAge}></div>
        <div><label for="birth">${this.t('age.birthDate')}</label>
          <input id="birth" type="date" .value=${f.birthDate} aria-describedby="age-hint" @change=${this.onBirthDate}></div>
      </div>
      <p class="error" id="age-error" aria-live="polite">${this.ageError}</p>
    </fieldset>`;
  }

  private renderMoney(id: string, label: string, field: MoneyField, onInput: (e: CustomEvent<MoneyInputDetail>) => void, opts: { hint?: string; bill?: boolean; shortcut?: string } = {}): TemplateResult {
    return html`<yb-money-input id=${id} label=${label} hint=${opts.hint ?? ''} lang=${this.tLang} .text=${field.text}
      ?data-bill=${opts.bill ?? false} shortcut=${opts.shortcut ?? ''} @yb-money-input=${onInput}></yb-money-input>`;
  }

  private renderVisit(v: VisitForm, i: number): TemplateResult {
    const id = `v${v.key}`;
    const needsLevel = v.kind === 'inpatient' || v.kind === 'outpatient-special';
    const first = i === 0;
    const b = v.bill;
    const splitTotal = sumMoney([b.outOfScope.value || '0', b.partialSelfPay.value || '0', b.inScope.value || '0']);
    return html`<fieldset class="visit">
      <legend>${this.t('visit.legend', { n: String(i + 1) })}</legend>
      <div class="row">
        <div><label for="${id}-kind">${this.t('visit.kind')}</label>
          <select id="${id}-kind" @change=${(e: Event) => this.onVisitSelect(v.key, 'kind', e)}>
            ${VISIT_KINDS.map((k) => html`<option value=${k} ?selected=${v.kind === k}>${this.t(`engine:kind.${k}`)}</option>`)}
          </select></div>
        ${needsLevel ? html`<div><label for="${id}-level">${this.t('visit.level')}</label>
          <select id="${id}-level" @change=${(e: Event) => this.onVisitSelect(v.key, 'level', e)}>
            ${HOSPITAL_LEVELS.map((k) => html`<option value=${k} ?selected=${v.level === k}>${this.t(`engine:level.${k}`)}</option>`)}
          </select></div>` : nothing}
        <div><label for="${id}-place">${this.t('visit.place')}</label>
          <select id="${id}-place" @change=${(e: Event) => this.onVisitSelect(v.key, 'place', e)}>
            ${PLACES.map((k) => html`<option value=${k} ?selected=${v.place === k}>${this.t(`engine:place.${k}`)}</option>`)}
          </select></div>
        <div><label for="${id}-date">${this.t('visit.date')}</label>
          <input id="${id}-date" type="date" .value=${v.date || this.visitDate || todayIso()} @change=${(e: Event) => this.onVisitDate(v.key, e)}></div>
      </div>
      <fieldset>
        <legend>${this.t('visit.billMode')}</legend>
        <div class="row">
          <label class="choice"><input type="radio" name="${id}-mode" value="total" .checked=${v.billMode === 'total'} @change=${(e: Event) => this.onBillMode(v.key, e)}><span>${this.t('visit.modeTotal')}</span></label>
          <label class="choice"><input type="radio" name="${id}-mode" value="split" .checked=${v.billMode === 'split'} @change=${(e: Event) => this.onBillMode(v.key, e)}><span>${this.t('visit.modeSplit')}</span></label>
        </div>
      </fieldset>
      ${v.billMode === 'total'
        ? this.renderMoney(`${id}-total`, this.t('visit.total'), b.total, (e) => this.onBill(v.key, 'total', e), { hint: this.t('visit.totalHint'), bill: true, shortcut: first ? SHORTCUT_KEYS.bill : '' })
        : html`
          ${this.renderMoney(`${id}-outOfScope`, this.t('visit.outOfScope'), b.outOfScope, (e) => this.onBill(v.key, 'outOfScope', e), { hint: this.t('visit.outOfScopeHint'), bill: true, shortcut: first ? SHORTCUT_KEYS.bill : '' })}
          ${this.renderMoney(`${id}-partialSelfPay`, this.t('visit.partialSelfPay'), b.partialSelfPay, (e) => this.onBill(v.key, 'partialSelfPay', e), { hint: this.t('visit.partialSelfPayHint') })}
          ${this.renderMoney(`${id}-inScope`, this.t('visit.inScope'), b.inScope, (e) => this.onBill(v.key, 'inScope', e), { hint: this.t('visit.inScopeHint') })}
          <p class="sum">${this.t('visit.splitTotal', { total: this.t('money.amount', { amount: formatMoney(splitTotal, this.tLang) }) })}</p>`}
      ${this.form.visits.length > 1 ? html`<div class="actions"><button type="button" class="secondary" @click=${() => this.removeVisit(v.key)}>${this.t('visit.remove', { n: String(i + 1) })}</button></div>` : nothing}
    </fieldset>`;
  }

  private renderVisits(): TemplateResult {
    return html`<div class="visits">
      ${this.form.visits.map((v, i) => this.renderVisit(v, i))}
      <div class="actions"><button type="button" id="add-visit" class="secondary" aria-keyshortcuts=${this.kbd('addVisit')} @click=${() => this.addVisit()}>${this.t('visit.add')}</button></div>
    </div>`;
  }

  private renderYearToDate(): TemplateResult {
    const f = this.form;
    const body = html`
      <p class="hint">${this.t('ytd.hint')}</p>
      <div><label for="ytd-admissions">${this.t('ytd.inpatientAdmissions')}</label>
        <input id="ytd-admissions" type="text" inputmode="numeric" autocomplete="off" .value=${f.admissionsText} aria-keyshortcuts=${this.kbd('yearToDate')} @input=${this.onAdmissions}></div>
      ${YTD_MONEY.map((k) => this.renderMoney(`ytd-${k}`, this.t(`ytd.${k}`), f.ytd[k], (e) => this.onYtd(k, e)))}`;
    if (this.mode === 'elder') return html`<fieldset><legend>${this.t('ytd.legend')}</legend>${body}</fieldset>`;
    return html`<details id="ytd"><summary>${this.t('ytd.legend')}</summary><fieldset><legend class="visually-hidden">${this.t('ytd.legend')}</legend>${body}</fieldset></details>`;
  }

  /**
   * What tells this instance apart from others on the page, for landmark names: the element's own
   * aria-label, else the chosen region's name, else its id.
   */
  private instanceName(): string {
    const own = this.getAttribute('aria-label')?.trim();
    if (own) return own;
    const code = this.form.region;
    if (code) {
      const entry = this.catalog.find((c) => c.code === code);
      const name = regionIndexNow()?.regionTable().get(code)?.name[this.tLang] ?? entry?.name[this.tLang] ?? this.packFor(code)?.region.name[this.tLang];
      if (name) return name;
    }
    return this.id;
  }

  private landmark(key: 'form' | 'result'): string {
    const name = this.instanceName();
    return name ? this.t(`${key}.labelFor`, { name }) : this.t(key === 'form' ? 'form.label' : 'result.heading');
  }

  private renderResult(): TemplateResult {
    const pack = this.form.region ? this.packFor(this.form.region) : undefined;
    const label = this.landmark('result');
    if (this.missing && this.missingReady) {
      return html`<yb-missing-rule part="missing" lang=${this.tLang} mode=${this.mode} label=${label}
        .fault=${this.missing} .supplied=${this.suppliedCount()} @yb-missing-value=${this.onMissingValue}
        @yb-missing-clear=${() => this.clearSupplied()}></yb-missing-rule>`;
    }
    if (!this.resultReady) {
      // <yb-result> is still loading: the same empty state, drawn here.
      return html`<section part="result" class="result-shell" aria-label=${label}><h2>${this.t('result.heading')}</h2>
        ${this.errors.length ? html`<ul class="plain">${this.errors.map((e) => html`<li>${e}</li>`)}</ul>`
          : html`<p class="placeholder">${this.placeholder || this.t('result.placeholder')}</p>`}</section>`;
    }
    return html`<yb-result part="result" exportparts="chart, table, explanation" lang=${this.tLang} mode=${this.mode} label=${label}
      .output=${this.output} .errors=${this.errors} .stale=${this.stale} .placeholder=${this.placeholder}
      .hardship=${this.hardship} .categories=${this.packCategories(pack)} .guidance=${this.guidanceOf(pack)}></yb-result>
      ${this.output && this.known.length && this.missingReady ? html`<yb-missing-rule class="noprint" lang=${this.tLang} mode=${this.mode}
        .choices=${this.known} @yb-missing-value=${this.onMissingValue}></yb-missing-rule>` : nothing}
      ${this.renderSupplied()}
      ${this.output ? this.renderWhatIf() : nothing}`;
  }

  /** Values the person supplied: how many, and a way to drop them. */
  private renderSupplied(): TemplateResult | typeof nothing {
    const n = this.suppliedCount();
    if (!n) return nothing;
    return html`<div class="supplied noprint"><p>${this.t('missing.progress', { count: String(n) })} ${this.t('missing.notOfficial')}</p>
      <button type="button" class="secondary" id="clear-supplied" @click=${() => this.clearSupplied()}>${this.t('missing.clear')}</button></div>`;
  }

  /** 「费用变化时各项怎么变」: <yb-what-if>, defined when first opened. */
  private renderWhatIf(): TemplateResult {
    const w = this.whatIf;
    return html`<details class="what-if noprint" id="what-if" ?open=${this.whatIfOpen} @toggle=${this.onWhatIfToggle}>
      <summary>${this.t('whatIf.summary')}</summary>
      ${this.whatIfOpen && w
        ? this.whatIfReady
          ? html`<yb-what-if lang=${this.tLang} .input=${w.input} .packs=${w.packs}></yb-what-if>`
          : html`<p class="hint">${this.t('whatIf.loading')}</p>`
        : nothing}
    </details>`;
  }

  private onWhatIfToggle(e: Event): void {
    const open = (e.target as HTMLDetailsElement).open;
    if (open === this.whatIfOpen) return;
    this.whatIfOpen = open;
    if (open && !this.whatIfReady) {
      track(this.pending, loadWhatIfElement().then(() => { this.whatIfReady = true; }, () => undefined));
    }
  }

  private renderTools(): TemplateResult {
    const hotline = this.mode === 'hotline';
    const summary = this.summaryText();
    return html`<div class="tools" part="tools">
      <div class="actions">
        <button type="button" id="copy" ?disabled=${!this.output} aria-keyshortcuts=${this.kbd('copy')} @click=${() => this.copySummary()}>${this.t(hotline ? 'tools.copySummary' : 'tools.copyFamily')}</button>
        ${hotline ? html`<button type="button" id="script-toggle" class="secondary" aria-expanded=${this.scriptOpen ? 'true' : 'false'} aria-controls="script"
            aria-keyshortcuts=${this.kbd('script')} @click=${() => { this.scriptOpen = !this.scriptOpen; }}>${this.t('tools.script')}</button>`
          : html`<button type="button" class="secondary" @click=${() => this.print()}>${this.t('tools.print')}</button>`}
      </div>
      <p class="status" role="status">${this.copyStatus}</p>
      ${hotline && this.caseRef ? html`<p>${this.t('tools.caseRef')} <span class="caseref" data-case-ref>${this.caseRef}</span></p>` : nothing}
      ${hotline ? html`<div id="script">${this.scriptOpen ? html`<h3>${this.t('tools.scriptHeading')}</h3><p class="script" lang="zh-CN">${this.scriptText() || this.t('tools.nothingToCopy')}</p>` : nothing}</div>` : nothing}
      <details class="noprint"><summary>${this.t('tools.summaryText')}</summary>
        <label for="summary-text" class="visually-hidden">${this.t('tools.summaryText')}</label>
        <textarea id="summary-text" readonly .value=${summary}></textarea></details>
      ${hotline ? this.renderShortcutHelp() : nothing}
    </div>`;
  }

  private renderShortcutHelp(): TemplateResult {
    return html`<details class="noprint" id="shortcuts"><summary>${this.t('shortcuts.heading')}</summary>
      <p class="hint">${this.t('shortcuts.note')}</p>
      <dl class="keys">${(Object.keys(SHORTCUT_KEYS) as ShortcutAction[]).map((a) => html`<dt><kbd>${SHORTCUT_KEYS[a]}</kbd></dt><dd>${this.t(`shortcuts.${a}`)}</dd>`)}</dl>
    </details>`;
  }

  private renderSection(s: Step): TemplateResult {
    switch (s) {
      case 'region': return this.renderRegion();
      case 'person': return this.renderPerson();
      case 'identity': return this.renderIdentity();
      case 'age': return this.renderAge();
      case 'visits': return this.renderVisits();
      case 'yearToDate': return this.renderYearToDate();
      case 'result': return html`${this.renderResult()}${this.renderTools()}`;
    }
  }

  private renderElder(): TemplateResult {
    const s = STEPS[this.step]!;
    const last = this.step === STEPS.length - 1;
    return html`
      <p class="progress">${this.t('elder.progress', { n: String(this.step + 1), count: String(STEPS.length) })}</p>
      <h2 id="step-heading" class="step-heading" tabindex="-1">${this.t(`elder.step.${s}`)}</h2>
      ${s === 'result' ? this.renderSection(s) : html`<form part="form" @submit=${(e: Event) => { e.preventDefault(); void this.goStep(1); }}>${this.renderSection(s)}</form>`}
      <div class="actions noprint">
        ${this.step > 0 ? html`<button type="button" class="secondary" @click=${() => this.goStep(-1)}>${this.t('elder.back')}</button>` : nothing}
        ${!last ? html`<button type="button" @click=${() => this.goStep(1)}>${this.t(this.step === STEPS.length - 2 ? 'elder.seeResult' : 'elder.next')}</button>` : nothing}
      </div>`;
  }

  override render() {
    return html`
      <div class="visually-hidden" aria-live="polite" id="announcer">${this.announcement}</div>
      ${this.mode === 'elder' ? this.renderElder() : html`
        <div class="layout">
          <form part="form" aria-label=${this.landmark('form')} @submit=${(e: Event) => e.preventDefault()}>
            ${this.renderRegion()}
            ${this.renderPerson()}
            ${this.renderIdentity()}
            ${this.renderAge()}
            ${this.renderVisits()}
            ${this.renderYearToDate()}
          </form>
          <div>
            ${this.renderResult()}
            ${this.renderTools()}
          </div>
        </div>`}
    `;
  }
}
