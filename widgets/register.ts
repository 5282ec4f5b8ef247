// Side-effect entry: registers every element once. Safe to load twice (defineOnce never throws).
import { defineOnce } from './internal/define.js';
import { YbMoneyInput } from './yb-money-input/yb-money-input.js';
import { YbRegionPicker } from './yb-region-picker/yb-region-picker.js';
import { YbResult } from './yb-result/yb-result.js';
import { YbEstimator } from './yb-estimator/yb-estimator.js';

defineOnce('yb-money-input', YbMoneyInput);
defineOnce('yb-region-picker', YbRegionPicker);
defineOnce('yb-result', YbResult);
defineOnce('yb-estimator', YbEstimator);

declare global {
  interface HTMLElementTagNameMap {
    'yb-money-input': YbMoneyInput;
    'yb-region-picker': YbRegionPicker;
    'yb-result': YbResult;
    'yb-estimator': YbEstimator;
  }
  interface HTMLElementEventMap {
    'yb-estimate': import('./internal/events.js').YbEstimateEvent;
  }
}
