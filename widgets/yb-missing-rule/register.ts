// Side-effect entry: registers <yb-missing-rule> (and the money field it uses) once; safe to load
// twice. <yb-estimator> loads it on demand when a region refuses for a rule its packs lack.
import { defineOnce } from '../internal/define.js';
import { YbMoneyInput } from '../yb-money-input/yb-money-input.js';
import { YbMissingRule } from './yb-missing-rule.js';

defineOnce('yb-money-input', YbMoneyInput);
defineOnce('yb-missing-rule', YbMissingRule);

declare global {
  interface HTMLElementTagNameMap {
    'yb-missing-rule': YbMissingRule;
  }
}
