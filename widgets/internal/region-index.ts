// The region picker's lazy chunk, loaded by region-index-loader.ts when a picker is first used (or
// shows a region without a pack of its own); never in the initial JS. It carries the full GB/T 2260
// table with its search, the picker's table-bound parts, and the code helpers the estimator needs
// to tell a county without a pack (answered by its city, province or the national layer) from a
// string that is no region.
import { resolveRegion, retiredCode } from '../../src/regions/code.js';
import { regionTable } from '../../src/regions/table.js';

export { regionTable, EDITION, type RegionRecord, type RegionTable } from '../../src/regions/table.js';
export { searchRegions, provinceInQuery, type RegionSearch } from './region-search.js';
export { PickerView, type PickerOption, type PickerState } from '../yb-region-picker/picker-view.js';
export { pickerViewStyles } from '../yb-region-picker/picker-view.styles.js';

/**
 * The code of the pack that answers for a region (its own, else its city's, province's, national),
 * given which codes have a pack; undefined for a code the table does not know (nor a retired code
 * it replaced) and that has no pack of its own.
 */
export function answeringCode(code: string, has: (code: string) => boolean): string | undefined {
  if (has(code)) return code;
  if (!regionTable().has(retiredCode(code)?.to ?? code)) return undefined;
  return resolveRegion(code, has)?.answeredBy;
}
