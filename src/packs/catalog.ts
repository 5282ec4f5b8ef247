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

export const PACK_CATALOG: CatalogEntry[] = [
  { code: '000000', id: 'cn-000000', name: { 'zh-CN': '全国（国家指导性范围）', en: 'China (national guideline ranges)' }, load: () => import('./data/cn-000000.json').then(json) },
  { code: '220000', id: 'cn-220000', name: { 'zh-CN': '吉林省', en: 'Jilin Province' }, load: () => import('./data/cn-220000.json').then(json) },
  { code: '220100', id: 'cn-220100', name: { 'zh-CN': '长春市', en: 'Changchun' }, province: '220000', load: () => import('./data/cn-220100.json').then(json) },
  { code: '220200', id: 'cn-220200', name: { 'zh-CN': '吉林市', en: 'Jilin City' }, province: '220000', load: () => import('./data/cn-220200.json').then(json) },
  { code: '440000', id: 'cn-440000', name: { 'zh-CN': '广东省', en: 'Guangdong Province' }, load: () => import('./data/cn-440000.json').then(json) },
  { code: '440100', id: 'cn-440100', name: { 'zh-CN': '广州市', en: 'Guangzhou' }, province: '440000', load: () => import('./data/cn-440100.json').then(json) },
  { code: '440300', id: 'cn-440300', name: { 'zh-CN': '深圳市', en: 'Shenzhen' }, province: '440000', load: () => import('./data/cn-440300.json').then(json) },
  { code: '321300', id: 'cn-321300', name: { 'zh-CN': '宿迁市', en: 'Suqian' }, province: '320000', load: () => import('./data/cn-321300.json').then(json) },
  { code: '370302', id: 'cn-370302', name: { 'zh-CN': '淄博市淄川区', en: 'Zichuan District, Zibo' }, province: '370000', load: () => import('./data/cn-370302.json').then(json) },
];

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
