// The engine chunk, loaded once per page by dynamic import (in parallel with the first rule pack).
// Module-level state is only the memoised import: every element instance keeps its own data.
export type Engine = typeof import('./engine.js');

let loading: Promise<Engine> | undefined;
let loaded: Engine | undefined;

/** The engine if its chunk has already arrived (so later instances compute synchronously). */
export function engineNow(): Engine | undefined {
  return loaded;
}

/** Loads the engine chunk (memoised; a failed load may be retried). */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.js').then(
    (m) => {
      m.ensureFullStrings();
      return (loaded = m);
    },
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}
