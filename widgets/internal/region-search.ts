// Search over the full GB/T 2260 table (src/regions/table.ts) by Chinese name, full pinyin, pinyin
// initials, English name or code. Part of the lazy index chunk (region-index.ts).
import type { RegionRecord, RegionTable } from '../../src/regions/table.js';

export interface RegionSearch {
  /** Best first, at most `limit`. */
  hits: RegionRecord[];
  /** How many regions match in all. */
  total: number;
}

const LEVEL_RANK = { province: 0, city: 1, county: 2 } as const;

/** Lower-case latin without spaces or apostrophes; ü typed as v or u. */
function latin(q: string): string {
  return q.toLowerCase().replace(/[\s'’·-]/g, '').replace(/ü/g, 'v');
}

const hasHan = (q: string) => /[\u3400-\u9fff]/.test(q);

/** How well a record matches (lower is better), or undefined. */
function score(r: RegionRecord, q: string, lq: string): number | undefined {
  if (/^\d{2,6}$/.test(q)) return r.code.startsWith(q) ? (r.code === q ? 0 : 2) : undefined;
  if (hasHan(q)) {
    const zh = r.name['zh-CN'];
    if (zh === q || r.core === q) return 0;
    if (zh.startsWith(q)) return 1;
    if (zh.includes(q)) return 3;
    return undefined;
  }
  if (!lq) return undefined;
  if (r.corePinyin === lq || r.pinyin === lq) return 0;
  if (r.pinyin.startsWith(lq)) return 1;
  if (r.initials.startsWith(lq) || lq.replace(/u/g, 'v') === r.initials) return 2;
  // English names that are not pinyin (Tibet, Inner Mongolia).
  if (r.level === 'province' && r.name.en.toLowerCase().replace(/\s/g, '').startsWith(lq)) return 1;
  // From a later syllable ("jiang" finds 锦江区 too), as a weaker match.
  if (lq.length >= 3) {
    for (let i = 1, at = r.syllables[0]!.length; i < r.syllables.length; at += r.syllables[i]!.length, i++) {
      if (r.pinyin.startsWith(lq, at)) return 4;
    }
  }
  return undefined;
}

/** Regions matching a query, best first: exact, then prefix, then initials; provinces before cities before counties. */
export function searchRegions(table: RegionTable, query: string, limit = 8): RegionSearch {
  const q = query.trim();
  const lq = latin(q);
  if (!q) return { hits: [], total: 0 };
  const found: { r: RegionRecord; s: number }[] = [];
  for (const r of table.records) {
    const s = score(r, q, lq);
    if (s !== undefined) found.push({ r, s });
  }
  found.sort((a, b) => a.s - b.s || LEVEL_RANK[a.r.level] - LEVEL_RANK[b.r.level] || a.r.code.localeCompare(b.r.code));
  return { hits: found.slice(0, limit).map((f) => f.r), total: found.length };
}

/**
 * The province a query names when nothing matches it as a whole ("四川某某镇", "sichuan xx"): the
 * province whose name (without 省/市/自治区) the query starts with or contains, or whose pinyin
 * starts the query.
 */
export function provinceInQuery(table: RegionTable, query: string): RegionRecord | undefined {
  const q = query.trim();
  const lq = latin(q);
  if (!q) return undefined;
  for (const r of table.records) {
    if (r.level !== 'province') continue;
    if (hasHan(q) ? q.includes(r.core) : lq.length >= 4 && lq.startsWith(r.corePinyin)) return r;
  }
  return undefined;
}
