// One shipped pack in the catalog (src/packs/catalog.generated.ts).
import type { LocalText } from '../model/vocabulary.js';
import type { RulePack } from '../model/rulepack.js';
import type { PackTexts } from './texts.js';
import type { RegionLevel } from '../regions/code.js';

export interface CatalogEntry {
  code: string;
  id: string;
  name: LocalText;
  province?: string;
  /** GB/T 2260 level of the pack's region. */
  level: RegionLevel;
  /** The rules: every number an estimate needs, citations without their quotes. */
  load: () => Promise<RulePack>;
  /** Quotes, notes and the region's guidance. */
  loadTexts: () => Promise<PackTexts>;
}
