// The shipped rule packs: region code → lazy loaders. Adding a region is adding a JSON file under
// src/packs/data/, running `npm run compile:packs`, and one line here; no pipeline code changes.
// Each pack loads as two chunks (src/packs/texts.ts): its rules, then — when wanted — its texts.
import type { LocalText, RulePack } from './types.js';
import { withTexts, type PackTexts } from './texts.js';

export interface CatalogEntry {
  code: string;
  id: string;
  name: LocalText;
  province?: string;
  /** The rules: every number an estimate needs, citations without their quotes. */
  load: () => Promise<RulePack>;
  /** Quotes, notes and the region's guidance. */
  loadTexts: () => Promise<PackTexts>;
}

const json = (m: { default: unknown }) => m.default as RulePack;
const texts = (m: { default: unknown }) => m.default as PackTexts;

export const PACK_CATALOG: CatalogEntry[] = [
  { code: '000000', id: 'cn-000000', name: { 'zh-CN': '全国（国家指导性范围）', en: 'China (national guideline ranges)' }, load: () => import('./compiled/cn-000000.rules.json').then(json), loadTexts: () => import('./compiled/cn-000000.texts.json').then(texts) },
  { code: '110000', id: 'cn-110000', name: { 'zh-CN': '北京市', en: 'Beijing' }, load: () => import('./compiled/cn-110000.rules.json').then(json), loadTexts: () => import('./compiled/cn-110000.texts.json').then(texts) },
  { code: '220000', id: 'cn-220000', name: { 'zh-CN': '吉林省', en: 'Jilin Province' }, load: () => import('./compiled/cn-220000.rules.json').then(json), loadTexts: () => import('./compiled/cn-220000.texts.json').then(texts) },
  { code: '220100', id: 'cn-220100', name: { 'zh-CN': '长春市', en: 'Changchun' }, province: '220000', load: () => import('./compiled/cn-220100.rules.json').then(json), loadTexts: () => import('./compiled/cn-220100.texts.json').then(texts) },
  { code: '220200', id: 'cn-220200', name: { 'zh-CN': '吉林市', en: 'Jilin City' }, province: '220000', load: () => import('./compiled/cn-220200.rules.json').then(json), loadTexts: () => import('./compiled/cn-220200.texts.json').then(texts) },
  { code: '440000', id: 'cn-440000', name: { 'zh-CN': '广东省', en: 'Guangdong Province' }, load: () => import('./compiled/cn-440000.rules.json').then(json), loadTexts: () => import('./compiled/cn-440000.texts.json').then(texts) },
  { code: '440100', id: 'cn-440100', name: { 'zh-CN': '广州市', en: 'Guangzhou' }, province: '440000', load: () => import('./compiled/cn-440100.rules.json').then(json), loadTexts: () => import('./compiled/cn-440100.texts.json').then(texts) },
  { code: '440300', id: 'cn-440300', name: { 'zh-CN': '深圳市', en: 'Shenzhen' }, province: '440000', load: () => import('./compiled/cn-440300.rules.json').then(json), loadTexts: () => import('./compiled/cn-440300.texts.json').then(texts) },
  { code: '442000', id: 'cn-442000', name: { 'zh-CN': '中山市', en: 'Zhongshan' }, province: '440000', load: () => import('./compiled/cn-442000.rules.json').then(json), loadTexts: () => import('./compiled/cn-442000.texts.json').then(texts) },
  { code: '321300', id: 'cn-321300', name: { 'zh-CN': '宿迁市', en: 'Suqian' }, province: '320000', load: () => import('./compiled/cn-321300.rules.json').then(json), loadTexts: () => import('./compiled/cn-321300.texts.json').then(texts) },
  { code: '370302', id: 'cn-370302', name: { 'zh-CN': '淄博市淄川区', en: 'Zichuan District, Zibo' }, province: '370000', load: () => import('./compiled/cn-370302.rules.json').then(json), loadTexts: () => import('./compiled/cn-370302.texts.json').then(texts) },
];

/**
 * Loads a pack and every layer it extends, by region code or pack id; with `texts: false`, the
 * rules only (what an estimate needs; quotes and guidance come later).
 */
export async function loadPackChain(idOrCode: string, opts: { texts?: boolean } = {}): Promise<Map<string, RulePack>> {
  const loaded = new Map<string, RulePack>();
  let next: string | undefined = idOrCode;
  while (next && !loaded.has(next)) {
    const entry = PACK_CATALOG.find((e) => e.code === next || e.id === next);
    if (!entry) break;
    const rules = await entry.load();
    const pack = opts.texts === false ? rules : withTexts(rules, await entry.loadTexts());
    loaded.set(entry.code, pack);
    loaded.set(pack.id, pack);
    next = pack.extends;
  }
  return loaded;
}

export { json as packModule };
