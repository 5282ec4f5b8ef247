// <yb-estimator>: the composed estimator. The element holds the form state and wires its parts:
// PackController (packs, engine, region table), form-model.ts (form → engine input, pure),
// form-sections.ts (the form's templates), HotlineController (shortcuts), tools.ts (copy, print,
// read-aloud script). It renders the result with the lazily defined <yb-result>.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isEstimateError, PACK_CATALOG,
  type ApplicationNotice, type CatalogEntry, type EstimateInput, type EstimateOutput, type Lang, type RulePack, type Scheme,
} from '../../src/index.js';
import { hostStyles } from '../internal/host.styles.js';
import { disclosureStyles } from '../internal/disclosure.styles.js';
import { translatorFor, type Translate } from '../internal/i18n.js';
import { LocaleController } from '../internal/locale-controller.js';
import { formatMoney, shareToPercent } from '../internal/format.js';
import { WIDGETS_VERSION } from '../internal/define.js';
import { YbEstimateEvent, type KnownChoice, type MissingFault, type MissingValueDetail } from '../internal/events.js';
import { loadMissingRuleElement, loadResultElement, loadWhatIfElement } from '../internal/lazy-elements.js';
import { afterPending, track } from '../internal/pending.js';
import type { SummaryContext } from '../internal/summary.js';
import type { YbResult } from '../yb-result/yb-result.js';
import { estimatorStyles } from './yb-estimator.styles.js';
import {
  NO_SUPPLIED, emptyForm, formToInput, newVisit, presetCategories, suppliedCount, todayIso, withSupplied,
  type FormState,
} from './form-model.js';
import { PackController } from './pack-controller.js';
import type { HotlineController } from './hotline-controller.js';
import { SHORTCUT_KEYS } from './shortcut-keys.js';
import { FORM_SECTIONS, FORM_STEPS, type FormView } from './form-sections.js';
import { renderElder } from './elder.js';
import { renderAnswer, renderWhatIf, type AnswerView } from './answer.js';
import { copySummary, printResult, renderTools, type ToolsView } from './tools.js';

export type Mode = 'citizen' | 'elder' | 'hotline';

const STEPS = [...FORM_STEPS, 'result'] as const;
type Step = (typeof STEPS)[number];

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
  static version = WIDGETS_VERSION;
  static override styles = [hostStyles, estimatorStyles, disclosureStyles];

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

  @state() private form: FormState = emptyForm();
  /** Bumped by the pack controller when a pack, the engine or the region table arrives. */
  @state() private packRev = 0;
  @state() private output: EstimateOutput | null = null;
  @state() private errors: string[] = [];
  @state() private stale = false;
  @state() private placeholder = '';
  @state() private hardship: ApplicationNotice | null = null;
  @state() private caseRef = '';
  @state() private announcement = '';
  @state() private step = 0;
  @state() private scriptOpen = false;
  @state() private copyStatus = '';
  @state() private ageError = '';
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
  private nextVisitKey = 1;
  private userChanged = false;
  private pendingUserCommit = false;
  private commitTimer: ReturnType<typeof setTimeout> | undefined;
  private lastFired = '';
  private pending = new Set<Promise<unknown>>();
  private loc = new LocaleController(this, (p) => track(this.pending, p));
  private get t(): Translate { return this.loc.t; }
  private get tLang(): Lang { return this.loc.lang; }
  private readonly packCtl = new PackController(this, () => { this.packRev++; }, (p) => track(this.pending, p));
  /** Hotline shortcuts: loaded with the first hotline-mode update (./hotline-controller.ts). */
  private hotline: HotlineController | undefined;

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
    const langChanged = this.loc.sync();
    if (this.mode === 'hotline' && !this.hotline) this.loadHotline();
    let form = this.form;
    if (changed.has('region') && this.region && this.region !== form.region) form = { ...form, region: this.region };
    if (changed.has('scheme') && (this.scheme === 'resident' || this.scheme === 'employee')) form = { ...form, scheme: this.scheme };
    // Presets apply when given (the first update lists every initialised property, even empty ones).
    if (changed.has('category') && (this.category || changed.get('category') !== undefined)) {
      form = { ...form, categories: presetCategories(this.category) };
    }
    const formChanged = form !== this.form;
    if (formChanged) this.form = form;
    if (formChanged || langChanged || ['form', 'packs', 'packRev', 'catalog', 'visitDate'].some((k) => changed.has(k))) this.recompute();
  }

  private loadOnce(ready: 'resultReady' | 'missingReady' | 'whatIfReady', load: () => Promise<unknown>): void {
    if (!this[ready]) track(this.pending, load().then(() => { this[ready] = true; }, () => undefined));
  }

  private loadHotline(): void {
    track(this.pending, import('./hotline-controller.js').then((m) => { this.hotline ??= new m.HotlineController(this, this.view); this.requestUpdate(); }));
  }

  private clearResult(): void {
    this.output = null;
    this.errors = this.packCtl.loadFailed ? [this.t('status.loadFailed')] : [];
    this.hardship = null;
    this.stale = false;
    this.missing = null;
    this.known = [];
    this.whatIf = null;
    this.lastFired = '';
  }

  /** The form read as an engine input, or why it cannot be estimated yet. */
  private readForm(): { input: EstimateInput } | { reason: 'region' | 'loading' | 'bill' | 'invalid' } {
    const f = this.form;
    if (!f.region) return { reason: 'region' };
    // The engine and <yb-result> load in parallel with the region's packs; the form works meanwhile.
    this.loadOnce('resultReady', loadResultElement);
    this.packCtl.ensureEngine();
    const ready = this.packCtl.readiness(f.region);
    if (ready !== 'ready') return { reason: ready };
    const pack = this.packCtl.packFor(f.region);
    const known = new Set(this.packCtl.categoriesOf(pack).map((c) => c.id));
    const read = formToInput(f, { today: this.visitDate || todayIso(), known, lang: this.tLang });
    this.ageError = read.ageInvalid ? this.t('age.invalid') : '';
    return read;
  }

  private recompute(): void {
    const built = this.readForm();
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
    const e = this.packCtl.engine;
    if (!e) {
      // The form accepts input meanwhile; the result follows when the engine chunk arrives.
      this.placeholder = this.t('placeholder.loading');
      this.clearResult();
      return;
    }
    const supplied = this.form.supplied;
    const { input, packs } = this.packCtl.withSupplied(e, built.input, supplied, this.visitDate || todayIso());
    const top = this.packCtl.packFor(this.form.region);
    const chain = top ? this.packCtl.chainOf(top) : [];
    const result = e.estimateSync(input, packs, this.packCtl.regionNames());
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
      this.missing = e.missingFault(result.errors, chain);
      if (this.missing) this.loadOnce('missingReady', loadMissingRuleElement);
      this.scheduleCommit(this.missing ? this.t('missing.announce', { label: this.missing.label[this.tLang] }) : this.errors.join(' '));
      return;
    }
    this.missing = null;
    this.known = e.knownChoices(result, chain);
    if (this.known.length) this.loadOnce('missingReady', loadMissingRuleElement);
    this.errors = [];
    this.output = result;
    this.whatIf = { input, packs };
    this.hardship = e.applicationNotice(input, result, packs);
    const { options: _options, ...forRef } = built.input;
    this.caseRef = e.caseReference(suppliedCount(supplied) ? { ...forRef, supplied } : forRef);
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
      const engine = this.packCtl.engine;
      if (userDriven && out && !this.stale && engine) {
        // Only when the figures changed: leaving a field (change) re-reads the same amount.
        const detail = engine.estimateDetail(out, this.caseRef, this.tLang);
        const signature = JSON.stringify(detail);
        if (signature !== this.lastFired) {
          this.lastFired = signature;
          this.dispatchEvent(new YbEstimateEvent(detail));
        }
      }
      if (userDriven && this.shareUrl) this.fragment((m, key) => m.writeShareFragment(key, this.form));
    };
    if (this.commitDelay <= 0) queueMicrotask(fire);
    else this.commitTimer = setTimeout(fire, this.commitDelay);
  }

  /** Every user edit goes through here: marks the change as user-driven. */
  private edit(patch: Partial<FormState>): void {
    this.userChanged = true;
    this.form = { ...this.form, ...patch };
  }

  /** The person supplied a missing rule or income figure: add it (replacing the same cell) and re-estimate. */
  private async onMissingValue(e: CustomEvent<MissingValueDetail>): Promise<void> {
    const asked = this.missing !== null;
    this.edit({ supplied: withSupplied(this.form.supplied, e.detail) });
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

  async addVisit(): Promise<void> {
    const key = this.nextVisitKey++;
    this.edit({ visits: [...this.form.visits, newVisit(key, this.visitDate)] });
    await this.updateComplete;
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>(`#v${key}-total`) ?? root.querySelector<HTMLElement>(`#v${key}-kind`))?.focus();
  }

  private async removeVisit(key: number): Promise<void> {
    this.edit({ visits: this.form.visits.filter((v) => v.key !== key) });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#add-visit')?.focus();
  }

  private summaryContext(lang: Lang): SummaryContext | undefined {
    const out = this.output;
    if (!out) return undefined;
    const pack = this.packCtl.packFor(out.pack.id);
    return {
      regionName: out.region.name?.[lang] ?? out.pack.region.name[lang], schemeName: translatorFor(lang)(`engine:scheme.${this.form.scheme}`),
      categories: this.packCtl.categoriesOf(pack), guidance: this.packCtl.guidanceOf(pack), caseRef: this.caseRef,
    };
  }

  /** The plain-text summary ("copy for my family"; the hotline's copy). */
  summaryText(): string {
    const ctx = this.summaryContext(this.tLang);
    return this.output && ctx && this.packCtl.engine ? this.packCtl.engine.plainSummary(this.output, ctx, this.t, this.tLang) : '';
  }

  /** The zh-CN read-aloud script for hotline staff. */
  scriptText(): string {
    const ctx = this.summaryContext('zh-CN');
    const tZh = this.tLang === 'zh-CN' ? this.t : translatorFor('zh-CN');
    return this.output && ctx && this.packCtl.engine ? this.packCtl.engine.readAloudScript(this.output, ctx, tZh) : '';
  }

  async copySummary(): Promise<void> {
    this.copyStatus = this.t(await copySummary(this.summaryText(), this.renderRoot));
  }

  toggleScript(): void {
    this.scriptOpen = !this.scriptOpen;
  }

  private async goStep(delta: number): Promise<void> {
    this.step = Math.min(STEPS.length - 1, Math.max(0, this.step + delta));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  // URL fragment sharing (opt-in): the state lives in location.hash only and is never sent. The
  // code loads only on pages that opt in (./share-fragment.ts), keeping it off the initial JS.
  private fragment(run: (m: typeof import('./share-fragment.js'), key: string) => void): void {
    track(this.pending, import('./share-fragment.js').then((m) => run(m, this.id ? `yb-${this.id}` : 'yb')));
  }

  private readFragment(): void {
    this.fragment((m, key) => {
      const restored = m.readShareFragment(key, {
        newVisit: () => newVisit(this.nextVisitKey++, this.visitDate),
        region: this.lockRegion && this.region ? this.region : undefined,
        scheme: this.lockScheme && this.scheme ? this.scheme as Scheme : undefined,
        categories: this.lockCategory ? presetCategories(this.category) : undefined,
      });
      if (restored) this.form = restored;
    });
  }

  // ── render ──
  /** The element as the form templates see it (live: getters, not a snapshot). */
  private readonly view: FormView = (() => {
    const el = this;
    const pack = () => (el.form.region ? el.packCtl.packFor(el.form.region) : undefined);
    return {
      get t() { return el.t; },
      get lang() { return el.tLang; },
      get form() { return el.form; },
      get mode() { return el.mode; },
      get visitDate() { return el.visitDate; },
      get ageError() { return el.ageError; },
      get locked() { return { region: el.lockRegion && !!el.region, scheme: el.lockScheme && !!el.scheme, category: el.lockCategory }; },
      get schemes() { return pack()?.schemes ?? ['resident', 'employee'] as const; },
      get categories() { return el.packCtl.categoriesOf(pack()); },
      get regions() { return el.packCtl.regionEntries(); },
      kbd: (a) => (el.mode === 'hotline' ? SHORTCUT_KEYS[a] : nothing),
      edit: (patch) => el.edit(patch),
      // Supplied values belong to the region they were asked for.
      onRegion: (e) => {
        el.edit({ region: e.detail.code, supplied: NO_SUPPLIED });
        if (el.mode === 'hotline') void el.hotline?.regionChosen();
      },
      addVisit: () => el.addVisit(),
      removeVisit: (key) => el.removeVisit(key),
    };
  })();

  /**
   * What tells this instance apart from others on the page, for landmark names: the element's own
   * aria-label, else the chosen region's name, else its id.
   */
  private landmark(key: 'form' | 'result'): string {
    const name = this.getAttribute('aria-label')?.trim() || (this.form.region && this.packCtl.regionName(this.form.region, this.tLang)) || this.id;
    return name ? this.t(`${key}.labelFor`, { name }) : this.t(key === 'form' ? 'form.label' : 'result.heading');
  }

  private renderResult(): TemplateResult {
    const pack = this.form.region ? this.packCtl.packFor(this.form.region) : undefined;
    const label = this.landmark('result');
    if (this.missing && this.missingReady) {
      return html`<yb-missing-rule part="missing" lang=${this.tLang} mode=${this.mode} label=${label}
        .fault=${this.missing} .supplied=${suppliedCount(this.form.supplied)} @yb-missing-value=${this.onMissingValue}
        @yb-missing-clear=${() => this.clearSupplied()}></yb-missing-rule>`;
    }
    if (!this.resultReady) {
      // <yb-result> is still loading: the same empty state, drawn here.
      return html`<section part="result" class="result-shell" aria-label=${label}><h2>${this.t('result.heading')}</h2>
        ${this.errors.length ? html`<ul class="plain">${this.errors.map((e) => html`<li>${e}</li>`)}</ul>`
          : html`<p class="placeholder">${this.placeholder || this.t('result.placeholder')}</p>`}</section>`;
    }
    const n = suppliedCount(this.form.supplied);
    return html`<yb-result part="result" exportparts="chart, table, explanation" lang=${this.tLang} mode=${this.mode} label=${label}
      .output=${this.output} .errors=${this.errors} .stale=${this.stale} .placeholder=${this.placeholder}
      .hardship=${this.hardship} .categories=${this.packCtl.categoriesOf(pack)} .guidance=${this.packCtl.guidanceOf(pack)}></yb-result>
      ${this.output && this.known.length && this.missingReady ? html`<yb-missing-rule class="noprint" lang=${this.tLang} mode=${this.mode}
        .choices=${this.known} @yb-missing-value=${this.onMissingValue}></yb-missing-rule>` : nothing}
      ${n ? html`<div class="supplied noprint"><p>${this.t('missing.progress', { count: String(n) })} ${this.t('missing.notOfficial')}</p>
        <button type="button" class="secondary" id="clear-supplied" @click=${() => this.clearSupplied()}>${this.t('missing.clear')}</button></div>` : nothing}
      ${this.output ? renderWhatIf({ t: this.t, lang: this.tLang, open: this.whatIfOpen, ready: this.whatIfReady, data: this.whatIf, toggle: (o) => this.onWhatIfToggle(o) }) : nothing}`;
  }

  /** 「费用变化时各项怎么变」: <yb-what-if>, defined when first opened. */
  private onWhatIfToggle(open: boolean): void {
    this.whatIfOpen = open;
    if (open) this.loadOnce('whatIfReady', loadWhatIfElement);
  }

  private answerView(): AnswerView {
    const more = () => (this.renderRoot.querySelector('yb-result') as YbResult | null)?.focusHeading?.();
    return { t: this.t, lang: this.tLang, output: this.output, stale: this.stale, scheme: this.form.scheme, more };
  }

  private renderTools(): TemplateResult {
    const view: ToolsView = {
      t: this.t, hotline: this.mode === 'hotline', hasResult: !!this.output, summary: this.summaryText(), script: () => this.scriptText(),
      caseRef: this.caseRef, scriptOpen: this.scriptOpen, copyStatus: this.copyStatus,
      kbd: (a) => this.view.kbd(a), shortcutHelp: () => this.hotline?.renderHelp(this.t) ?? nothing,
      copy: () => void this.copySummary(), print: () => void printResult(this.renderRoot),
      toggleScript: () => this.toggleScript(),
    };
    return renderTools(view);
  }

  private renderSection(s: Step): TemplateResult {
    return s === 'result' ? html`${this.renderResult()}${this.renderTools()}` : FORM_SECTIONS[s](this.view);
  }

  override render() {
    return html`
      <div class="visually-hidden" aria-live="polite" id="announcer">${this.announcement}</div>
      ${this.mode === 'elder' ? renderElder({ t: this.t, steps: STEPS, step: this.step, body: this.renderSection(STEPS[this.step]!), go: (d) => void this.goStep(d) }) : html`
        <div class="layout">
          <form part="form" aria-label=${this.landmark('form')} @submit=${(e: Event) => e.preventDefault()}>
            ${STEPS.slice(0, -1).map((s) => html`${this.renderSection(s)}${s === 'visits' ? renderAnswer(this.answerView(), 'form') : nothing}`)}
          </form>
          <div class="side">
            ${renderAnswer(this.answerView(), 'side')}
            ${this.renderResult()}
            ${this.renderTools()}
          </div>
        </div>`}
    `;
  }
}
