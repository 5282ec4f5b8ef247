// Shared host styles: the public `--yb-*` tokens mapped to private `--_*` names, the inherited
// properties a host page would otherwise leak in, focus, forced colours and reduced motion.
import { css } from 'lit';

export const hostStyles = css`
  :host {
    --_accent: var(--yb-accent, #0b5cad);
    --_accent-text: var(--yb-accent-text, #ffffff);
    --_text: var(--yb-text, #1a1a1a);
    --_muted: var(--yb-muted, #4d4d4d);
    --_bg: var(--yb-bg, #ffffff);
    --_surface: var(--yb-surface, #f4f6f8);
    --_border: var(--yb-border, #6b6b6b);
    --_error: var(--yb-error, #b3261e);
    --_warn-bg: var(--yb-warn-bg, #fff4d6);
    --_radius: var(--yb-radius, 6px);
    --_space: var(--yb-space, 0.75rem);
    --_focus: var(--yb-focus-ring, #1a73e8);
    --_font: var(--yb-font, system-ui, -apple-system, 'PingFang SC', 'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif);
    --_font-size: var(--yb-font-size, 1rem);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    text-align: start;
  }
  :host([hidden]) { display: none !important; }
  /* A page rule on the host element (a dark portal's \`* { color: #eee }\`) beats :host and would be
     inherited onto our light surfaces; declared inside the shadow root, our colours hold. */
  :host > * { color: var(--_text); }
  *, *::before, *::after { box-sizing: inherit; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  .visually-hidden {
    position: absolute !important; inline-size: 1px; block-size: 1px; overflow: hidden;
    clip-path: inset(50%); white-space: nowrap; margin: -1px; padding: 0; border: 0;
  }
  button {
    font: inherit; color: var(--_accent-text); background: var(--_accent); border: 2px solid var(--_accent);
    border-radius: var(--_radius); padding: 0.4em 0.9em; min-block-size: 44px; cursor: pointer;
  }
  button.secondary { color: var(--_accent); background: var(--_bg); }
  input, select {
    font: inherit; color: var(--_text); background: var(--_bg); border: 1px solid var(--_border);
    border-radius: var(--_radius); padding: 0.4em 0.5em; min-block-size: 44px; max-inline-size: 100%;
  }
  input[type='checkbox'], input[type='radio'] { min-block-size: auto; inline-size: 1.25em; block-size: 1.25em; accent-color: var(--_accent); }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }
  @media (forced-colors: active) {
    :focus-visible { outline: 3px solid Highlight; }
    button { border: 2px solid ButtonText; }
  }
`;
