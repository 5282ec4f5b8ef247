// GB/T 2260 region codes as the engine needs them: structure, the layer a code falls back to, and
// the few retired codes a portal may still send. Small on purpose — the full table of names
// (src/regions/table.ts) stays out of the engine chunk and is loaded by the CLI, estimate() and the
// region picker. Code structure (GB/T 2260-2007, 4.2): digits 1–2 the province, 3–4 the
// prefecture-level city (90 = 省/自治区直辖县级行政区划), 5–6 the county.
import type { LocalText } from '../model/vocabulary.js';

export type RegionLevel = 'national' | 'province' | 'city' | 'county';

/** The national layer's code (the pack cn-000000). */
export const NATIONAL_CODE = '000000';

/** The 31 province-level divisions of the mainland, by their first two digits. */
const PROVINCE_PREFIXES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45',
  '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
]);
/** 直辖市: their districts and counties hang directly under the province-level code. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

export function regionLevel(code: string): RegionLevel {
  if (code === NATIONAL_CODE) return 'national';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

export function provinceCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/**
 * The prefecture-level city a county belongs to; undefined for a province, a 直辖市's district (the
 * 直辖市 is the city) and a 省直辖县级 unit (no city between it and the province).
 */
export function cityCodeOf(code: string): string | undefined {
  const level = regionLevel(code);
  if (level === 'national' || level === 'province') return undefined;
  const mid = code.slice(2, 4);
  if (MUNICIPALITIES.has(code.slice(0, 2)) || mid === '90') return undefined;
  return `${code.slice(0, 4)}00`;
}

/**
 * A well-formed code of the mainland (structure and province only; whether the code exists is the
 * full table's business): the national code, or a known province prefix with a city part 00–70 or
 * 90 and, for a province, no county part.
 */
export function isRegionCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  if (code === NATIONAL_CODE) return true;
  if (!PROVINCE_PREFIXES.has(code.slice(0, 2))) return false;
  const mid = Number(code.slice(2, 4)); // money-safe: two digits of a region code, not money
  if (mid > 70 && mid !== 90) return false;
  return !(mid === 0 && code.slice(4) !== '00');
}

export interface RetiredCode {
  /** The code as sent. */
  from: string;
  /** The current code that took its place. */
  to: string;
  /** Year the change took effect. */
  year: string;
  /** The retired division's name. */
  name: LocalText;
}

// Codes withdrawn since 2010 that older portals and forms still send, each with the current code
// of the division that took its place (民政部 县级以上行政区划变更情况, by year). A county of a
// withdrawn prefecture that is not listed maps to the prefecture's successor.
const R = (to: string, year: string, zh: string, en: string) => ({ to, year, name: { 'zh-CN': zh, en } });
const RETIRED: Readonly<Record<string, { to: string; year: string; name: LocalText }>> = Object.freeze({
  // 国函〔2019〕4号: 莱芜市 withdrawn, its area joins 济南市 as 莱芜区 and 钢城区.
  '371200': R('370100', '2019', '莱芜市', 'Laiwu'),
  '371202': R('370116', '2019', '莱城区', 'Laicheng District'),
  '371203': R('370117', '2019', '钢城区（原莱芜市）', 'Gangcheng District (former Laiwu)'),
  // 2011: 地级巢湖市 withdrawn; 居巢区 becomes 县级巢湖市 and, with 庐江县, joins 合肥市.
  '341400': R('340100', '2011', '巢湖市（地级）', 'Chaohu (prefecture)'),
  '341402': R('340181', '2011', '居巢区', 'Juchao District'),
  '341421': R('340124', '2011', '庐江县（原巢湖市）', 'Lujiang County (former Chaohu)'),
  '341422': R('340281', '2011', '无为县', 'Wuwei County'),
  '341423': R('340522', '2011', '含山县（原巢湖市）', 'Hanshan County (former Chaohu)'),
  '341424': R('340523', '2011', '和县（原巢湖市）', 'He County (former Chaohu)'),
  // 地区 → 地级市 (the prefecture keeps its area under a new code).
  '522200': R('520600', '2011', '铜仁地区', 'Tongren Prefecture'),
  '522400': R('520500', '2011', '毕节地区', 'Bijie Prefecture'),
  '632100': R('630200', '2013', '海东地区', 'Haidong Prefecture'),
  '542300': R('540200', '2014', '日喀则地区', 'Shigatse Prefecture'),
  '542100': R('540300', '2014', '昌都地区', 'Qamdo Prefecture'),
  '542600': R('540400', '2015', '林芝地区', 'Nyingchi Prefecture'),
  '652100': R('650400', '2015', '吐鲁番地区', 'Turpan Prefecture'),
  '652200': R('650500', '2016', '哈密地区', 'Hami Prefecture'),
  '542200': R('540500', '2016', '山南地区', 'Shannan Prefecture'),
  '542400': R('540600', '2017', '那曲地区', 'Nagqu Prefecture'),
  // 直辖市 counties turned districts.
  '110228': R('110118', '2015', '密云县', 'Miyun County'),
  '110229': R('110119', '2015', '延庆县', 'Yanqing County'),
  '120221': R('120117', '2015', '宁河县', 'Ninghe County'),
  '120223': R('120118', '2015', '静海县', 'Jinghai County'),
  '120225': R('120119', '2016', '蓟县', 'Ji County'),
  '310230': R('310151', '2016', '崇明县', 'Chongming County'),
  '500223': R('500152', '2015', '潼南县', 'Tongnan County'),
  '500224': R('500151', '2014', '铜梁县', 'Tongliang County'),
  '500226': R('500153', '2015', '荣昌县', 'Rongchang County'),
  '500227': R('500120', '2014', '璧山县', 'Bishan County'),
  '500228': R('500155', '2016', '梁平县', 'Liangping County'),
  '500232': R('500156', '2016', '武隆县', 'Wulong County'),
});

/** The current code for a retired one (a listed code, else a county of a listed prefecture). */
export function retiredCode(code: string): RetiredCode | undefined {
  const hit = RETIRED[code];
  if (hit) return { from: code, ...hit };
  const city = RETIRED[`${code.slice(0, 4)}00`];
  if (city && regionLevel(code) === 'county') return { from: code, ...city };
  return undefined;
}

/** The codes whose packs may answer for a region, nearest first: itself, its city, province, national. */
export function regionChain(code: string): string[] {
  const out = [code];
  const city = cityCodeOf(code);
  if (city) out.push(city);
  if (code !== NATIONAL_CODE) out.push(provinceCodeOf(code));
  out.push(NATIONAL_CODE);
  return [...new Set(out)];
}

export interface RegionAnswer {
  /** The code asked for, as sent. */
  asked: string;
  /** The current code (differs from `asked` for a retired code). */
  code: string;
  retired?: RetiredCode;
  /** The code of the pack that answers. */
  answeredBy: string;
  level: RegionLevel;
}

/**
 * Which shipped pack answers for a region: an exact pack first (test packs included), else the
 * nearest of city, province and national that `has` a pack. Undefined when the code is not a
 * region code, or nothing in `has` answers.
 */
export function resolveRegion(asked: string, has: (code: string) => boolean): RegionAnswer | undefined {
  if (has(asked)) return { asked, code: asked, answeredBy: asked, level: regionLevel(asked) };
  const retired = retiredCode(asked);
  const code = retired?.to ?? asked;
  if (!isRegionCode(code)) return undefined;
  for (const c of regionChain(code)) {
    if (has(c)) return { asked, code, ...(retired ? { retired } : {}), answeredBy: c, level: regionLevel(c) };
  }
  return undefined;
}
