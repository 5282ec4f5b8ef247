// Loads the region picker's index chunk (region-index.ts: the full GB/T 2260 table and its search)
// once per page, when a picker is first used or shows a region without a pack of its own. Only the
// memoised import lives here, so the initial JS carries none of the table.
export type RegionIndex = typeof import('./region-index.js');

let loading: Promise<RegionIndex> | undefined;
let loaded: RegionIndex | undefined;

/** The index if its chunk has already arrived. */
export function regionIndexNow(): RegionIndex | undefined {
  return loaded;
}

/** Loads the index chunk (memoised; a failed load may be retried). */
export function loadRegionIndex(): Promise<RegionIndex> {
  loading ??= import('./region-index.js').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
