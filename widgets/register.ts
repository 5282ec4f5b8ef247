// Side-effect entry: registers every element once. Safe to load twice (defineOnce never throws).
// The form's elements are defined now; the rest are defined on demand by <yb-estimator> through
// dynamic imports (widgets/internal/lazy-elements.ts), so the initial chunk stays small:
// <yb-result> with the first result or refusal, <yb-missing-rule> when a rule is missing,
// <yb-what-if> when its section is opened. `defineLazyElements()` defines them all now.
import { defineOnce } from './internal/define.js';
import { loadMissingRuleElement, loadResultElement, loadWhatIfElement } from './internal/lazy-elements.js';
import { YbMoneyInput } from './yb-money-input/yb-money-input.js';
import { YbRegionPicker } from './yb-region-picker/yb-region-picker.js';
import { YbEstimator } from './yb-estimator/yb-estimator.js';

defineOnce('yb-money-input', YbMoneyInput);
defineOnce('yb-region-picker', YbRegionPicker);
defineOnce('yb-estimator', YbEstimator);

/** Defines the on-demand elements (yb-result, yb-missing-rule, yb-what-if) now, e.g. to use them alone. */
export async function defineLazyElements(): Promise<void> {
  await Promise.all([loadResultElement(), loadMissingRuleElement(), loadWhatIfElement()]);
}

declare global {
  interface HTMLElementTagNameMap {
    'yb-money-input': YbMoneyInput;
    'yb-region-picker': YbRegionPicker;
    'yb-result': import('./yb-result/yb-result.js').YbResult;
    'yb-missing-rule': import('./yb-missing-rule/yb-missing-rule.js').YbMissingRule;
    'yb-what-if': import('./yb-what-if/yb-what-if.js').YbWhatIf;
    'yb-estimator': YbEstimator;
  }
  interface HTMLElementEventMap {
    'yb-estimate': import('./internal/events.js').YbEstimateEvent;
  }
}
