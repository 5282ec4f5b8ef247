import { LitElement, adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../src/index.js';
import { hostStyles } from '../internal/host.styles.js';
import type { Translate } from '../internal/i18n.js';
import { LocaleController } from '../internal/locale-controller.js';
import { afterPending, track } from '../internal/pending.js';
import { WIDGETS_VERSION } from '../internal/define.js';
import { provinceOf, type RegionEntry } from '../internal/regions.js';
import { loadRegionIndex, regionIndexNow, type RegionIndex } from '../internal/region-index-loader.js';
import type { PickerView } from '../internal/region-index.js';
import { regionPickerStyles } from './yb-region-picker.styles.js';

/** The national layer's code (src/regions/code.ts NATIONAL_CODE; not imported: that module is lazy here). */
const NATIONAL = '000000';
const USE_EVENTS = ['focusin', 'pointerover', 'pointerdown', 'touchstart', 'keydown'] as const;

/**
 * @summary Region picker over the whole map of China (every province, prefecture-level city and
 * county of GB/T 2260): a search box (Chinese name, full pinyin, initials — "成都", "chengdu",
 * "cd") with a listbox of labelled results, and province → city/county selects. The full table
 * loads lazily on first use. Says which rules answer for the chosen region (its own pack, its
 * city's, its province's or the national layer) and never ends in nothing: a search without a match
 * offers the province it names and the national rules.
 * @csspart search - The search input.
 * @cssprop [--yb-accent=#0b5cad] - Buttons, links, checked radios and boxes.
 * @cssprop [--yb-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--yb-text=#1a1a1a] - Text colour.
 * @cssprop [--yb-muted=#4d4d4d] - Secondary text.
 * @cssprop [--yb-bg=#ffffff] - Background.
 * @cssprop [--yb-surface=#f4f6f8] - Panels.
 * @cssprop [--yb-border=#6b6b6b] - Field and box borders.
 * @cssprop [--yb-radius=6px] - Corner radius.
 * @cssprop [--yb-space=0.75rem] - Spacing.
 * @cssprop [--yb-focus-ring=#1a73e8] - Focus outline colour.
 * @event yb-region-change - The user picked a region (detail: { code }). Not on property sets.
 */
export class YbRegionPicker extends LitElement {
  // ── statics ──
  static version = WIDGETS_VERSION;
  static override styles = [hostStyles, regionPickerStyles];

  // ── properties ──
  /** Regions that have rule data of their own (the pack catalog): they answer for their counties. */
  @property({ attribute: false }) regions: RegionEntry[] = [];
  /** Selected region code (GB/T 2260). Setting it fires nothing. */
  @property() value = '';
  /** `zh-CN` (default) or `en`. */
  @property() override lang = '';
  /** Show the region as fixed text, without controls (embedding: `lock-region`). */
  @property({ type: Boolean }) locked = false;
  /** Keyboard shortcut advertised on the search box (hotline mode). */
  @property() shortcut = '';

  // ── state ──
  @state() private query = '';
  @state() private province = '';
  @state() private active = -1;
  @state() private index: RegionIndex | undefined = regionIndexNow();
  @state() private indexFailed = false;
  @state() private announce = '';
  private loc = new LocaleController(this, (p) => track(this.pending, p));
  private pending = new Set<Promise<unknown>>();
  private get t(): Translate { return this.loc.t; }
  private get tLang(): Lang { return this.loc.lang; }

  // ── lifecycle ──
  /** Also waits for strings and the region index loading on demand. */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterPending(this.pending, () => super.getUpdateComplete());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The full table (and with it the province list) loads when the picker is first used — a
    // pointer over it, a touch, focus or a key — not with the page.
    for (const type of USE_EVENTS) this.addEventListener(type, this.useIndex, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of USE_EVENTS) this.removeEventListener(type, this.useIndex);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // The results' styles travel with the lazy index chunk.
    if ((changed as PropertyValues).has('index') && this.index && this.renderRoot instanceof ShadowRoot) {
      adoptStyles(this.renderRoot, [...YbRegionPicker.elementStyles, this.index.pickerViewStyles]);
    }
    this.loc.sync();
    if (changed.has('value') && this.value) {
      this.province = this.value === NATIONAL ? '' : provinceOf(this.value);
      // A region without a pack of its own: the full table names it and says which rules answer.
      if (!this.regions.some((r) => r.code === this.value)) this.useIndex();
    }
  }

  /** Moves focus to the search box (hotline shortcut). */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('#search, #province, .locked');
    target?.focus(options);
  }

  // ── data ──
  private useIndex = (): void => {
    if (this.index || this.indexFailed) return;
    const now = regionIndexNow();
    if (now) {
      this.index = now;
      return;
    }
    track(this.pending, loadRegionIndex().then(
      (m) => { this.index = m; },
      () => { this.indexFailed = true; },
    ));
  };

  /** The table-bound parts (lazy chunk), once it has arrived. */
  private view(): PickerView | undefined {
    if (!this.index) return undefined;
    return new this.index.PickerView({
      lang: this.tLang, regions: this.regions, query: this.query, active: this.active, value: this.value,
      pick: (code) => this.pick(code),
    });
  }

  /** A region's name: the table's, else (before it arrives) a pack's, else the code. */
  private nameOf(code: string, view = this.view()): string {
    return view?.nameOf(code) ?? this.regions.find((r) => r.code === code)?.name[this.tLang] ?? code;
  }

  // ── handlers ──
  private pick(code: string): void {
    this.value = code;
    this.province = code === NATIONAL ? '' : provinceOf(code);
    this.query = '';
    this.active = -1;
    this.announce = this.t('region.picked', { region: this.nameOf(code) });
    this.dispatchEvent(new CustomEvent<{ code: string }>('yb-region-change', { bubbles: true, composed: false, detail: { code } }));
  }

  private onSearch(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.active = -1;
    this.announce = '';
    this.useIndex();
  }

  private async onSearchKey(e: KeyboardEvent): Promise<void> {
    if (e.isComposing) return;
    if (e.key === 'Escape' && this.query) {
      e.preventDefault();
      this.query = '';
      this.active = -1;
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Enter') return;
    if (e.key === 'Enter' && this.query.trim()) e.preventDefault();
    // Typed faster than the table arrived: wait for it, then act on the same query.
    if (!this.index && !this.indexFailed) {
      const query = this.query;
      try { this.index = await loadRegionIndex(); } catch { this.indexFailed = true; }
      if (query !== this.query) return;
    }
    const hits = this.view()?.search().hits ?? [];
    if (e.key === 'Enter') {
      // The highlighted result, else the best one.
      const hit = hits[this.active] ?? hits[0];
      if (hit) this.pick(hit.code);
      return;
    }
    if (!hits.length) return;
    e.preventDefault();
    const step = e.key === 'ArrowDown' ? 1 : -1;
    this.active = this.active < 0 ? (step > 0 ? 0 : hits.length - 1) : (this.active + step + hits.length) % hits.length;
  }

  private onProvince(e: Event): void {
    this.province = (e.target as HTMLSelectElement).value;
    this.useIndex();
  }

  private onCity(e: Event): void {
    const code = (e.target as HTMLSelectElement).value;
    if (code) this.pick(code);
  }

  // ── render ──
  override render() {
    const view = this.view();
    const answers = this.value ? view?.answerLine(this.value) ?? '' : '';
    const name = (code: string) => this.nameOf(code, view);
    if (this.locked) {
      return html`<p class="locked" tabindex="-1">${this.t('region.locked', { region: this.value ? name(this.value) : '' })}</p>
        ${answers ? html`<p class="answers">${answers}</p>` : nothing}`;
    }
    const q = this.query.trim();
    const { hits, total } = view?.search() ?? { hits: [], total: 0 };
    const loadingIndex = !!q && !view && !this.indexFailed;
    const open = hits.length > 0;
    const status = this.announce || (!q ? this.t('region.searchHint')
      : loadingIndex ? this.t('region.loading')
        : total > hits.length ? this.t('region.matchesMore', { count: String(total), shown: String(hits.length) })
          : this.t('region.matches', { count: String(total) }));
    const activeId = open && this.active >= 0 && hits[this.active] ? `opt-${hits[this.active]!.code}` : '';
    // Until the table has arrived (or if it failed): the regions with rules of their own.
    const fallbackCities = () => this.regions.filter((r) => r.code !== this.province && r.code !== NATIONAL && (r.province ?? provinceOf(r.code)) === this.province)
      .map((r) => html`<option value=${r.code} ?selected=${r.code === this.value}>${r.name[this.tLang]}</option>`);
    return html`
      <fieldset>
        <legend>${this.t('region.legend')}</legend>
        <div class="search">
          <label for="search">${this.t('region.search')}</label>
          <input id="search" part="search" type="text" role="combobox" autocomplete="off" spellcheck="false"
            aria-autocomplete="list" aria-expanded=${open ? 'true' : 'false'} aria-controls="results"
            aria-activedescendant=${activeId || nothing} .value=${this.query}
            aria-describedby="search-status" aria-keyshortcuts=${this.shortcut || nothing}
            @input=${this.onSearch} @keydown=${this.onSearchKey}>
          <p class="status" id="search-status" role="status">${status}</p>
          ${this.indexFailed ? html`<p class="status">${this.t('region.loadFailed')}</p>` : nothing}
          <ul id="results" class="matches" role="listbox" aria-label=${this.t('region.matchesLabel')} ?hidden=${!open}>
            ${view && open ? view.results(hits) : nothing}
          </ul>
          ${view && q && !hits.length ? view.noMatch() : nothing}
        </div>
        <div class="row">
          <div>
            <label for="province">${this.t('region.province')}</label>
            <select id="province" @change=${this.onProvince}>
              <option value="" ?selected=${!this.province}>${this.t('region.choose')}</option>
              ${view ? view.provinceOptions(this.province)
                : this.province ? html`<option value=${this.province} selected>${name(this.province)}</option>` : nothing}
            </select>
          </div>
          <div>
            <label for="city">${this.t('region.city')}</label>
            <select id="city" @change=${this.onCity} ?disabled=${!this.province}>
              <option value="" ?selected=${!this.value || this.value === NATIONAL}>${this.t('region.choose')}</option>
              ${!this.province ? nothing : view ? view.cityOptions(this.province)
                : [html`<option value=${this.province} ?selected=${this.value === this.province}>${this.t('region.wholeProvince', { province: name(this.province) })}</option>`, ...fallbackCities()]}
            </select>
          </div>
        </div>
        ${answers ? html`<p class="answers" id="answers">${answers}</p>` : nothing}
      </fieldset>
    `;
  }
}
