// The shipped rule packs: region code → lazy loader. Adding a region is adding a JSON file under
// src/packs/data/ and one line here; no pipeline code changes.
import type { LocalText, RulePack } from './types.js';

export interface CatalogEntry {
  code: string;
  id: string;
  name: LocalText;
  province?: string;
  load: () => Promise<RulePack>;
}

const json = (m: { default: unknown }) => m.default as RulePack;

export const PACK_CATALOG: CatalogEntry[] = [];

/** Loads a pack and every layer it extends, by region code or pack id. */
export async function loadPackChain(idOrCode: string): Promise<Map<string, RulePack>> {
  const loaded = new Map<string, RulePack>();
  let next: string | undefined = idOrCode;
  while (next && !loaded.has(next)) {
    const entry = PACK_CATALOG.find((e) => e.code === next || e.id === next);
    if (!entry) break;
    const pack = await entry.load();
    loaded.set(entry.code, pack);
    loaded.set(pack.id, pack);
    next = pack.extends;
  }
  return loaded;
}

export { json as packModule };
