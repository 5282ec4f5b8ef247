// Lazy chunk: the engine (src/engine-entry.ts) plus the widget helpers that compute with it.
// Loaded only through engine-loader.ts; never imported statically by an initial-chunk module.
export * from '../../src/engine-entry.js';
export { plainSummary, readAloudScript } from './summary.js';
export { caseReference } from './case-ref.js';
export { ensureFullStrings } from './full-strings.js';
export { estimateDetail, knownChoices, missingFault } from './result-data.js';
