// A short case reference for hotline notes: FNV-1a (32-bit) over the canonical input JSON, in
// Crockford base32. Derived locally from what was typed; nothing is sent anywhere.
import { canonical } from '../../src/engine/hash.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function caseReference(input: unknown): string {
  const text = canonical(input);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let out = '';
  for (let i = 0; i < 7; i++) {
    out += ALPHABET[h & 31];
    h >>>= 5;
  }
  return `YB-${out.slice(0, 4)}-${out.slice(4)}`;
}
