// Widgets-side province names, keyed by GB/T 2260 code: the region picker's province list before
// (and without) the full table, which loads lazily (region-index.ts). Frozen data, no state.
import type { LocalText } from '../../src/index.js';

export interface RegionEntry {
  code: string;
  name: LocalText;
  /** Parent province code; absent for a province-level or national entry. */
  province?: string;
}

interface RegionWords { zh: string; en: string }

const P = (zh: string, en: string): RegionWords => Object.freeze({ zh, en });

/** Provinces (省级), GB/T 2260. */
export const PROVINCES: Readonly<Record<string, RegionWords>> = Object.freeze({
  '110000': P('北京市', 'Beijing'), '120000': P('天津市', 'Tianjin'), '130000': P('河北省', 'Hebei'),
  '140000': P('山西省', 'Shanxi'), '150000': P('内蒙古自治区', 'Inner Mongolia'), '210000': P('辽宁省', 'Liaoning'),
  '220000': P('吉林省', 'Jilin'), '230000': P('黑龙江省', 'Heilongjiang'), '310000': P('上海市', 'Shanghai'),
  '320000': P('江苏省', 'Jiangsu'), '330000': P('浙江省', 'Zhejiang'), '340000': P('安徽省', 'Anhui'),
  '350000': P('福建省', 'Fujian'), '360000': P('江西省', 'Jiangxi'), '370000': P('山东省', 'Shandong'),
  '410000': P('河南省', 'Henan'), '420000': P('湖北省', 'Hubei'), '430000': P('湖南省', 'Hunan'),
  '440000': P('广东省', 'Guangdong'), '450000': P('广西壮族自治区', 'Guangxi'), '460000': P('海南省', 'Hainan'),
  '500000': P('重庆市', 'Chongqing'), '510000': P('四川省', 'Sichuan'), '520000': P('贵州省', 'Guizhou'),
  '530000': P('云南省', 'Yunnan'), '540000': P('西藏自治区', 'Tibet'), '610000': P('陕西省', 'Shaanxi'),
  '620000': P('甘肃省', 'Gansu'), '630000': P('青海省', 'Qinghai'), '640000': P('宁夏回族自治区', 'Ningxia'),
  '650000': P('新疆维吾尔自治区', 'Xinjiang'),
});

/** The province of the made-up test packs (99xxxx), offered only when such a pack is. */
const TEST_PROVINCE: Readonly<Record<string, RegionWords>> = Object.freeze({ '990000': P('测试省（虚构）', 'Test province (made up)') });

export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** Every province, plus those of the given entries (test packs); a shipped province pack's name wins. */
export function provincesFor(entries: RegionEntry[]): RegionEntry[] {
  const out = new Map<string, RegionEntry>();
  for (const [code, p] of Object.entries(PROVINCES)) out.set(code, { code, name: { 'zh-CN': p.zh, en: p.en } });
  for (const e of entries) {
    if (e.code === '000000') continue;
    const isProvince = e.code.endsWith('0000');
    const code = isProvince ? e.code : (e.province ?? provinceOf(e.code));
    if (isProvince) out.set(code, { code, name: e.name });
    else if (!out.has(code)) {
      const p = TEST_PROVINCE[code];
      out.set(code, { code, name: p ? { 'zh-CN': p.zh, en: p.en } : { 'zh-CN': code, en: code } });
    }
  }
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}
