// The public tier colour tokens, defined once: <yb-result> and <yb-what-if> colour the tiers
// alike, so a themed portal themes both with the same --yb-tier-* properties.
import { css } from 'lit';

export const tierTokens = css`
  :host {
    --_tier-basic: var(--yb-tier-basic, #1f5fa8);
    --_tier-critical: var(--yb-tier-critical, #00796b);
    --_tier-assistance: var(--yb-tier-assistance, #6a3d9a);
    --_tier-tilt: var(--yb-tier-tilt, #a0522d);
    --_tier-out-of-pocket: var(--yb-tier-out-of-pocket, #b3261e);
  }
`;
