import { css } from 'lit';

// Tier colours come from widgets/internal/tier.styles.ts (shared with yb-result).
export const whatIfStyles = css`
  section { display: grid; gap: var(--_space); }
  h2 { font-size: 1.15em; margin: 0; }
  h3 { font-size: 1em; margin: 0.5rem 0 0.25rem; }
  p { margin: 0; }
  figure { margin: 0; }
  figcaption { color: var(--_muted); font-size: 0.9em; }
  /* The viewBox is the rendered width (measured), so SVG px are CSS px: labels stay ≥ 12 px on a phone. */
  svg { inline-size: 100%; block-size: auto; display: block; overflow: visible; }
  /* The axis is thin and grey, below the zero line; 个人自付 is the thickest line, in its own colour. */
  .axis { stroke: var(--_muted); stroke-width: 1; }
  .grid { stroke: var(--_border); stroke-width: 0.5; stroke-dasharray: 2 4; opacity: 0.5; }
  .tick { fill: var(--_muted); font-size: 13px; }
  .axis-title { font-size: 13px; }
  .now-label { fill: var(--_text); font-weight: 700; }
  .line { fill: none; stroke-width: 2; stroke-linejoin: round; }
  .line-outOfPocket { stroke: var(--_tier-out-of-pocket); stroke-width: 4; }
  .line-basic { stroke: var(--_tier-basic); }
  .line-critical { stroke: var(--_tier-critical); stroke-dasharray: 8 3; }
  .line-assistance { stroke: var(--_tier-assistance); stroke-dasharray: 3 3; }
  .line-tilt { stroke: var(--_tier-tilt); stroke-dasharray: 1 3; }
  .bend-line { stroke: var(--_muted); stroke-width: 1; stroke-dasharray: 2 4; opacity: 0.6; }
  .bend-dot { fill: var(--_bg); stroke: var(--_text); stroke-width: 1.5; }
  .bend-num { fill: var(--_text); font-size: 13px; font-weight: 700; text-anchor: middle; dominant-baseline: central; }
  /* The bill entered: dark and dashed, unlike any tier line (the basic line is blue). */
  .now-line { stroke: var(--_text); stroke-width: 2; stroke-dasharray: 6 4; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; margin: 0; font-size: 0.9em; }
  .swatch { display: inline-block; inline-size: 1.2em; block-size: 0.3em; margin-inline-end: 0.4em; vertical-align: 0.2em; border: 1px solid var(--_text); }
  .sw-basic { background: var(--_tier-basic); }
  .sw-critical { background: var(--_tier-critical); }
  .sw-assistance { background: var(--_tier-assistance); }
  .sw-tilt { background: var(--_tier-tilt); }
  .sw-outOfPocket { background: var(--_tier-out-of-pocket); block-size: 0.5em; }
  .sw-now { background: none; border: none; border-inline-start: 2px dashed var(--_text); inline-size: 0.25em; block-size: 1em; vertical-align: -0.1em; }
  ol.bends { margin: 0; padding-inline-start: 1.6em; display: grid; gap: 0.15rem; }
  .table-wrap { overflow-x: auto; }
  /* A wide table scrolls inside itself, with shadows at the edges that have more to see. */
  .table-wrap.scroll {
    background:
      linear-gradient(to right, var(--_bg) 30%, transparent) left / 2rem 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 30%, transparent) right / 2rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 0.75rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 0.75rem 100% no-repeat scroll;
  }
  /* The identity column stays in view while the figures scroll; long names wrap (never the figures). */
  .scroll th[scope='row'] { position: sticky; inset-inline-start: 0; background: var(--_bg); white-space: normal; min-inline-size: 6em; max-inline-size: 9em; }
  .scroll-hint { font-size: 0.9em; color: var(--_muted); }
  .scroll-hint::before { content: '⟷ '; }
  @media (min-width: 48rem) { .scroll-hint { display: none; } }
  table { border-collapse: collapse; inline-size: 100%; font-variant-numeric: tabular-nums; }
  caption { text-align: start; font-weight: 600; padding-block-end: 0.25rem; }
  th, td { border-block-end: 1px solid var(--_border); padding: 0.3rem 0.5rem; text-align: end; white-space: nowrap; }
  th[scope='row'], thead th:first-child { text-align: start; }
  tr.is-bend th { font-weight: 700; }
  tr.current { background: var(--_surface); }
  .placeholder, .errors { padding: var(--_space); border: 1px dashed var(--_border); border-radius: var(--_radius); }
  .errors { color: var(--_error); font-weight: 600; }
  @media (forced-colors: active) {
    .line, .bend-line, .axis { stroke: CanvasText; }
    .bend-dot { fill: Canvas; stroke: CanvasText; }
    .tick, .bend-num { fill: CanvasText; }
    .now-line { stroke: Highlight; }
    .table-wrap.scroll { background: none; }
  }
`;
