import { css } from 'lit';

export const regionPickerStyles = css`
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); margin: 0; min-inline-size: 0; }
  legend { font-weight: 700; padding-inline: 0.25rem; }
  .row { display: flex; flex-wrap: wrap; gap: var(--_space); }
  .row > div { display: grid; gap: 0.25rem; flex: 1 1 12em; min-inline-size: 0; }
  label { font-weight: 600; }
  select, input { inline-size: 100%; }
  .search { display: grid; gap: 0.25rem; margin-block-end: var(--_space); }
  ul.matches { list-style: none; padding: 0; margin: 0.25rem 0 0; border: 1px solid var(--_border); border-radius: var(--_radius); max-block-size: 22em; overflow-y: auto; }
  ul.matches[hidden] { display: none; }
  ul.matches li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.5em; min-block-size: 44px; padding: 0.4rem 0.6rem; cursor: pointer; box-sizing: border-box; }
  ul.matches li + li { border-block-start: 1px solid var(--_surface); }
  ul.matches li:hover { background: var(--_surface); }
  ul.matches li.active { background: var(--_accent); color: var(--_accent-text); outline: 2px solid var(--_focus); outline-offset: -2px; }
  ul.matches li.active .kind { color: inherit; }
  .name { font-weight: 600; }
  .kind { color: var(--_muted); font-size: 0.875em; }
  .none p { margin: 0.25rem 0; }
  ul.fallbacks { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; }
  ul.fallbacks button { min-block-size: 44px; }
  .status { color: var(--_muted); font-size: 0.875em; margin: 0; }
  .answers { margin: var(--_space) 0 0; font-size: 0.9375em; }
  .locked { margin: 0; }
  .locked strong { font-weight: 700; }
  @media (forced-colors: active) {
    ul.matches li.active { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
`;
