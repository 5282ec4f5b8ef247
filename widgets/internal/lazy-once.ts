// A chunk loaded once per page by dynamic import: the memoised promise and, once it has arrived,
// the module itself (so later instances use it synchronously). A failed load may be retried.
// Module-level state is only this memo: every element instance keeps its own data.
export interface LazyOnce<T> {
  /** The module if its chunk has already arrived. */
  now(): T | undefined;
  /** Loads the chunk (memoised; a failure clears the memo so a later call retries). */
  load(): Promise<T>;
}

export function lazyOnce<T>(importer: () => Promise<T>, onLoad?: (m: T) => void): LazyOnce<T> {
  let loading: Promise<T> | undefined;
  let loaded: T | undefined;
  return {
    now: () => loaded,
    load: () => (loading ??= importer().then(
      (m) => {
        onLoad?.(m);
        return (loaded = m);
      },
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    )),
  };
}
