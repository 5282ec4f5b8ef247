// Classes, types and helpers only: importing this module registers nothing (see register.ts).
export { YbMoneyInput } from './yb-money-input/yb-money-input.js';
export { YbRegionPicker } from './yb-region-picker/yb-region-picker.js';
export { YbResult } from './yb-result/yb-result.js';
export { YbMissingRule } from './yb-missing-rule/yb-missing-rule.js';
export { YbWhatIf } from './yb-what-if/yb-what-if.js';
export { YbEstimator, type Mode } from './yb-estimator/yb-estimator.js';
export { YbEstimateEvent, type YbEstimateDetail } from './internal/events.js';
export { defineOnce, WIDGETS_VERSION } from './internal/define.js';
export type { RegionEntry } from './internal/regions.js';
