// The full GB/T 2260 table (every province, prefecture-level city and county) with names and pinyin,
// parsed from the generated index (src/regions/gbt2260.data.ts, scripts/build-region-index.mjs).
// Imported only lazily (the region picker on first use, estimate(), the CLI): ~34 KiB gzip that
// the engine chunk and the initial JS do not carry.
import type { LocalText } from '../model/vocabulary.js';
import { DATA, EDITION } from './gbt2260.data.js';
import { cityCodeOf, provinceCodeOf, regionLevel, type RegionLevel } from './code.js';

export { EDITION };

export interface RegionRecord {
  code: string;
  name: LocalText;
  level: Exclude<RegionLevel, 'national'>;
  /** The division it belongs to: its city, else (直辖市, 省直辖县级) its province; none for a province. */
  parent?: string;
  province: string;
  /** Toneless pinyin, one entry per character ("cheng", "du", "shi"). */
  syllables: string[];
  /** Full pinyin without separators ("chengdushi"). */
  pinyin: string;
  /** First letters ("cds"). */
  initials: string;
  /** The name without its kind (成都 for 成都市, 大理 for 大理白族自治州), and its pinyin. */
  core: string;
  corePinyin: string;
}

export interface RegionTable {
  records: RegionRecord[];
  get(code: string): RegionRecord | undefined;
  /** Children of a province or city, in code order. */
  children(code: string): RegionRecord[];
  /** A current code of the table, or a 直辖市's 市辖区/县 code (110100, 500200 …) that stands for it. */
  has(code: string): boolean;
}

// GB/T 2260 lists 直辖市 districts and counties under 市辖区 (xx0100) and 县 (xx0200) rows; the
// picker leaves those rows out (the 直辖市 is the city), but a portal may send them.
const MUNICIPAL_ROWS = new Set(['110100', '120100', '310100', '500100', '500200']);

// English names of the provinces as usually written (not their pinyin: Inner Mongolia, Tibet …).
const PROVINCE_EN: Readonly<Record<string, string>> = {
  11: 'Beijing', 12: 'Tianjin', 13: 'Hebei', 14: 'Shanxi', 15: 'Inner Mongolia', 21: 'Liaoning', 22: 'Jilin',
  23: 'Heilongjiang', 31: 'Shanghai', 32: 'Jiangsu', 33: 'Zhejiang', 34: 'Anhui', 35: 'Fujian', 36: 'Jiangxi',
  37: 'Shandong', 41: 'Henan', 42: 'Hubei', 43: 'Hunan', 44: 'Guangdong', 45: 'Guangxi', 46: 'Hainan',
  50: 'Chongqing', 51: 'Sichuan', 52: 'Guizhou', 53: 'Yunnan', 54: 'Tibet', 61: 'Shaanxi', 62: 'Gansu',
  63: 'Qinghai', 64: 'Ningxia', 65: 'Xinjiang',
};

// The 55 minority peoples' names as they appear in 自治州/县/旗 names (族 sometimes left out, as in
// 巴音郭楞蒙古自治州): stripped from the English name, which keeps the place name.
const PEOPLES = '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const AUTONOMOUS = new RegExp(`(?:(?:${PEOPLES})族?)+(自治州|自治县|自治旗)$`);
// Kinds of division by their last characters, longest first: English word.
const KINDS: [string, string][] = [
  ['自治州', ' Autonomous Prefecture'], ['自治县', ' Autonomous County'], ['自治旗', ' Autonomous Banner'],
  ['自治区', ''], ['地区', ' Prefecture'], ['林区', ' Forestry District'], ['特区', ' Special District'], ['盟', ' League'],
  ['区', ' District'], ['县', ' County'], ['旗', ' Banner'], ['市', ''], ['省', ''],
];

/** The core of a name (without kind and, for autonomous units, the peoples) and its English name. */
function splitName(code: string, zh: string, syl: string[], level: RegionRecord['level']): { core: string; coreLen: number; en: string } {
  let rest = zh.includes('自治') ? zh.replace(AUTONOMOUS, '$1') : zh;
  let kind = '';
  for (const [suffix, word] of KINDS) {
    if (rest.endsWith(suffix) && rest.length > suffix.length) {
      kind = word === '' && level === 'county' ? ' City' : word;
      rest = rest.slice(0, -suffix.length);
      break;
    }
  }
  if (level === 'province') rest = rest.replace(/(维吾尔|壮族|回族)$/, '');
  const coreLen = zh.startsWith(rest) ? rest.length : syl.length;
  const words = syl.slice(0, coreLen).join('');
  const en = level === 'province' ? PROVINCE_EN[code.slice(0, 2)] ?? zh : `${words.charAt(0).toUpperCase()}${words.slice(1)}${kind}`;
  return { core: zh.slice(0, coreLen), coreLen, en };
}

let table: RegionTable | undefined;

/** Parses the index once. */
export function regionTable(): RegionTable {
  if (table) return table;
  const records: RegionRecord[] = [];
  const byCode = new Map<string, RegionRecord>();
  let prev = '';
  for (const line of DATA.split('\n')) {
    const m = /^(\d{6}|\d{2})([^A-Za-z\d]+)([A-Za-z]+)$/.exec(line);
    if (!m) continue;
    const code = m[1]!.length === 2 ? `${prev.slice(0, 4)}${m[1]}` : m[1]!;
    prev = code;
    const zh = m[2]!;
    const syllables = m[3]!.split(/(?=[A-Z])/).map((s) => s.toLowerCase());
    const level = regionLevel(code) as RegionRecord['level'];
    const province = provinceCodeOf(code);
    const city = cityCodeOf(code);
    const parent = level === 'province' ? undefined : city && byCode.has(city) && city !== code ? city : province;
    const { core, coreLen, en } = splitName(code, zh, syllables, level);
    const rec: RegionRecord = {
      code, level, province, syllables,
      name: { 'zh-CN': zh, en },
      pinyin: syllables.join(''),
      initials: syllables.map((s) => s[0]).join(''),
      core, corePinyin: syllables.slice(0, coreLen).join(''),
      ...(parent ? { parent } : {}),
    };
    records.push(rec);
    byCode.set(code, rec);
  }
  const kids = new Map<string, RegionRecord[]>();
  for (const r of records) if (r.parent) (kids.get(r.parent) ?? kids.set(r.parent, []).get(r.parent)!).push(r);
  table = { records, get: (c) => byCode.get(c), children: (c) => kids.get(c) ?? [], has: (c) => byCode.has(c) || MUNICIPAL_ROWS.has(c) };
  return table;
}
