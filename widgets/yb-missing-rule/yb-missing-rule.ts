import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parsePercent, type Lang } from '../../src/index.js';
import { hostStyles } from '../internal/host.styles.js';
import { LocaleState, resolveLang, type Translate } from '../internal/i18n.js';
import { afterPending, track } from '../internal/lazy-elements.js';
import { WIDGETS_VERSION } from '../internal/define.js';
import { ensureFullStrings } from '../internal/full-strings.js';
import type { MissingFault, MissingValueDetail, MoneyInputDetail } from '../internal/events.js';
import { missingRuleStyles } from './yb-missing-rule.styles.js';

/** Engine-locale key of a table cell's value, by dimension (pool ids are the pack's own names, not words: left out). */
const DIM_KEY: Record<string, string> = { scheme: 'scheme', kind: 'kind', level: 'level', place: 'place', category: 'category' };

/**
 * @summary Asks the person for a local rule the shipped packs lack (or an income figure for a
 * year), in place of the refusal: what is missing in plain words, where to find it, one input of
 * the rule's type. The value is marked everywhere as theirs, not official.
 * @csspart form - The question form.
 * @cssprop [--yb-accent=#0b5cad] - Buttons, links, checked radios and boxes.
 * @cssprop [--yb-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--yb-text=#1a1a1a] - Text colour.
 * @cssprop [--yb-muted=#4d4d4d] - Secondary text.
 * @cssprop [--yb-bg=#ffffff] - Background.
 * @cssprop [--yb-surface=#f4f6f8] - Panels.
 * @cssprop [--yb-border=#6b6b6b] - Field and box borders.
 * @cssprop [--yb-error=#b3261e] - Error messages.
 * @cssprop [--yb-warn-bg=#fff4d6] - Warnings and notes.
 * @cssprop [--yb-radius=6px] - Corner radius.
 * @cssprop [--yb-space=0.75rem] - Spacing.
 * @cssprop [--yb-focus-ring=#1a73e8] - Focus outline colour.
 * @cssprop [--yb-font] - Font family.
 * @cssprop [--yb-font-size=1rem] - Base font size.
 * @event yb-missing-value - The person supplied a value (detail: { kind, key, cell, value } or { kind, series, year, value }). Not composed.
 * @event yb-missing-clear - The person asked to clear every supplied value. Not composed.
 */
export class YbMissingRule extends LitElement {
  // ── statics ──
  static version = WIDGETS_VERSION;
  static override styles = [hostStyles, missingRuleStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  // ── properties ──
  /** What is missing (from the engine's param-missing / series-missing refusal). */
  @property({ attribute: false }) fault: MissingFault | null = null;
  /** How many values the person has supplied so far (progress; shows the clear action). */
  @property({ type: Number }) supplied = 0;
  /** Accessible name of the region (distinct per estimator instance). */
  @property() label = '';
  /** `zh-CN` (default) or `en`. */
  @property() override lang = '';
  /** `citizen` | `elder` | `hotline`: presentation only. */
  @property({ reflect: true }) mode: 'citizen' | 'elder' | 'hotline' = 'citizen';

  // ── state ──
  @state() private text = '';
  @state() private money: { text: string; value: string | null } = { text: '', value: '' };
  @state() private choice = '';
  @state() private error = '';
  private faultKey = '';
  private loc = new LocaleState();
  private pending = new Set<Promise<unknown>>();
  private get t(): Translate { return this.loc.t; }
  private get tLang(): Lang { return this.loc.lang; }

  // ── lifecycle ──
  constructor() {
    super();
    ensureFullStrings(); // this element is loaded on demand: all strings travel with it
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return afterPending(this.pending, () => super.getUpdateComplete());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const { loading } = this.loc.update(resolveLang(this.lang, this), () => this.requestUpdate());
    if (loading) track(this.pending, loading);
    if (changed.has('fault')) {
      const key = JSON.stringify(this.fault);
      if (key !== this.faultKey) {
        this.faultKey = key;
        this.text = '';
        this.money = { text: '', value: '' };
        this.choice = '';
        this.error = '';
      }
    }
  }

  // ── handlers ──
  private leaf(): string {
    const f = this.fault;
    return !f ? '' : f.kind === 'series' ? 'money' : f.leaf;
  }

  /** The value typed or chosen, or an error key. */
  private read(): { value: string | boolean | null } | { error: string } {
    const leaf = this.leaf();
    const money = () => (this.money.value ? { value: this.money.value } : { error: 'missing.required' });
    if (leaf === 'money') return money();
    if (leaf === 'money-or-none') {
      if (this.choice === 'none') return { value: null };
      if (this.choice === 'amount') return money();
      return { error: 'missing.required' };
    }
    if (leaf === 'rate' || leaf === 'rate-or-scale' || leaf === 'scale') {
      const r = parsePercent(this.text);
      return r.ok ? { value: r.value } : { error: r.error === 'empty' ? 'missing.required' : 'missing.percentInvalid' };
    }
    if (leaf === 'bool') return this.choice === 'yes' ? { value: true } : this.choice === 'no' ? { value: false } : { error: 'missing.required' };
    if (leaf.startsWith('enum:')) {
      return leaf.slice(5).split('|').includes(this.choice) ? { value: this.choice } : { error: 'missing.required' };
    }
    // pool ids
    const id = this.text.trim();
    return /^[a-z-]+$/.test(id) ? { value: id } : { error: id ? 'missing.poolInvalid' : 'missing.required' };
  }

  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    const f = this.fault;
    if (!f) return;
    const r = this.read();
    if ('error' in r) {
      this.error = this.t(r.error);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], input')?.focus();
      return;
    }
    this.error = '';
    const detail: MissingValueDetail = f.kind === 'param'
      ? { kind: 'param', key: f.key, cell: f.cell, value: r.value as string | null }
      : { kind: 'series', series: f.series, year: f.year, value: r.value as string };
    this.dispatchEvent(new CustomEvent<MissingValueDetail>('yb-missing-value', { detail }));
  }

  private onMoney(e: CustomEvent<MoneyInputDetail>): void {
    this.money = { text: e.detail.text, value: e.detail.value };
    if (this.leaf() === 'money-or-none') this.choice = 'amount';
  }

  private onText(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
  }

  private onChoice(e: Event): void {
    this.choice = (e.target as HTMLInputElement).value;
  }

  // ── render ──
  private cellWords(cell: Record<string, string>): string {
    return Object.entries(cell)
      .filter(([d, v]) => v !== '*' && DIM_KEY[d] !== undefined)
      .map(([d, v]) => this.t(`engine:${DIM_KEY[d]}.${v}`))
      .join(this.t('missing.cellJoiner'));
  }

  private explanation(f: MissingFault): string {
    const label = f.label[this.tLang];
    if (f.kind === 'series') return this.t('missing.explainSeries', { label, year: String(f.year) });
    const cell = this.cellWords(f.cell);
    return cell ? this.t('missing.explain', { label, cell }) : this.t('missing.explainNoCell', { label });
  }

  private radios(name: string, options: { value: string; text: string }[]): TemplateResult {
    return html`${options.map((o) => html`<label class="choice"><input type="radio" name=${name} value=${o.value}
      .checked=${this.choice === o.value} aria-describedby="error" @change=${this.onChoice}><span>${o.text}</span></label>`)}`;
  }

  private moneyField(label: string): TemplateResult {
    return html`<yb-money-input id="value" label=${label} lang=${this.tLang} .text=${this.money.text} @yb-money-input=${this.onMoney}></yb-money-input>`;
  }

  private renderInput(f: MissingFault): TemplateResult {
    const label = f.label[this.tLang];
    if (f.kind === 'series') return this.moneyField(this.t('missing.seriesAmount', { label, year: String(f.year) }));
    const leaf = f.leaf;
    const invalid = this.error ? 'true' : 'false';
    if (leaf === 'money') return this.moneyField(this.t('missing.money', { label }));
    if (leaf === 'money-or-none') {
      return html`<fieldset><legend>${label}</legend>
        ${this.radios('cap', [{ value: 'amount', text: this.t('missing.hasCap') }, { value: 'none', text: this.t('missing.noCap') }])}
        ${this.choice === 'amount' ? this.moneyField(this.t('missing.money', { label })) : nothing}</fieldset>`;
    }
    if (leaf === 'rate' || leaf === 'rate-or-scale' || leaf === 'scale') {
      return html`<label for="value">${this.t('missing.percent', { label })}</label>
        <p class="hint" id="value-hint">${this.t('missing.percentHint')}</p>
        <input id="value" type="text" inputmode="decimal" autocomplete="off" .value=${this.text} aria-invalid=${invalid}
          aria-describedby="value-hint error" @input=${this.onText}>`;
    }
    if (leaf === 'bool') {
      return html`<fieldset><legend>${label}</legend>${this.radios('bool', [{ value: 'yes', text: this.t('missing.yes') }, { value: 'no', text: this.t('missing.no') }])}</fieldset>`;
    }
    if (leaf.startsWith('enum:')) {
      return html`<fieldset><legend>${label}</legend>
        ${this.radios('enum', leaf.slice(5).split('|').map((c) => ({ value: c, text: this.t(`engine:value.${c}`) })))}</fieldset>`;
    }
    return html`<label for="value">${this.t('missing.pool', { label })}</label>
      <input id="value" type="text" autocomplete="off" .value=${this.text} aria-invalid=${invalid} aria-describedby="error" @input=${this.onText}>`;
  }

  override render() {
    const f = this.fault;
    if (!f) return nothing;
    return html`<section aria-label=${this.label || this.t('missing.heading')}>
      <h2 id="heading">${this.t('missing.heading')}</h2>
      <p id="explain">${this.explanation(f)}</p>
      ${this.supplied ? html`<p class="progress">${this.t('missing.progress', { count: String(this.supplied) })} ${this.t('missing.notOfficial')}</p>` : nothing}
      <form part="form" aria-labelledby="heading" @submit=${this.onSubmit}>
        ${this.renderInput(f)}
        <p class="error" id="error" aria-live="polite">${this.error}</p>
        <div class="actions">
          <button type="submit">${this.t('missing.submit')}</button>
          ${this.supplied ? html`<button type="button" class="secondary" @click=${() => this.dispatchEvent(new CustomEvent('yb-missing-clear'))}>${this.t('missing.clear')}</button>` : nothing}
        </div>
      </form>
    </section>`;
  }
}
