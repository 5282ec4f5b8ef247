import { css } from 'lit';

export const resultStyles = css`
  section { display: grid; gap: var(--_space); min-block-size: 12rem; }
  h2 { font-size: 1.25em; margin: 0; }
  h3 { font-size: 1.05em; margin: 0.5rem 0 0.25rem; }
  p { margin: 0; }
  .headline { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; align-items: baseline; }
  .headline .big { font-size: 1.6em; font-weight: 700; color: var(--_tier-out-of-pocket); }
  .headline .rate { font-size: 1.1em; font-weight: 600; }
  .headline .pay { font-size: 1.1em; }
  .range { display: grid; gap: 0.35rem; }
  .range-text { font-weight: 600; }
  svg.range-bar { block-size: 1.5rem; }
  .range-bar .track { fill: var(--_surface); stroke: var(--_border); }
  .range-bar .span { fill: var(--_tier-out-of-pocket); fill-opacity: 0.45; stroke: var(--_tier-out-of-pocket); }
  .range-bar .mark { fill: var(--_text); stroke: none; }
  .range-ends { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 1rem; font-size: 0.9375em; color: var(--_muted); }
  .range-ends .mid { font-weight: 600; color: var(--_text); }
  .unknowns li { overflow-wrap: anywhere; }
  .quiet { color: var(--_muted); font-size: 0.9375em; }
  .placeholder { color: var(--_muted); padding: var(--_space); border: 1px dashed var(--_border); border-radius: var(--_radius); }
  .stale { outline: 2px dashed var(--_border); outline-offset: 4px; }
  .stale-note { font-weight: 600; }
  .errors { color: var(--_error); font-weight: 600; }
  .warnings { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.25rem; }
  .warnings li, .hardship { background: var(--_warn-bg); border-inline-start: 4px solid #8a6d00; padding: 0.4rem 0.6rem; border-radius: var(--_radius); }
  /* One small mark per figure source, explained once in the legend (issue 12 item 2). */
  sup.mark { font-size: 0.75em; font-weight: 700; color: var(--_muted); margin-inline-start: 0.1em; line-height: 0; }
  .legend { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.15rem; font-size: 0.9375em; color: var(--_muted); }
  .legend .mark-key { font-weight: 700; display: inline-block; min-inline-size: 1em; }
  .supplied-by, .src-note { font-size: 0.9em; color: var(--_muted); font-weight: 600; }
  .immaterial li, .assumptions li { overflow-wrap: anywhere; }
  details.tech { font-size: 0.9375em; }
  details.tech h4 { font-size: 1em; margin: 0.5rem 0 0.25rem; }
  .mono { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 0.875em; overflow-wrap: anywhere; }
  /* A repost is a plain link that says so, never styled like the original (issue 11 item 5). */
  a.src-repost { color: var(--_muted); }
  svg { inline-size: 100%; block-size: 2.5rem; display: block; }
  svg rect { stroke: var(--_bg); stroke-width: 1; }
  .seg-basic { fill: var(--_tier-basic); }
  .seg-critical { fill: var(--_tier-critical); }
  .seg-assistance { fill: var(--_tier-assistance); }
  .seg-tilt { fill: var(--_tier-tilt); }
  .seg-outOfPocket { fill: var(--_tier-out-of-pocket); }
  .swatch { display: inline-block; inline-size: 0.9em; block-size: 0.9em; border-radius: 2px; margin-inline-end: 0.4em; vertical-align: -0.1em; border: 1px solid var(--_text); }
  .sw-basic { background: var(--_tier-basic); }
  .sw-critical { background: var(--_tier-critical); }
  .sw-assistance { background: var(--_tier-assistance); }
  .sw-tilt { background: var(--_tier-tilt); }
  .sw-outOfPocket { background: var(--_tier-out-of-pocket); }
  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; inline-size: 100%; }
  caption { text-align: start; font-weight: 600; padding-block-end: 0.25rem; }
  th, td { border-block-end: 1px solid var(--_border); padding: 0.35rem 0.5rem; text-align: start; vertical-align: top; }
  td.num { text-align: end; font-variant-numeric: tabular-nums; }
  .amt { white-space: nowrap; }
  /* Row headers keep a readable width (CJK text may otherwise break after every character). */
  th[scope='row'] { min-inline-size: 5.5em; }
  /* Narrow screens (a media query: a size container on the host made every update re-lay out). */
  @media (max-width: 30rem) {
    th, td { padding: 0.3rem 0.25rem; }
    table { font-size: 0.9375em; }
    th[scope='row'] { min-inline-size: 4.5em; }
    /* The unit may go under the number; a number never breaks. */
    .amt { white-space: normal; }
    .swatch { margin-inline-end: 0.25em; }
  }
  tr.total th, tr.total td { font-weight: 700; }
  ul.plain { margin: 0; padding-inline-start: 1.25rem; display: grid; gap: 0.25rem; }
  details { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5rem var(--_space); }
  summary { cursor: pointer; font-weight: 600; min-block-size: 44px; display: flex; align-items: center; }
  ol.steps { padding-inline-start: 1.5rem; margin: 0.25rem 0; display: grid; gap: 0.5rem; }
  ol.steps li.skipped { color: var(--_muted); }
  .cite { font-size: 0.875em; color: var(--_muted); margin: 0.15rem 0 0; padding-inline-start: 1rem; list-style: disc; }
  .cite q { font-style: italic; }
  a { color: var(--_accent); }
  :host([mode='elder']) .headline .big { font-size: 2em; }
  :host([mode='elder']) .range-ends, :host([mode='elder']) .quiet, :host([mode='elder']) .legend { font-size: 1em; }
  :host([mode='elder']) svg.range-bar { block-size: 2rem; }
  :host([mode='hotline']) section { gap: 0.5rem; min-block-size: 8rem; }
  :host([mode='hotline']) th, :host([mode='hotline']) td { padding: 0.15rem 0.4rem; }
  @media (forced-colors: active) {
    svg rect { stroke: CanvasText; forced-color-adjust: none; }
    .range-bar .span { fill: Highlight; }
    .range-bar .mark { fill: CanvasText; }
    .swatch { forced-color-adjust: none; border-color: CanvasText; }
    .warnings li, .hardship { border: 2px solid CanvasText; }
  }
  @media print {
    details { border: none; padding: 0; }
    details > summary { display: none; }
    .headline .big { color: #000; }
  }
`;
