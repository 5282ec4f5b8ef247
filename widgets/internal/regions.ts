// Widgets-side region names and pinyin initials, keyed by GB/T 2260 code. The pack catalog gives
// names of shipped packs; provinces without a pack of their own and the pinyin initials used by
// the search box come from here. Frozen data, no state.
import type { LocalText } from '../../src/index.js';

export interface RegionEntry {
  code: string;
  name: LocalText;
  /** Parent province code; absent for a province-level or national entry. */
  province?: string;
}

interface RegionWords { zh: string; en: string; initials: string }

const P = (zh: string, en: string, initials: string): RegionWords => Object.freeze({ zh, en, initials });

/** Provinces (省级), GB/T 2260. */
export const PROVINCES: Readonly<Record<string, RegionWords>> = Object.freeze({
  '110000': P('北京市', 'Beijing', 'bj'), '120000': P('天津市', 'Tianjin', 'tj'), '130000': P('河北省', 'Hebei', 'hb'),
  '140000': P('山西省', 'Shanxi', 'sx'), '150000': P('内蒙古自治区', 'Inner Mongolia', 'nmg'), '210000': P('辽宁省', 'Liaoning', 'ln'),
  '220000': P('吉林省', 'Jilin', 'jl'), '230000': P('黑龙江省', 'Heilongjiang', 'hlj'), '310000': P('上海市', 'Shanghai', 'sh'),
  '320000': P('江苏省', 'Jiangsu', 'js'), '330000': P('浙江省', 'Zhejiang', 'zj'), '340000': P('安徽省', 'Anhui', 'ah'),
  '350000': P('福建省', 'Fujian', 'fj'), '360000': P('江西省', 'Jiangxi', 'jx'), '370000': P('山东省', 'Shandong', 'sd'),
  '410000': P('河南省', 'Henan', 'hn'), '420000': P('湖北省', 'Hubei', 'hb'), '430000': P('湖南省', 'Hunan', 'hn'),
  '440000': P('广东省', 'Guangdong', 'gd'), '450000': P('广西壮族自治区', 'Guangxi', 'gx'), '460000': P('海南省', 'Hainan', 'hn'),
  '500000': P('重庆市', 'Chongqing', 'cq'), '510000': P('四川省', 'Sichuan', 'sc'), '520000': P('贵州省', 'Guizhou', 'gz'),
  '530000': P('云南省', 'Yunnan', 'yn'), '540000': P('西藏自治区', 'Tibet', 'xz'), '610000': P('陕西省', 'Shaanxi', 'sx'),
  '620000': P('甘肃省', 'Gansu', 'gs'), '630000': P('青海省', 'Qinghai', 'qh'), '640000': P('宁夏回族自治区', 'Ningxia', 'nx'),
  '650000': P('新疆维吾尔自治区', 'Xinjiang', 'xj'),
  '990000': P('测试省（虚构）', 'Test province (made up)', 'cs'),
});

/** Pinyin initials of city names (地级) that packs are likely to ship; extend with new packs. */
export const CITY_INITIALS: Readonly<Record<string, string>> = Object.freeze({
  // 广东
  '440100': 'gz', '440200': 'sg', '440300': 'sz', '440400': 'zh', '440500': 'st', '440600': 'fs', '440700': 'jm',
  '440800': 'zj', '440900': 'mm', '441200': 'zq', '441300': 'hz', '441400': 'mz', '441500': 'sw', '441600': 'hy',
  '441700': 'yj', '441800': 'qy', '441900': 'dg', '442000': 'zs', '445100': 'cz', '445200': 'jy', '445300': 'yf',
  // 吉林
  '220100': 'cc', '220200': 'jl', '220300': 'sp', '220400': 'ly', '220500': 'th', '220600': 'bs', '220700': 'sy',
  '220800': 'bc', '222400': 'yb',
  // 直辖市 and a few large cities
  '110100': 'bj', '310100': 'sh', '120100': 'tj', '500100': 'cq', '330100': 'hz', '320100': 'nj', '420100': 'wh',
  '510100': 'cd', '610100': 'xa',
  // test data
  '990100': 'cs',
});

export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

export function initialsOf(code: string): string {
  return CITY_INITIALS[code] ?? PROVINCES[code]?.initials ?? '';
}

/** Province entries for the given city entries: a shipped province pack's name wins. */
export function provincesFor(entries: RegionEntry[]): RegionEntry[] {
  const out = new Map<string, RegionEntry>();
  for (const e of entries) {
    const isProvince = e.code.endsWith('0000');
    const code = isProvince ? e.code : (e.province ?? provinceOf(e.code));
    if (isProvince) {
      out.set(code, { code, name: e.name });
    } else if (!out.has(code)) {
      const p = PROVINCES[code];
      out.set(code, { code, name: p ? { 'zh-CN': p.zh, en: p.en } : { 'zh-CN': code, en: code } });
    }
  }
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Case-insensitive match on Chinese name, English name, pinyin initials or code. */
export function matchesRegion(entry: RegionEntry, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return false;
  const zh = entry.name['zh-CN'];
  const initials = initialsOf(entry.code);
  const province = PROVINCES[entry.province ?? provinceOf(entry.code)];
  return zh.includes(q)
    || entry.name.en.toLowerCase().includes(q)
    || (initials !== '' && initials.startsWith(q))
    || entry.code.startsWith(q)
    || (province !== undefined && (province.zh.includes(q) || province.initials === q));
}
