import { css } from 'lit';

export const estimatorStyles = css`
  /* The element's own width decides the layout (container queries), whatever the page's width. */
  :host { background: var(--_bg); padding: var(--_space); border-radius: var(--_radius); container: yb-estimator / inline-size; }
  /* Modes set the public tokens, so the inner elements (their own shadow roots) follow. */
  :host([mode='elder']) {
    --yb-font-size: var(--yb-elder-font-size, 1.375rem);
    --yb-text: var(--yb-elder-text, #000000);
    --yb-bg: var(--yb-elder-bg, #ffffff);
    --yb-border: #000000;
    --yb-muted: #1a1a1a;
    --yb-accent: var(--yb-elder-accent, #003d80);
    --_font-size: var(--yb-elder-font-size, 1.375rem);
    --_text: var(--yb-elder-text, #000000);
    --_bg: var(--yb-elder-bg, #ffffff);
    --_border: #000000;
    --_muted: #1a1a1a;
    --_accent: var(--yb-elder-accent, #003d80);
    line-height: 1.6;
  }
  :host([mode='hotline']) {
    --yb-font-size: var(--yb-hotline-font-size, 0.9375rem);
    --yb-space: 0.5rem;
    --_font-size: var(--yb-hotline-font-size, 0.9375rem);
    --_space: 0.5rem;
    line-height: 1.35;
  }
  h1, h2 { margin: 0 0 var(--_space); font-size: 1.3em; }
  .layout { display: grid; gap: calc(var(--_space) * 1.5); grid-template-columns: minmax(0, 1fr); align-items: start; }
  .side { min-inline-size: 0; align-self: stretch; }
  /* Answer first (issue 12.1): 个人大约需付 as the largest text, its range, what it rests on. */
  .answer { display: none; gap: 0.25rem; padding: 0.5rem 0.75rem; border: 2px solid var(--_accent); border-radius: var(--_radius); background: var(--_bg); z-index: 1; }
  .answer p { margin: 0; }
  .answer-pay { font-weight: 600; }
  .answer-figure { display: block; font-size: 2em; line-height: 1.15; font-weight: 800; font-variant-numeric: tabular-nums; }
  .answer-range, .answer-basis { font-size: 0.875em; color: var(--_muted); }
  .answer.stale .answer-figure { text-decoration: line-through; }
  .link { background: none; border: 0; padding: 0; min-block-size: 44px; color: var(--_accent); text-decoration: underline; font: inherit; cursor: pointer; }
  /* Narrow: the bar follows the bill field and stays in view while the form does. */
  @container yb-estimator (max-width: 41.99rem) {
    .answer.in-form { display: grid; position: sticky; inset-block-end: 0; box-shadow: 0 -2px 6px rgb(0 0 0 / 0.15); }
  }
  /* Wide: the result beside the form, its answer at the top and in view while scrolling. */
  @container yb-estimator (min-width: 42rem) {
    .layout { grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); }
    .answer.in-side { display: grid; position: sticky; inset-block-start: 0; margin-block-end: var(--_space); }
  }
  form { display: grid; gap: var(--_space); min-inline-size: 0; }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); margin: 0; min-inline-size: 0; display: grid; gap: 0.5rem; }
  legend { font-weight: 700; padding-inline: 0.25rem; }
  label { font-weight: 600; }
  .choice { display: flex; gap: 0.5rem; align-items: flex-start; font-weight: 400; }
  .choice input { margin-block-start: 0.2em; flex: none; }
  .choice small { display: block; color: var(--_muted); }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem var(--_space); }
  .row > * { flex: 1 1 10em; min-inline-size: 0; display: grid; gap: 0.25rem; align-content: start; }
  select, input[type='date'], input[type='text'] { inline-size: 100%; }
  .hint { color: var(--_muted); font-size: 0.875em; margin: 0; }
  .error { color: var(--_error); font-weight: 600; margin: 0; }
  .error:empty { display: none; }
  .visit { border-style: dashed; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
  .sum { margin: 0; font-weight: 600; }
  .locked-value { margin: 0; }
  details > summary { cursor: pointer; font-weight: 600; min-block-size: 44px; display: flex; align-items: center; }
  .tools { display: grid; gap: 0.5rem; margin-block-start: var(--_space); }
  .status { margin: 0; color: var(--_muted); }
  textarea { font: inherit; inline-size: 100%; min-block-size: 8em; border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.4em; color: var(--_text); background: var(--_bg); }
  .script { white-space: pre-wrap; background: var(--_surface); padding: 0.5rem; border-radius: var(--_radius); margin: 0; }
  .caseref { font-family: ui-monospace, monospace; font-weight: 700; }
  .progress { margin: 0; font-weight: 600; }
  .step-heading { font-size: 1.2em; margin: 0; }
  kbd { font-family: ui-monospace, monospace; border: 1px solid var(--_border); border-radius: 3px; padding: 0 0.25em; }
  dl.keys { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0; }
  dl.keys dd { margin: 0; }
  :host([mode='hotline']) .layout { grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr)); }
  :host([mode='elder']) input[type='checkbox'], :host([mode='elder']) input[type='radio'] { inline-size: 1.6em; block-size: 1.6em; }
  :host([mode='elder']) button { min-block-size: 56px; padding-inline: 1.2em; }
  @media (forced-colors: active) {
    fieldset { border-color: CanvasText; }
    .answer { border-color: CanvasText; }
  }
  @media print {
    :host { padding: 0; }
    form, .tools, .noprint, button { display: none !important; }
    .layout { display: block; }
  }
`;
