// The engine chunk, loaded once per page by dynamic import (in parallel with the first rule pack).
import { lazyOnce } from './lazy-once.js';

export type Engine = typeof import('./engine.js');

const engine = lazyOnce<Engine>(() => import('./engine.js'), (m) => m.ensureFullStrings());

/** The engine if its chunk has already arrived (so later instances compute synchronously). */
export const engineNow = engine.now;
/** Loads the engine chunk (memoised; a failed load may be retried). */
export const loadEngine = engine.load;
