import { css } from 'lit';

export const moneyInputStyles = css`
  :host { margin-block: 0 var(--_space); }
  .field { display: grid; gap: 0.25rem; }
  label { font-weight: 600; }
  .control { display: flex; align-items: center; gap: 0.4rem; max-inline-size: 100%; }
  input { inline-size: 14em; max-inline-size: 100%; flex: 1 1 auto; }
  .unit { color: var(--_muted); }
  .hint { color: var(--_muted); font-size: 0.875em; margin: 0; }
  .error { color: var(--_error); font-weight: 600; margin: 0; min-block-size: 0; }
  .error:empty { display: none; }
  input[aria-invalid='true'] { border: 2px solid var(--_error); }
  .echo { color: var(--_muted); font-size: 0.875em; margin: 0; }
  @media (forced-colors: active) {
    input[aria-invalid='true'] { border: 3px double CanvasText; }
  }
`;
