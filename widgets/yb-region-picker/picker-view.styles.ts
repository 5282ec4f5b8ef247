import { css } from 'lit';

// Styles of the table-bound parts (results, fallbacks), adopted when the lazy index chunk arrives.
export const pickerViewStyles = css`
  ul.matches { list-style: none; padding: 0; margin: 0.25rem 0 0; border: 1px solid var(--_border); border-radius: var(--_radius); max-block-size: 22em; overflow-y: auto; }
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
  @media (forced-colors: active) {
    ul.matches li.active { forced-color-adjust: none; background: Highlight; color: HighlightText; }
  }
`;
