import { css } from 'lit';

export const missingRuleStyles = css`
  section { border: 2px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); background: var(--_warn-bg); }
  h2 { font-size: 1.25em; margin: 0 0 0.5em; }
  p { margin: 0 0 0.75em; }
  fieldset { border: 0; padding: 0; margin: 0 0 0.75em; min-inline-size: 0; }
  legend { font-weight: 600; padding: 0; margin-block-end: 0.25em; }
  label { display: block; font-weight: 600; margin-block-end: 0.25em; }
  label.choice { display: flex; gap: 0.5em; align-items: flex-start; font-weight: normal; margin-block: 0.35em; }
  input[type='radio'] { accent-color: var(--_accent); flex: none; margin-block-start: 0.2em; }
  input[type='text'] { inline-size: 100%; max-inline-size: 20em; }
  .hint { color: var(--_muted); font-size: 0.9375em; }
  .error { color: var(--_error); font-weight: 600; min-block-size: 1.5em; margin: 0.25em 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5em; }
  .progress { font-weight: 600; }
  /* "我知道这个数": a quiet, collapsed panel under the result; the toggle shows a marker and its state. */
  .known { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.25rem var(--_space); }
  h3.toggle-heading { margin: 0; font-size: 1em; }
  button.toggle { display: flex; gap: 0.5em; align-items: center; inline-size: 100%; min-block-size: 44px; padding: 0;
    background: none; border: 0; font-weight: 600; text-align: start; color: var(--_accent); }
  .marker { display: inline-block; inline-size: 1em; }
  .known form { border-block-start: 1px solid var(--_border); padding-block: 0.75em 0.25em; }
  .item { overflow-wrap: anywhere; }
  [hidden] { display: none !important; }
  @media (forced-colors: active) { section, .known { border-color: CanvasText; } button.toggle { color: LinkText; } }
  @media print { .known { display: none; } }
`;
