// Loads the region picker's index chunk (region-index.ts: the full GB/T 2260 table and its search)
// once per page, when a picker is first used or shows a region without a pack of its own. Only the
// memoised import lives here, so the initial JS carries none of the table.
import { lazyOnce } from './lazy-once.js';

export type RegionIndex = typeof import('./region-index.js');

const index = lazyOnce<RegionIndex>(() => import('./region-index.js'));

/** The index if its chunk has already arrived. */
export const regionIndexNow = index.now;
/** Loads the index chunk (memoised; a failed load may be retried). */
export const loadRegionIndex = index.load;
