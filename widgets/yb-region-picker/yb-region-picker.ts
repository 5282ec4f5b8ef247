import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Lang, LocalText } from '../../src/index.js';
import { NATIONAL_CODE, provinceCodeOf, resolveRegion } from '../../src/regions/code.js';
import { hostStyles } from '../internal/host.styles.js';
import { LocaleState, resolveLang, type Translate } from '../internal/i18n.js';
import { afterPending, track } from '../internal/lazy-elements.js';
import { WIDGETS_VERSION } from '../internal/define.js';
import { PROVINCES, initialsOf, matchesRegion, provinceOf, provincesFor, type RegionEntry } from '../internal/regions.js';
import { loadRegionIndex, regionIndexNow, type RegionIndex } from '../internal/region-index-loader.js';
import type { RegionRecord } from '../internal/region-index.js';
import { regionPickerStyles } from './yb-region-picker.styles.js';

const MAX_MATCHES = 8;

/** One line of the result list: a region of the full table or one that only a pack names (test packs). */
interface Option { code: string; name: LocalText; level: 'province' | 'city' | 'county'; parent?: string }

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
  private loc = new LocaleState();
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
    // The full table is loaded when the picker is first used, not with the page.
    this.addEventListener('focusin', this.useIndex);
    this.addEventListener('pointerdown', this.useIndex);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.useIndex);
    this.removeEventListener('pointerdown', this.useIndex);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const { loading } = this.loc.update(resolveLang(this.lang, this), () => this.requestUpdate());
    if (loading) track(this.pending, loading);
    if (changed.has('value') && this.value) {
      this.province = this.value === NATIONAL_CODE ? '' : provinceOf(this.value);
      // A region without a pack of its own is named by the full table.
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

  private record(code: string): RegionRecord | undefined {
    return this.index?.regionTable().get(code);
  }

  private nameOf(code: string): string {
    if (code === NATIONAL_CODE) return this.t('region.national');
    const lang = this.tLang;
    const rec = this.record(code);
    if (rec) return rec.name[lang];
    const pack = this.regions.find((r) => r.code === code);
    if (pack) return pack.name[lang];
    const p = PROVINCES[code];
    return p ? (lang === 'en' ? p.en : p.zh) : code;
  }

  /** Regions a pack names that the table lacks (test packs): searchable too. */
  private extraOptions(): Option[] {
    const table = this.index?.regionTable();
    return this.regions.filter((r) => r.code !== NATIONAL_CODE && !table?.get(r.code)).map((r) => ({
      code: r.code, name: r.name,
      level: r.code.endsWith('0000') ? 'province' : r.code.endsWith('00') ? 'city' : 'county',
      ...(r.code.endsWith('0000') ? {} : { parent: r.province ?? provinceOf(r.code) }),
    }));
  }

  private search(): { hits: Option[]; total: number } {
    const q = this.query.trim();
    if (!q) return { hits: [], total: 0 };
    const own = this.extraOptions().filter((o) => {
      const r = this.regions.find((x) => x.code === o.code)!;
      return matchesRegion(r, q) || (initialsOf(o.code) !== '' && initialsOf(o.code) === q.toLowerCase());
    });
    if (!this.index) return { hits: own.slice(0, MAX_MATCHES), total: own.length };
    const { hits, total } = this.index.searchRegions(this.index.regionTable(), q, MAX_MATCHES);
    // Regions with rules of their own first when a pack-only entry matches exactly (test packs).
    return { hits: [...own, ...hits].slice(0, MAX_MATCHES), total: total + own.length };
  }

  /** Which pack answers for a code, given the regions with rules. */
  private answerLine(code: string): string {
    const a = resolveRegion(code, (c) => this.regions.some((r) => r.code === c));
    const region = this.nameOf(code);
    if (!a) return '';
    if (a.code === NATIONAL_CODE) return this.t('region.answers.nationalChosen');
    if (a.answeredBy === a.code) return this.t('region.answers.own', { region });
    const layer = this.nameOf(a.answeredBy);
    if (a.level === 'city' || a.level === 'county') return this.t('region.answers.city', { region, layer });
    if (a.level === 'province') return this.t('region.answers.province', { region, layer });
    return this.t('region.answers.national', { region });
  }

  private optionLabel(o: Option): string {
    const parent = o.parent ? this.parentPath(o.parent) : '';
    if (o.level === 'province') return this.t('region.kind.province');
    if (o.level === 'city') return this.t('region.kind.city', { parent });
    return this.t('region.kind.county', { parent });
  }

  /** "四川省成都市" / "Chengdu, Sichuan": the divisions above a region. */
  private parentPath(code: string): string {
    const rec = this.record(code);
    const up = rec?.parent ?? (code.endsWith('0000') ? undefined : provinceCodeOf(code));
    const own = this.nameOf(code);
    if (!up) return own;
    return this.t('region.path', { outer: this.nameOf(up), inner: own });
  }

  // ── handlers ──
  private pick(code: string): void {
    this.value = code;
    this.province = code === NATIONAL_CODE ? '' : provinceOf(code);
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

  private onSearchKey(e: KeyboardEvent): void {
    if (e.isComposing) return;
    const { hits } = this.search();
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      this.active = this.active < 0 ? (step > 0 ? 0 : hits.length - 1) : (this.active + step + hits.length) % hits.length;
    } else if (e.key === 'Enter') {
      // The highlighted result, else the best one.
      const hit = hits[this.active] ?? hits[0];
      if (hit) {
        e.preventDefault();
        this.pick(hit.code);
      }
    } else if (e.key === 'Escape' && this.query) {
      e.preventDefault();
      this.query = '';
      this.active = -1;
    }
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
  private renderOptionsOf(province: string): TemplateResult[] {
    const table = this.index?.regionTable();
    const whole = html`<option value=${province} ?selected=${this.value === province}>${this.t('region.wholeProvince', { province: this.nameOf(province) })}</option>`;
    const opt = (code: string, label: string) => html`<option value=${code} ?selected=${this.value === code}>${label}</option>`;
    if (!table || !table.get(province)) {
      // Until the table has arrived (or if it failed): the regions with rules of their own.
      const own = this.regions.filter((r) => r.code !== province && r.code !== NATIONAL_CODE && (r.province ?? provinceOf(r.code)) === province);
      return [whole, ...own.map((r) => opt(r.code, r.name[this.tLang]))];
    }
    const out: TemplateResult[] = [whole];
    const direct: RegionRecord[] = [];
    for (const child of table.children(province)) {
      if (child.level === 'county') { direct.push(child); continue; }
      out.push(html`<optgroup label=${child.name[this.tLang]}>
        ${opt(child.code, this.t('region.wholeCity', { city: child.name[this.tLang] }))}
        ${table.children(child.code).map((c) => opt(c.code, c.name[this.tLang]))}
      </optgroup>`);
    }
    if (direct.length) {
      // 直辖市 districts, or 省直辖县级 units.
      const label = table.children(province).some((c) => c.level === 'city') ? this.t('region.provinceDirect') : this.t('region.districts');
      out.push(html`<optgroup label=${label}>${direct.map((c) => opt(c.code, c.name[this.tLang]))}</optgroup>`);
    }
    // Packs for regions the table lacks (test packs) stay offered.
    for (const r of this.extraOptions()) if (r.code !== province && provinceOf(r.code) === province) out.push(opt(r.code, r.name[this.tLang]));
    return out;
  }

  private renderNoMatch(): TemplateResult {
    const province = this.index?.provinceInQuery(this.index.regionTable(), this.query);
    return html`<div class="none" role="group" aria-labelledby="none-text">
      <p id="none-text">${this.t('region.none', { query: this.query.trim() })} ${this.t('region.noneHint')}</p>
      <ul class="fallbacks">
        ${province ? html`<li><button type="button" class="secondary" @click=${() => this.pick(province.code)}>
          ${this.t('region.useProvince', { province: province.name[this.tLang] })}</button></li>` : nothing}
        <li><button type="button" class="secondary" @click=${() => this.pick(NATIONAL_CODE)}>${this.t('region.useNational')}</button></li>
      </ul>
    </div>`;
  }

  override render() {
    if (this.locked) {
      return html`<p class="locked" tabindex="-1">${this.t('region.locked', { region: this.value ? this.nameOf(this.value) : '' })}</p>
        ${this.value ? html`<p class="answers">${this.answerLine(this.value)}</p>` : nothing}`;
    }
    const provinces = provincesFor([
      ...Object.keys(PROVINCES).filter((c) => c !== '990000').map((code) => ({ code, name: { 'zh-CN': PROVINCES[code]!.zh, en: PROVINCES[code]!.en } })),
      ...this.regions.filter((r) => r.code !== NATIONAL_CODE),
    ]);
    const q = this.query.trim();
    const { hits, total } = this.search();
    const loadingIndex = !!q && !this.index && !this.indexFailed;
    const open = hits.length > 0;
    const status = this.announce || (!q ? this.t('region.searchHint')
      : loadingIndex && !hits.length ? this.t('region.loading')
        : total > hits.length ? this.t('region.matchesMore', { count: String(total), shown: String(hits.length) })
          : this.t('region.matches', { count: String(total) }));
    const activeId = open && this.active >= 0 && hits[this.active] ? `opt-${hits[this.active]!.code}` : '';
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
            ${hits.map((o, i) => html`<li role="option" id=${`opt-${o.code}`} class=${i === this.active ? 'active' : ''}
              aria-selected=${i === this.active ? 'true' : 'false'} data-code=${o.code} data-level=${o.level}
              @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.pick(o.code)}>
              <span class="name">${o.name[this.tLang]}</span>
              <span class="kind">${this.optionLabel(o)}</span>
            </li>`)}
          </ul>
          ${q && !hits.length && !loadingIndex ? this.renderNoMatch() : nothing}
        </div>
        <div class="row">
          <div>
            <label for="province">${this.t('region.province')}</label>
            <select id="province" @change=${this.onProvince}>
              <option value="" ?selected=${!this.province}>${this.t('region.choose')}</option>
              ${provinces.map((p) => html`<option value=${p.code} ?selected=${p.code === this.province}>${p.name[this.tLang]}</option>`)}
            </select>
          </div>
          <div>
            <label for="city">${this.t('region.city')}</label>
            <select id="city" @change=${this.onCity} ?disabled=${!this.province}>
              <option value="" ?selected=${!this.value || this.value === NATIONAL_CODE}>${this.t('region.choose')}</option>
              ${this.province ? this.renderOptionsOf(this.province) : nothing}
            </select>
          </div>
        </div>
        ${this.value ? html`<p class="answers" id="answers">${this.answerLine(this.value)}</p>` : nothing}
      </fieldset>
    `;
  }
}
