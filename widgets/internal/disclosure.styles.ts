import { css } from 'lit';

/**
 * Visible disclosures (issue 12.4): `summary { display: flex }` drops the native marker, so every
 * <details> gets a chevron that points to the inline end when closed and down when open. The
 * summary's text stays its accessible name (the chevron is generated content with no text), and
 * the native <details> exposes expanded / collapsed to screen readers. No `display` is set here,
 * so each element's own (print) rules for its summaries still apply.
 */
export const disclosureStyles = css`
  details > summary { list-style: none; cursor: pointer; min-block-size: 44px; }
  details > summary::-webkit-details-marker { display: none; }
  details > summary::before {
    content: '';
    display: inline-block;
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline: 0.2em 0.6em;
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease-out;
  }
  details > summary:dir(rtl)::before { transform: rotate(135deg); }
  details[open] > summary::before { transform: rotate(45deg); }
  @media (prefers-reduced-motion: reduce) {
    details > summary::before { transition: none; }
  }
  @media (forced-colors: active) {
    details > summary::before { border-color: CanvasText; }
  }
  @media print {
    details > summary::before { display: none; }
  }
`;
