// Public API of the engine (pure: no DOM). See README "The contract".
import { estimateWith, packLookup } from './engine/estimate.js';
import { ENGINE_LOCALES } from './i18n/engine-locale.js';
import { loadPackChain } from './packs/catalog.js';
import type { EstimateResult } from './contract/types.js';
import type { RulePack } from './packs/types.js';

export * from './contract/types.js';
export type * from './packs/types.js';
export { parseMoney, MAX_AMOUNT } from './money/parse-money.js';
export { parsePercent } from './money/parse-percent.js';
export { addMoney, shareToPercent } from './money/format.js';
export { SCHEMES, VISIT_KINDS, HOSPITAL_LEVELS, PLACES, CATEGORY_IDS, STATUSES } from './packs/types.js';
export { userValuesPack, USER_SOURCE_ID, type UserValue, type UserSeriesValue } from './packs/user-values.js';
export { PARAMS, type ParamKey } from './packs/registry.js';
export { validatePack } from './packs/validate.js';
export { PACK_CATALOG, loadPackChain, type CatalogEntry } from './packs/catalog.js';
export { splitPack, withTexts, type PackTexts } from './packs/texts.js';
export { renderText, renderStep, renderParam, formatParamValue } from './engine/render-text.js';
export { ENGINE_LOCALES } from './i18n/engine-locale.js';
export { createTranslator, type Translate } from './i18n/translator.js';
export { ENGINE_VERSION, estimateWith } from './engine/estimate.js';


/** Synchronous estimate against packs already in memory (the widgets' hot path, the tests). */
export function estimateSync(input: unknown, packs: Iterable<RulePack> = []): EstimateResult {
  return estimateWith(input, { packs: packLookup(packs), locales: ENGINE_LOCALES });
}

/** estimate(input): loads the shipped pack chain the input names (or an inline pack's parents). */
export async function estimate(input: unknown): Promise<EstimateResult> {
  const obj = (input ?? {}) as { region?: unknown; pack?: { extends?: unknown } };
  const want = typeof obj.region === 'string' ? obj.region : typeof obj.pack?.extends === 'string' ? obj.pack.extends : undefined;
  const loaded = want ? await loadPackChain(want) : new Map<string, RulePack>();
  return estimateWith(input, { packs: (k) => loaded.get(k), locales: ENGINE_LOCALES });
}

// What-if curve (bill → each tier, exact bends, labelled) and the category comparison.
export { whatIfCurve, compareCategories, isWhatIfError, WHAT_IF_LABELS, WHAT_IF_SERIES } from './engine/what-if.js';
export type { WhatIfCurve, WhatIfPoint, WhatIfBend, WhatIfCause, WhatIfOptions, WhatIfResult, WhatIfFigures, BendKey } from './engine/what-if.js';
