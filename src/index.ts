// Public API of the engine (pure: no DOM). See README "The contract".
import { estimateWith, packLookup } from './engine/estimate.js';
import { ENGINE_LOCALES } from './i18n/engine-locale.js';
import { loadPackChain } from './packs/catalog.js';
import type { EstimateResult } from './model/io.js';
import type { LocalText } from './model/vocabulary.js';
import type { RulePack } from './model/rulepack.js';
import { PACK_CATALOG } from './packs/catalog.js';
import { retiredCode } from './regions/code.js';

export * from './model/io.js';
export type * from './model/vocabulary.js';
export type * from './model/rulepack.js';
export { parseMoney, MAX_AMOUNT } from './money/parse-money.js';
export { parsePercent } from './money/parse-percent.js';
export { addMoney, shareToPercent } from './money/format.js';
export { SCHEMES, VISIT_KINDS, HOSPITAL_LEVELS, PLACES, CATEGORY_IDS, STATUSES } from './model/vocabulary.js';
export { userValuesPack, USER_SOURCE_ID, type UserValue, type UserSeriesValue } from './packs/user-values.js';
export { PARAMS, type ParamKey } from './packs/registry.js';
export { validatePack } from './packs/validate.js';
export { PACK_CATALOG, loadPackChain, catalogAnswer, type CatalogEntry, type ChainLoadOptions } from './packs/catalog.js';
export { resolveRegion, regionChain, regionLevel, cityCodeOf, provinceCodeOf, isRegionCode, retiredCode, NATIONAL_CODE } from './regions/code.js';
export type { RegionAnswer, RegionLevel, RetiredCode } from './regions/code.js';
export type { RegionRecord, RegionTable } from './regions/table.js';
export { splitPack, withTexts, type PackTexts } from './packs/texts.js';
export { isLinkable, sourceLink, sourceTrustProblems } from './packs/source-trust.js';
export { renderText, renderStep, renderParam, formatParamValue } from './engine/render-text.js';
export { ENGINE_LOCALES } from './i18n/engine-locale.js';
export { createTranslator, type Translate } from './i18n/translator.js';
export { ENGINE_VERSION, estimateWith } from './engine/estimate.js';
export { applicationNotice, type ApplicationNotice } from './engine/application-hint.js';
// The project's decimal type, for lazily loaded widgets' geometry (never on the initial chunk's path).
export { Dec } from './money/decimal.js';
export { AGE_MIN, AGE_MAX, ADMISSIONS_MAX, needsLevel, isCountIn } from './contract/input-limits.js';


/**
 * Synchronous estimate against packs already in memory (the widgets' hot path, the tests). A region
 * without a pack of its own is answered by the nearest loaded layer (city, province, national);
 * `regionName` (e.g. from the full table, src/regions/table.ts) names it in the output.
 */
export function estimateSync(input: unknown, packs: Iterable<RulePack> = [], opts: { regionName?: (code: string) => LocalText | undefined } = {}): EstimateResult {
  return estimateWith(input, { packs: packLookup(packs), locales: ENGINE_LOCALES, ...(opts.regionName ? { regionName: opts.regionName } : {}) });
}

/**
 * estimate(input): loads the shipped pack chain the input names (or an inline pack's parents). A
 * region code is checked against the full GB/T 2260 table (loaded lazily, its own chunk): a code
 * that is not in it (nor a retired code with a successor) is refused with input.unknown-region.
 */
export async function estimate(input: unknown): Promise<EstimateResult> {
  const obj = (input ?? {}) as { region?: unknown; pack?: { extends?: unknown } };
  if (typeof obj.region === 'string') {
    const region = obj.region;
    const { regionTable } = await import('./regions/table.js');
    const table = regionTable();
    const current = retiredCode(region)?.to ?? region;
    const known = PACK_CATALOG.some((e) => e.code === region) || table.has(current);
    const loaded = known ? await loadPackChain(region) : new Map<string, RulePack>();
    return estimateWith(input, { packs: (k) => loaded.get(k), locales: ENGINE_LOCALES, regionName: (c) => table.get(c)?.name });
  }
  const want = typeof obj.pack?.extends === 'string' ? obj.pack.extends : undefined;
  const loaded = want ? await loadPackChain(want) : new Map<string, RulePack>();
  return estimateWith(input, { packs: (k) => loaded.get(k), locales: ENGINE_LOCALES });
}

// What-if curve (bill → each tier, exact bends, labelled) and the category comparison.
export { whatIfCurve, compareCategories, isWhatIfError, WHAT_IF_LABELS, WHAT_IF_SERIES } from './engine/what-if.js';
export type { WhatIfCurve, WhatIfPoint, WhatIfBend, WhatIfCause, WhatIfOptions, WhatIfResult, WhatIfFigures, BendKey } from './engine/what-if.js';
