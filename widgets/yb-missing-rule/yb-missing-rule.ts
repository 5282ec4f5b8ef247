import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parsePercent, type Lang } from '../../src/index.js';
import { hostStyles } from '../internal/host.styles.js';
import type { Translate } from '../internal/i18n.js';
import { LocaleController } from '../internal/locale-controller.js';
import { afterPending, track } from '../internal/pending.js';
import { WIDGETS_VERSION } from '../internal/define.js';
import { ensureFullStrings } from '../internal/full-strings.js';
import type { KnownChoice, MissingFault, MissingValueDetail, MoneyInputDetail } from '../internal/events.js';
import { cellWords, unknownSentence } from '../internal/unknown-text.js';
import { missingRuleStyles } from './yb-missing-rule.styles.js';

/**
 * @summary "我知道这个数": an optional, collapsed place where a person (or a 12393 agent) who knows
 * a local number the region has not published may enter it, to narrow or fix the estimate's range
 * (`choices`: the unknowns that moved the result). Only when a pack carries no bounds for a rule
 * (`fault`: an inline pack without them) does it ask in place of the refusal, as a question.
 * Either way the value is marked everywhere as theirs, not official.
 * @csspart form - Each value form.
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
  /** What is missing (from the engine's param-missing / series-missing refusal): asked as a question. */
  @property({ attribute: false }) fault: MissingFault | null = null;
  /** The unpublished numbers that moved a result: offered, collapsed, when there is no `fault`. */
  @property({ attribute: false }) choices: KnownChoice[] = [];
  /** How many values the person has supplied so far (progress; shows the clear action). */
  @property({ type: Number }) supplied = 0;
  /** Accessible name of the region (distinct per estimator instance). */
  @property() label = '';
  /** `zh-CN` (default) or `en`. */
  @property() override lang = '';
  /** `citizen` | `elder` | `hotline`: presentation only. */
  @property({ reflect: true }) mode: 'citizen' | 'elder' | 'hotline' = 'citizen';

  // ── state ──
  /** What is typed or chosen per form: 'q' (the question) or the index of a choice. */
  @state() private slots: Record<string, Slot> = {};
  @state() private open = false;
  private faultKey = '';
  private loc = new LocaleController(this, (p) => track(this.pending, p));
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
    this.loc.sync();
    if (changed.has('fault') || changed.has('choices')) {
      const key = JSON.stringify([this.fault, this.choices.map((c) => c.unknown.key + JSON.stringify(c.unknown.cell))]);
      if (key !== this.faultKey) {
        this.faultKey = key;
        this.slots = {};
      }
    }
  }

  /** Opens "我知道这个数" and focuses its first field (hotline Alt+M); the question form focuses its field. */
  async openEntry(): Promise<void> {
    this.open = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('form input, form yb-money-input')?.focus();
  }

  // ── handlers ──
  private slotOf(id: string): Slot {
    return this.slots[id] ?? EMPTY_SLOT;
  }

  private setSlot(id: string, patch: Partial<Slot>): void {
    this.slots = { ...this.slots, [id]: { ...this.slotOf(id), ...patch } };
  }

  private static leafOf(f: MissingFault): string {
    return f.kind === 'series' ? 'money' : f.leaf;
  }

  /** The value typed or chosen, or an error key. */
  private read(f: MissingFault, s: Slot): { value: string | boolean | null } | { error: string } {
    const leaf = YbMissingRule.leafOf(f);
    // A cap is an amount: "I don't know the cap" is no answer (the bounds already cover it).
    if (leaf === 'money' || leaf === 'money-or-none') return s.money.value ? { value: s.money.value } : { error: 'missing.required' };
    if (leaf === 'rate' || leaf === 'rate-or-scale' || leaf === 'scale') {
      const r = parsePercent(s.text);
      return r.ok ? { value: r.value } : { error: r.error === 'empty' ? 'missing.required' : 'missing.percentInvalid' };
    }
    if (leaf === 'bool') return s.choice === 'yes' ? { value: true } : s.choice === 'no' ? { value: false } : { error: 'missing.required' };
    if (leaf.startsWith('enum:')) {
      return leaf.slice(5).split('|').includes(s.choice) ? { value: s.choice } : { error: 'missing.required' };
    }
    // pool ids
    const id = s.text.trim();
    return /^[a-z-]+$/.test(id) ? { value: id } : { error: id ? 'missing.poolInvalid' : 'missing.required' };
  }

  private async onSubmit(e: Event, id: string, f: MissingFault): Promise<void> {
    e.preventDefault();
    const r = this.read(f, this.slotOf(id));
    if ('error' in r) {
      this.setSlot(id, { error: this.t(r.error) });
      await this.updateComplete;
      const form = this.renderRoot.querySelector(`form[data-slot="${id}"]`);
      form?.querySelector<HTMLElement>('[aria-invalid="true"], input, yb-money-input')?.focus();
      return;
    }
    this.setSlot(id, { error: '' });
    const detail: MissingValueDetail = f.kind === 'param'
      ? { kind: 'param', key: f.key, cell: f.cell, value: r.value as string | null }
      : { kind: 'series', series: f.series, year: f.year, value: r.value as string };
    this.dispatchEvent(new CustomEvent<MissingValueDetail>('yb-missing-value', { detail }));
  }

  // ── render ──
  private explanation(f: MissingFault): string {
    const label = f.label[this.tLang];
    if (f.kind === 'series') return this.t('missing.explainSeries', { label, year: String(f.year) });
    const cell = cellWords(f.cell, this.t);
    return cell ? this.t('missing.explain', { label, cell }) : this.t('missing.explainNoCell', { label });
  }

  private radios(id: string, name: string, options: { value: string; text: string }[]): TemplateResult {
    const s = this.slotOf(id);
    return html`${options.map((o) => html`<label class="choice"><input type="radio" name="${id}-${name}" value=${o.value}
      .checked=${s.choice === o.value} aria-describedby="${id}-error" @change=${(e: Event) => this.setSlot(id, { choice: (e.target as HTMLInputElement).value })}><span>${o.text}</span></label>`)}`;
  }

  private moneyField(id: string, inputId: string, label: string): TemplateResult {
    return html`<yb-money-input id=${inputId} label=${label} lang=${this.tLang} .text=${this.slotOf(id).money.text}
      @yb-money-input=${(e: CustomEvent<MoneyInputDetail>) => this.setSlot(id, { money: { text: e.detail.text, value: e.detail.value } })}></yb-money-input>`;
  }

  /** One input of the rule's type; `id` names the form's slot, `inputId` the field. */
  private renderInput(f: MissingFault, id: string, inputId: string): TemplateResult {
    const label = f.label[this.tLang];
    if (f.kind === 'series') return this.moneyField(id, inputId, this.t('missing.seriesAmount', { label, year: String(f.year) }));
    const leaf = f.leaf;
    const s = this.slotOf(id);
    const invalid = s.error ? 'true' : 'false';
    const onText = (e: Event) => this.setSlot(id, { text: (e.target as HTMLInputElement).value });
    if (leaf === 'money' || leaf === 'money-or-none') return this.moneyField(id, inputId, this.t('missing.money', { label }));
    if (leaf === 'rate' || leaf === 'rate-or-scale' || leaf === 'scale') {
      return html`<label for=${inputId}>${this.t('missing.percent', { label })}</label>
        <p class="hint" id="${inputId}-hint">${this.t('missing.percentHint')}</p>
        <input id=${inputId} type="text" inputmode="decimal" autocomplete="off" .value=${s.text} aria-invalid=${invalid}
          aria-describedby="${inputId}-hint ${id}-error" @input=${onText}>`;
    }
    if (leaf === 'bool') {
      return html`<fieldset><legend>${label}</legend>${this.radios(id, 'bool', [{ value: 'yes', text: this.t('missing.yes') }, { value: 'no', text: this.t('missing.no') }])}</fieldset>`;
    }
    if (leaf.startsWith('enum:')) {
      return html`<fieldset><legend>${label}</legend>
        ${this.radios(id, 'enum', leaf.slice(5).split('|').map((c) => ({ value: c, text: this.t(`engine:value.${c}`) })))}</fieldset>`;
    }
    return html`<label for=${inputId}>${this.t('missing.pool', { label })}</label>
      <input id=${inputId} type="text" autocomplete="off" .value=${s.text} aria-invalid=${invalid} aria-describedby="${id}-error" @input=${onText}>`;
  }

  private progress() {
    return this.supplied ? html`<p class="progress">${this.t('missing.progress', { count: String(this.supplied) })} ${this.t('missing.notOfficial')}</p>` : nothing;
  }

  /** The refusal of a pack without bounds for a rule: asked as a question (the fallback). */
  private renderQuestion(f: MissingFault) {
    const s = this.slotOf('q');
    return html`<section aria-label=${this.label || this.t('missing.heading')}>
      <h2 id="heading">${this.t('missing.heading')}</h2>
      <p id="explain">${this.explanation(f)}</p>
      ${this.progress()}
      <form part="form" data-slot="q" aria-labelledby="heading" @submit=${(e: Event) => this.onSubmit(e, 'q', f)}>
        ${this.renderInput(f, 'q', 'value')}
        <p class="error" id="q-error" aria-live="polite">${s.error}</p>
        <div class="actions">
          <button type="submit">${this.t('missing.submit')}</button>
          ${this.supplied ? html`<button type="button" class="secondary" @click=${() => this.dispatchEvent(new CustomEvent('yb-missing-clear'))}>${this.t('missing.clear')}</button>` : nothing}
        </div>
      </form>
    </section>`;
  }

  /** "我知道这个数": collapsed; a visible marker and the expanded state on the toggle. */
  private renderKnown() {
    const open = this.open;
    return html`<div class="known">
      <h3 class="toggle-heading"><button type="button" id="toggle" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="known-body"
        @click=${() => { this.open = !this.open; }}><span class="marker" aria-hidden="true">${open ? '▾' : '▸'}</span>${this.t('known.toggle')}</button></h3>
      <div id="known-body" ?hidden=${!open}>
        ${open ? html`<p class="hint">${this.t('known.intro')}</p>
        ${this.progress()}
        ${this.choices.map((c, i) => {
          const id = `k${i}`;
          const u = c.unknown;
          return html`<form part="form" data-slot=${id} aria-labelledby="${id}-q" @submit=${(e: Event) => this.onSubmit(e, id, c)}>
            <p id="${id}-q" class="item">${unknownSentence(u, this.t, this.tLang)}</p>
            ${this.renderInput(c, id, `${id}-value`)}
            <p class="error" id="${id}-error" aria-live="polite">${this.slotOf(id).error}</p>
            <div class="actions"><button type="submit">${this.t('known.submit')}</button></div>
          </form>`;
        })}` : nothing}
      </div>
    </div>`;
  }

  override render() {
    if (this.fault) return this.renderQuestion(this.fault);
    if (this.choices.length) return this.renderKnown();
    return nothing;
  }
}

interface Slot { text: string; money: { text: string; value: string | null }; choice: string; error: string }
const EMPTY_SLOT: Slot = { text: '', money: { text: '', value: '' }, choice: '', error: '' };
