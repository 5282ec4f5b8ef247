// Own-property look-ups for keys that come from data (inputs, packs, supplied values, share links).
// `key in obj` and `obj[key]` also see Object.prototype: a key such as "__proto__", "constructor"
// or "toString" would read (or, on assignment, write) the prototype shared by the whole host page.
// Every look-up where data supplies the key goes through these helpers instead.
import { DIM_VALUES, PARAMS, type Dim, type ParamKey } from './registry.js';

/** True when `obj` itself (not its prototype chain) has `key`. */
export function hasOwn(obj: unknown, key: string): boolean {
  return typeof obj === 'object' && obj !== null && Object.hasOwn(obj, key);
}

/** obj[key] when `key` is the object's own property, else undefined. */
export function own<T>(obj: Record<string, T> | null | undefined, key: string): T | undefined {
  return obj !== null && obj !== undefined && Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** An empty map with no prototype: assigning "__proto__" to it makes a plain own key. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** True when `key` names a registered parameter (own key of PARAMS). */
export function isParamKey(key: unknown): key is ParamKey {
  return typeof key === 'string' && Object.hasOwn(PARAMS, key);
}

/** Free pool ids (DIM_VALUES.pool is null): the pack validator's POOL pattern. */
const POOL = /^[a-z][a-z-]{0,31}$/;

/** True when `value` is an allowed value of table dimension `dim` ("*" = any, the default cell). */
export function isDimValue(dim: string, value: unknown): boolean {
  if (typeof value !== 'string' || !Object.hasOwn(DIM_VALUES, dim)) return false;
  if (value === '*') return true;
  const allowed = DIM_VALUES[dim as Dim];
  return allowed ? allowed.includes(value) : POOL.test(value);
}

/** True when every key of `cell` is a dimension of `key` and every value allowed for it. */
export function isCellOf(key: ParamKey, cell: unknown): cell is Record<string, string> {
  if (typeof cell !== 'object' || cell === null || Array.isArray(cell)) return false;
  const dims = PARAMS[key].dims as readonly string[];
  return Object.entries(cell).every(([d, v]) => dims.includes(d) && isDimValue(d, v));
}
