// The engine as the widgets load it: one lazy chunk (dynamic import), requested together with the
// first rule pack, so a page's initial JavaScript carries neither decimal.js nor the pipeline.
// Only re-exports of the public API (src/index.ts): nothing here changes what the engine computes.
export {
  estimateSync, isEstimateError, userValuesPack, USER_SOURCE_ID, PARAMS, ENGINE_LOCALES,
  formatParamValue, whatIfCurve, compareCategories, isWhatIfError, applicationNotice,
} from './index.js';
