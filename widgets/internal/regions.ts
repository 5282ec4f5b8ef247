// Region entries as the widgets pass them around (the pack catalog's regions). The names of every
// province, city and county come from the full table, which loads lazily (region-index.ts).
import type { LocalText } from '../../src/index.js';

export interface RegionEntry {
  code: string;
  name: LocalText;
  /** Parent province code; absent for a province-level or national entry. */
  province?: string;
}

export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}
