import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang } from '../../src/index.js';
import { hostStyles } from '../internal/host.styles.js';
import { LocaleState, resolveLang, type Translate } from '../internal/i18n.js';
import { afterPending, track } from '../internal/lazy-elements.js';
import { WIDGETS_VERSION } from '../internal/define.js';
import { matchesRegion, provinceOf, provincesFor, type RegionEntry } from '../internal/regions.js';
import { regionPickerStyles } from './yb-region-picker.styles.js';

const MAX_MATCHES = 8;

/**
 * @summary Province → city picker over the regions that have rule data, searchable by Chinese
 * name, English name or pinyin initials ("sz" → 深圳).
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
  /** Regions that can be picked (each with rule data). */
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
  private loc = new LocaleState();
  private pending = new Set<Promise<unknown>>();
  private get t(): Translate { return this.loc.t; }
  private get tLang(): Lang { return this.loc.lang; }

  // ── lifecycle ──
  /** Also waits for strings loading on demand (English). */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterPending(this.pending, () => super.getUpdateComplete());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const { loading } = this.loc.update(resolveLang(this.lang, this), () => this.requestUpdate());
    if (loading) track(this.pending, loading);
    if ((changed.has('value') || changed.has('regions')) && this.value) {
      const entry = this.regions.find((r) => r.code === this.value);
      if (entry) this.province = this.provinceCodeOf(entry);
    }
  }

  /** Moves focus to the search box (hotline shortcut). */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('#search, #province, .locked');
    target?.focus(options);
  }

  // ── handlers ──
  private provinceCodeOf(entry: RegionEntry): string {
    if (entry.code.endsWith('0000')) return entry.code;
    return entry.province ?? provinceOf(entry.code);
  }

  private citiesOf(province: string): RegionEntry[] {
    return this.regions.filter((r) => this.provinceCodeOf(r) === province)
      .sort((a, b) => (a.code === province ? -1 : b.code === province ? 1 : a.code.localeCompare(b.code)));
  }

  private pick(code: string): void {
    this.value = code;
    const entry = this.regions.find((r) => r.code === code);
    if (entry) this.province = this.provinceCodeOf(entry);
    this.dispatchEvent(new CustomEvent<{ code: string }>('yb-region-change', { bubbles: true, composed: false, detail: { code } }));
  }

  private onSearch(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
  }

  private onSearchKey(e: KeyboardEvent): void {
    if (e.key !== 'Enter' || e.isComposing) return;
    const matches = this.regions.filter((r) => matchesRegion(r, this.query));
    if (matches.length === 1) {
      e.preventDefault();
      this.pick(matches[0]!.code);
      this.query = '';
    }
  }

  private onProvince(e: Event): void {
    this.province = (e.target as HTMLSelectElement).value;
    const cities = this.citiesOf(this.province);
    if (cities.length === 1) this.pick(cities[0]!.code);
  }

  private onCity(e: Event): void {
    const code = (e.target as HTMLSelectElement).value;
    if (code) this.pick(code);
  }

  private onMatch(code: string): void {
    this.pick(code);
    this.query = '';
    this.renderRoot.querySelector<HTMLSelectElement>('#city')?.focus();
  }

  // ── render ──
  private nameOf(r: RegionEntry): string {
    return r.name[this.tLang];
  }

  override render() {
    const selected = this.regions.find((r) => r.code === this.value);
    if (this.locked) {
      return html`<p class="locked" tabindex="-1">${this.t('region.locked', { region: selected ? this.nameOf(selected) : this.value })}</p>`;
    }
    const provinces = provincesFor(this.regions);
    const cities = this.province ? this.citiesOf(this.province) : [];
    const matches = this.query.trim() ? this.regions.filter((r) => matchesRegion(r, this.query)).slice(0, MAX_MATCHES) : [];
    return html`
      <fieldset>
        <legend>${this.t('region.legend')}</legend>
        <div class="search">
          <label for="search">${this.t('region.search')}</label>
          <input id="search" part="search" type="search" autocomplete="off" .value=${this.query}
            aria-describedby="search-status" aria-keyshortcuts=${this.shortcut || nothing}
            @input=${this.onSearch} @keydown=${this.onSearchKey}>
          <p class="status" id="search-status" aria-live="polite">${this.query.trim()
            ? this.t('region.matches', { count: String(matches.length) }) : this.t('region.searchHint')}</p>
          ${matches.length ? html`<ul class="matches" aria-label=${this.t('region.matchesLabel')}>
            ${matches.map((m) => html`<li><button type="button" class="secondary" @click=${() => this.onMatch(m.code)}>${this.nameOf(m)}</button></li>`)}
          </ul>` : nothing}
        </div>
        <div class="row">
          <div>
            <label for="province">${this.t('region.province')}</label>
            <select id="province" @change=${this.onProvince}>
              <option value="" ?selected=${!this.province}>${this.t('region.choose')}</option>
              ${provinces.map((p) => html`<option value=${p.code} ?selected=${p.code === this.province}>${this.nameOf(p)}</option>`)}
            </select>
          </div>
          <div>
            <label for="city">${this.t('region.city')}</label>
            <select id="city" @change=${this.onCity} ?disabled=${!this.province}>
              <option value="" ?selected=${!selected}>${this.t('region.choose')}</option>
              ${cities.map((c) => html`<option value=${c.code} ?selected=${c.code === this.value}>${this.nameOf(c)}</option>`)}
            </select>
          </div>
        </div>
      </fieldset>
    `;
  }
}
