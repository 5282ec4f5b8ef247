// Answer first (issue 12.1): the figure a person came for — 个人大约需付 X 元 — as the largest text,
// with its range and one line on what it rests on, where the eye is. The element decides where by
// its own width (container queries in yb-estimator.styles.ts, so every portal gets it): narrow, a
// compact bar right after the bill field that stays in view (sticky) while the form does; wide,
// the top of the result column beside the form (sticky). The same block is rendered in both places
// and only the one for the current width is displayed (the other is display: none, so it is
// neither seen nor read).
import { html, nothing, type TemplateResult } from 'lit';
import type { EstimateInput, EstimateOutput, Lang, RulePack, Scheme } from '../../src/index.js';
import type { Translate } from '../internal/i18n.js';
import { formatMoney } from '../internal/format.js';

export interface AnswerView {
  t: Translate;
  lang: Lang;
  output: EstimateOutput | null;
  stale: boolean;
  scheme: Scheme;
  /** Moves to the full result (its heading). */
  more(): void;
}

export function renderAnswer(v: AnswerView, where: 'form' | 'side'): TemplateResult | typeof nothing {
  const out = v.output;
  if (!out) return nothing;
  const { t, lang } = v;
  const money = (x: string) => t('money.amount', { amount: formatMoney(x, lang) });
  const tot = out.totals;
  const r = tot.range.outOfPocket;
  const region = out.region.name?.[lang] ?? out.pack.region.name[lang];
  return html`<div class="answer in-${where} noprint ${v.stale ? 'stale' : ''}" part="answer" role="group" aria-label=${t('answer.label')}>
    <p class="answer-pay">${t('result.youPay')} <strong class="answer-figure" data-answer-figure data-value=${tot.outOfPocket}>${money(tot.outOfPocket)}</strong></p>
    <p class="answer-range">${tot.exact ? t('answer.exact') : t('answer.range', { low: formatMoney(r.low, lang), high: formatMoney(r.high, lang) })}</p>
    <p class="answer-basis">${t('answer.basis', { region, scheme: t(`engine:scheme.${v.scheme}`), total: money(tot.total) })}
      <button type="button" class="link" @click=${() => v.more()}>${t('answer.more')}</button></p>
  </div>`;
}

/** 「费用变化时各项怎么变」: <yb-what-if> under the result, defined when first opened. */
export function renderWhatIf(v: { t: Translate; lang: Lang; open: boolean; ready: boolean; data: { input: EstimateInput; packs: RulePack[] } | null; toggle(open: boolean): void }): TemplateResult {
  const onToggle = (e: Event) => {
    const open = (e.target as HTMLDetailsElement).open;
    if (open !== v.open) v.toggle(open);
  };
  return html`<details class="what-if noprint" id="what-if" ?open=${v.open} @toggle=${onToggle}>
    <summary>${v.t('whatIf.summary')}</summary>
    ${v.open && v.data
      ? v.ready
        ? html`<yb-what-if lang=${v.lang} .input=${v.data.input} .packs=${v.data.packs}></yb-what-if>`
        : html`<p class="hint">${v.t('whatIf.loading')}</p>`
      : nothing}
  </details>`;
}
