import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseMoney, MAX_AMOUNT, type Lang } from '../../src/index.js';
import { hostStyles } from '../internal/host.styles.js';
import type { Translate } from '../internal/i18n.js';
import { LocaleController } from '../internal/locale-controller.js';
import { afterPending, track } from '../internal/pending.js';
import { formatMoney } from '../internal/format.js';
import { WIDGETS_VERSION } from '../internal/define.js';
import type { MoneyInputDetail } from '../internal/events.js';
import { moneyInputStyles } from './yb-money-input.styles.js';

/**
 * @summary A money field that reads amounts the way people type them ("12万", "１２０００",
 * "12,000元") through the engine's parseMoney, and keeps the typed text when it cannot.
 * @csspart input - The text input.
 * @csspart error - The error message next to the field.
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
 * @event yb-money-input - The user changed the text (detail: { text, value, error }). Not on property sets.
 */
export class YbMoneyInput extends LitElement {
  // ── statics ──
  static version = WIDGETS_VERSION;
  static override styles = [hostStyles, moneyInputStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  // ── properties ──
  /** Visible label, also the accessible name (kept in this shadow root, next to the input). */
  @property() label = '';
  /** Optional help text under the label. */
  @property() hint = '';
  /** Canonical amount ("12000.00"), or '' when empty or not valid. Setting it fires nothing. */
  @property() value = '';
  /** What the person typed, kept verbatim even when it cannot be read. */
  @property() text = '';
  /** `zh-CN` (default) or `en`. */
  @property() override lang = '';
  /** An empty field is an error (shown once the field has been left). */
  @property({ type: Boolean }) required = false;
  /** Keyboard shortcut advertised to assistive technology (hotline mode), e.g. "Alt+5". */
  @property({ attribute: 'shortcut' }) shortcut = '';

  // ── state ──
  @state() private errorCode: string | null = null;
  @state() private touched = false;
  private loc = new LocaleController(this, (p) => track(this.pending, p));
  private pending = new Set<Promise<unknown>>();
  private get t(): Translate { return this.loc.t; }
  private get tLang(): Lang { return this.loc.lang; }

  // ── lifecycle ──
  /** Also waits for strings loading on demand (English). */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterPending(this.pending, () => super.getUpdateComplete());
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.loc.sync();
    if (changed.has('value') && !changed.has('text')) {
      const current = parseMoney(this.text);
      if (!(current.ok && current.value === this.value)) this.text = this.value;
      this.errorCode = null;
    }
    if (changed.has('text') || changed.has('required')) this.errorCode = this.validate(this.text);
  }

  // ── handlers ──
  private validate(text: string): string | null {
    const r = parseMoney(text);
    if (r.ok) return null;
    if (r.error === 'empty' && !this.required) return null;
    return r.error;
  }

  private onInput(e: InputEvent): void {
    if (e.isComposing) return;
    this.commitText((e.target as HTMLInputElement).value);
  }

  private onCompositionEnd(e: CompositionEvent): void {
    this.commitText((e.target as HTMLInputElement).value);
  }

  private onChange(e: Event): void {
    this.touched = true;
    this.commitText((e.target as HTMLInputElement).value);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.isComposing) this.touched = true;
  }

  private commitText(text: string): void {
    const r = parseMoney(text);
    this.text = text;
    this.value = r.ok ? r.value : '';
    this.errorCode = this.validate(text);
    const detail: MoneyInputDetail = { text, value: r.ok ? r.value : (r.error === 'empty' ? '' : null), error: this.errorCode };
    this.dispatchEvent(new CustomEvent<MoneyInputDetail>('yb-money-input', { bubbles: true, composed: false, detail }));
  }

  // ── render ──
  override render() {
    const showError = this.touched && this.errorCode !== null;
    const message = showError ? this.t(`engine:money.${this.errorCode}`, { max: formatMoney(MAX_AMOUNT, this.tLang) }) : '';
    const describedBy = ['hint', 'error', this.value && this.text.trim() !== this.value ? 'echo' : ''].filter(Boolean).join(' ');
    const echo = this.value && this.text.trim() !== this.value
      ? this.t('money.readAs', { amount: formatMoney(this.value, this.tLang) }) : '';
    return html`
      <div class="field">
        <label for="input">${this.label}</label>
        ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : html`<span id="hint" hidden></span>`}
        <div class="control">
          <input id="input" part="input" type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
            .value=${this.text}
            aria-invalid=${showError ? 'true' : 'false'}
            aria-describedby=${describedBy}
            aria-keyshortcuts=${this.shortcut || nothing}
            @input=${this.onInput} @compositionend=${this.onCompositionEnd} @change=${this.onChange} @keydown=${this.onKeyDown}>
          <span class="unit" aria-hidden="true">${this.t('money.unit')}</span>
        </div>
        <p class="echo" id="echo">${echo}</p>
        <p class="error" id="error" part="error" aria-live="polite">${message}</p>
      </div>
    `;
  }
}
