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
  { code: '120000', id: 'cn-120000', name: { 'zh-CN': '天津市', en: 'Tianjin' }, load: () => import('./compiled/cn-120000.rules.json').then(json), loadTexts: () => import('./compiled/cn-120000.texts.json').then(texts) },
  { code: '130000', id: 'cn-130000', name: { 'zh-CN': '河北省', en: 'Hebei Province' }, load: () => import('./compiled/cn-130000.rules.json').then(json), loadTexts: () => import('./compiled/cn-130000.texts.json').then(texts) },
  { code: '140000', id: 'cn-140000', name: { 'zh-CN': '山西省', en: 'Shanxi Province' }, load: () => import('./compiled/cn-140000.rules.json').then(json), loadTexts: () => import('./compiled/cn-140000.texts.json').then(texts) },
  { code: '150000', id: 'cn-150000', name: { 'zh-CN': '内蒙古自治区', en: 'Inner Mongolia Autonomous Region' }, load: () => import('./compiled/cn-150000.rules.json').then(json), loadTexts: () => import('./compiled/cn-150000.texts.json').then(texts) },
  { code: '210000', id: 'cn-210000', name: { 'zh-CN': '辽宁省', en: 'Liaoning Province' }, load: () => import('./compiled/cn-210000.rules.json').then(json), loadTexts: () => import('./compiled/cn-210000.texts.json').then(texts) },
  { code: '230000', id: 'cn-230000', name: { 'zh-CN': '黑龙江省', en: 'Heilongjiang Province' }, load: () => import('./compiled/cn-230000.rules.json').then(json), loadTexts: () => import('./compiled/cn-230000.texts.json').then(texts) },
  { code: '310000', id: 'cn-310000', name: { 'zh-CN': '上海市', en: 'Shanghai' }, load: () => import('./compiled/cn-310000.rules.json').then(json), loadTexts: () => import('./compiled/cn-310000.texts.json').then(texts) },
  { code: '320000', id: 'cn-320000', name: { 'zh-CN': '江苏省', en: 'Jiangsu Province' }, load: () => import('./compiled/cn-320000.rules.json').then(json), loadTexts: () => import('./compiled/cn-320000.texts.json').then(texts) },
  { code: '330000', id: 'cn-330000', name: { 'zh-CN': '浙江省', en: 'Zhejiang Province' }, load: () => import('./compiled/cn-330000.rules.json').then(json), loadTexts: () => import('./compiled/cn-330000.texts.json').then(texts) },
  { code: '340000', id: 'cn-340000', name: { 'zh-CN': '安徽省', en: 'Anhui Province' }, load: () => import('./compiled/cn-340000.rules.json').then(json), loadTexts: () => import('./compiled/cn-340000.texts.json').then(texts) },
  { code: '350000', id: 'cn-350000', name: { 'zh-CN': '福建省', en: 'Fujian Province' }, load: () => import('./compiled/cn-350000.rules.json').then(json), loadTexts: () => import('./compiled/cn-350000.texts.json').then(texts) },
  { code: '360000', id: 'cn-360000', name: { 'zh-CN': '江西省', en: 'Jiangxi Province' }, load: () => import('./compiled/cn-360000.rules.json').then(json), loadTexts: () => import('./compiled/cn-360000.texts.json').then(texts) },
  { code: '370000', id: 'cn-370000', name: { 'zh-CN': '山东省', en: 'Shandong Province' }, load: () => import('./compiled/cn-370000.rules.json').then(json), loadTexts: () => import('./compiled/cn-370000.texts.json').then(texts) },
  { code: '410000', id: 'cn-410000', name: { 'zh-CN': '河南省', en: 'Henan Province' }, load: () => import('./compiled/cn-410000.rules.json').then(json), loadTexts: () => import('./compiled/cn-410000.texts.json').then(texts) },
  { code: '420000', id: 'cn-420000', name: { 'zh-CN': '湖北省', en: 'Hubei Province' }, load: () => import('./compiled/cn-420000.rules.json').then(json), loadTexts: () => import('./compiled/cn-420000.texts.json').then(texts) },
  { code: '430000', id: 'cn-430000', name: { 'zh-CN': '湖南省', en: 'Hunan Province' }, load: () => import('./compiled/cn-430000.rules.json').then(json), loadTexts: () => import('./compiled/cn-430000.texts.json').then(texts) },
  { code: '450000', id: 'cn-450000', name: { 'zh-CN': '广西壮族自治区', en: 'Guangxi Zhuang Autonomous Region' }, load: () => import('./compiled/cn-450000.rules.json').then(json), loadTexts: () => import('./compiled/cn-450000.texts.json').then(texts) },
  { code: '460000', id: 'cn-460000', name: { 'zh-CN': '海南省', en: 'Hainan Province' }, load: () => import('./compiled/cn-460000.rules.json').then(json), loadTexts: () => import('./compiled/cn-460000.texts.json').then(texts) },
  { code: '500000', id: 'cn-500000', name: { 'zh-CN': '重庆市', en: 'Chongqing' }, load: () => import('./compiled/cn-500000.rules.json').then(json), loadTexts: () => import('./compiled/cn-500000.texts.json').then(texts) },
  { code: '510000', id: 'cn-510000', name: { 'zh-CN': '四川省', en: 'Sichuan Province' }, load: () => import('./compiled/cn-510000.rules.json').then(json), loadTexts: () => import('./compiled/cn-510000.texts.json').then(texts) },
  { code: '520000', id: 'cn-520000', name: { 'zh-CN': '贵州省', en: 'Guizhou Province' }, load: () => import('./compiled/cn-520000.rules.json').then(json), loadTexts: () => import('./compiled/cn-520000.texts.json').then(texts) },
  { code: '530000', id: 'cn-530000', name: { 'zh-CN': '云南省', en: 'Yunnan Province' }, load: () => import('./compiled/cn-530000.rules.json').then(json), loadTexts: () => import('./compiled/cn-530000.texts.json').then(texts) },
  { code: '540000', id: 'cn-540000', name: { 'zh-CN': '西藏自治区', en: 'Tibet Autonomous Region' }, load: () => import('./compiled/cn-540000.rules.json').then(json), loadTexts: () => import('./compiled/cn-540000.texts.json').then(texts) },
  { code: '610000', id: 'cn-610000', name: { 'zh-CN': '陕西省', en: 'Shaanxi Province' }, load: () => import('./compiled/cn-610000.rules.json').then(json), loadTexts: () => import('./compiled/cn-610000.texts.json').then(texts) },
  { code: '620000', id: 'cn-620000', name: { 'zh-CN': '甘肃省', en: 'Gansu Province' }, load: () => import('./compiled/cn-620000.rules.json').then(json), loadTexts: () => import('./compiled/cn-620000.texts.json').then(texts) },
  { code: '630000', id: 'cn-630000', name: { 'zh-CN': '青海省', en: 'Qinghai Province' }, load: () => import('./compiled/cn-630000.rules.json').then(json), loadTexts: () => import('./compiled/cn-630000.texts.json').then(texts) },
  { code: '640000', id: 'cn-640000', name: { 'zh-CN': '宁夏回族自治区', en: 'Ningxia Hui Autonomous Region' }, load: () => import('./compiled/cn-640000.rules.json').then(json), loadTexts: () => import('./compiled/cn-640000.texts.json').then(texts) },
  { code: '650000', id: 'cn-650000', name: { 'zh-CN': '新疆维吾尔自治区', en: 'Xinjiang Uygur Autonomous Region' }, load: () => import('./compiled/cn-650000.rules.json').then(json), loadTexts: () => import('./compiled/cn-650000.texts.json').then(texts) },
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
