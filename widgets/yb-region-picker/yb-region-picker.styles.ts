import { css } from 'lit';

export const regionPickerStyles = css`
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); margin: 0; min-inline-size: 0; }
  legend { font-weight: 700; padding-inline: 0.25rem; }
  .row { display: flex; flex-wrap: wrap; gap: var(--_space); }
  .row > div { display: grid; gap: 0.25rem; flex: 1 1 12em; min-inline-size: 0; }
  label { font-weight: 600; }
  select, input { inline-size: 100%; }
  .search { display: grid; gap: 0.25rem; margin-block-end: var(--_space); }
  [hidden] { display: none !important; }
  .status { color: var(--_muted); font-size: 0.875em; margin: 0; }
  .answers { margin: var(--_space) 0 0; font-size: 0.9375em; }
  .locked { margin: 0; }
`;
