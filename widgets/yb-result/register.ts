// Side-effect entry: registers <yb-result> once (safe to load twice). <yb-estimator> loads it on
// demand (widgets/internal/lazy-elements.ts); a page using <yb-result> alone imports this module.
import { defineOnce } from '../internal/define.js';
import { YbResult } from './yb-result.js';

defineOnce('yb-result', YbResult);

declare global {
  interface HTMLElementTagNameMap {
    'yb-result': YbResult;
  }
}
