// The domain of each leaf type, checked on the value a read returns — after the pack's modifiers
// ran. Validation checks each number as written, but an exception such as `add 0.5` to a ratio of
// 0.8 only exists once applied: a ratio above 1 pays more than the bill, a negative deductible
// pays what nobody owes. Such a pack is refused with the parameter's path, never clamped silently.
import { DECIMAL_STRING, Dec } from '../money/decimal.js';
import { EngineFault } from '../model/fault.js';
import { PARAMS, type LeafType, type ParamKey } from './registry.js';

const isDec = (x: unknown): x is string => typeof x === 'string' && DECIMAL_STRING.test(x);
const inUnit = (x: unknown) => isDec(x) && !new Dec(x).lessThan(0) && !new Dec(x).greaterThan(1);
const nonNegative = (x: unknown) => isDec(x) && !new Dec(x).lessThan(0);
const isBands = (x: unknown): x is { bands: { rate: unknown }[] } =>
  typeof x === 'object' && x !== null && Array.isArray((x as { bands?: unknown }).bands);

/** The domain of a leaf type in symbols every language reads ("[0, 1]", "≥ 0"), or null if `value` is in it. */
export function outOfDomain(leaf: LeafType, value: unknown): string | null {
  switch (leaf) {
    case 'money': return nonNegative(value) ? null : '≥ 0';
    case 'money-or-none': return value === null || nonNegative(value) ? null : '≥ 0';
    case 'rate': return inUnit(value) ? null : '[0, 1]';
    case 'rate-or-scale':
    case 'scale':
      if (isBands(value)) return value.bands.every((b) => inUnit(b.rate)) ? null : '[0, 1]';
      return leaf === 'rate-or-scale' && inUnit(value) ? null : '[0, 1]';
    case 'bool': return typeof value === 'boolean' ? null : 'true | false';
    case 'pool': return typeof value === 'string' && /^[a-z][a-z-]{0,31}$/.test(value) ? null : '[a-z-]';
    default: {
      const allowed = leaf.slice('enum:'.length).split('|');
      return typeof value === 'string' && allowed.includes(value) ? null : allowed.join(' | ');
    }
  }
}

const shown = (v: unknown): string => {
  if (isBands(v)) return v.bands.map((b) => String(b.rate)).join(' / ');
  return v === null ? 'null' : String(v);
};

/** Throws `pack.out-of-domain` (path: the pack layer and parameter) when the resolved value left its domain. */
export function assertInDomain(key: ParamKey, value: unknown, layer: string): void {
  // Other value shapes (e.g. a range leaf resolved elsewhere) are checked where they are produced.
  if (typeof value === 'object' && value !== null && !isBands(value)) return;
  const domain = outOfDomain(PARAMS[key].leaf, value);
  if (domain === null) return;
  throw new EngineFault('pack.out-of-domain', { key, pack: layer, value: shown(value).slice(0, 40), domain }, `${layer}:parameters.${key}`);
}
