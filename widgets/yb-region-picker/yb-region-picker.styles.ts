import { css } from 'lit';

export const regionPickerStyles = css`
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); margin: 0; min-inline-size: 0; }
  legend { font-weight: 700; padding-inline: 0.25rem; }
  .row { display: flex; flex-wrap: wrap; gap: var(--_space); }
  .row > div { display: grid; gap: 0.25rem; flex: 1 1 12em; min-inline-size: 0; }
  label { font-weight: 600; }
  select, input { inline-size: 100%; }
  .search { display: grid; gap: 0.25rem; margin-block-end: var(--_space); }
  ul.matches { list-style: none; padding: 0; margin: 0.25rem 0 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
  ul.matches button { min-block-size: 44px; }
  .status { color: var(--_muted); font-size: 0.875em; margin: 0; }
  .locked { margin: 0; }
  .locked strong { font-weight: 700; }
`;
