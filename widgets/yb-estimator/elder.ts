// Elder mode (mode="elder"): one question per screen, large text, then the result. The heading of
// each step is moved to (focus) so a screen reader reads the new question.
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../internal/i18n.js';

export interface ElderView {
  t: Translate;
  /** Step ids in order; the last is the result. */
  steps: readonly string[];
  step: number;
  /** The body of the current step (the result step is not a form). */
  body: TemplateResult;
  go(delta: number): void;
}

export function renderElder(v: ElderView): TemplateResult {
  const { t, steps, step } = v;
  const s = steps[step]!;
  const last = step === steps.length - 1;
  return html`
    <p class="progress">${t('elder.progress', { n: String(step + 1), count: String(steps.length) })}</p>
    <h2 id="step-heading" class="step-heading" tabindex="-1">${t(`elder.step.${s}`)}</h2>
    ${last ? v.body : html`<form part="form" @submit=${(e: Event) => { e.preventDefault(); v.go(1); }}>${v.body}</form>`}
    <div class="actions noprint">
      ${step > 0 ? html`<button type="button" class="secondary" @click=${() => v.go(-1)}>${t('elder.back')}</button>` : nothing}
      ${!last ? html`<button type="button" @click=${() => v.go(1)}>${t(step === steps.length - 2 ? 'elder.seeResult' : 'elder.next')}</button>` : nothing}
    </div>`;
}
