// A stable content hash of the pack layers (FNV-1a, 64-bit, over canonical JSON), stamped into
// every result so a saved estimate names exactly the rules it used. Synchronous on purpose:
// WebCrypto digests are async and unavailable on plain-HTTP portal pages.
import type { RulePack } from '../model/rulepack.js';

/** JSON with object keys sorted: the same value always gives the same text (the one implementation). */
export function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (x && typeof x === 'object') {
    return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  // undefined (an optional field left unset in code-built objects) reads as null, as in a JSON array.
  return JSON.stringify(x) ?? 'null';
}

const cache = new WeakMap<RulePack, string>();

export function packHash(layers: RulePack[]): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const l of layers) {
    let text = cache.get(l);
    if (text === undefined) {
      text = canonical(l);
      cache.set(l, text);
    }
    for (let i = 0; i < text.length; i++) {
      h ^= BigInt(text.charCodeAt(i));
      h = (h * prime) & 0xffffffffffffffffn;
    }
  }
  return `fnv1a64:${h.toString(16).padStart(16, '0')}`;
}
