// The whole map (issue 11, item 1): any GB/T 2260 code resolves to the pack chain that answers for
// it (its own pack, else its city's, province's, national), the output says which layer answered,
// retired codes map to their successor, and a string that is not a region code is refused. Also:
// the committed region index and catalog are generated from their sources, and adding a region is
// one pack file (a made-up pack is picked up by the generated catalog).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import {
  PACK_CATALOG, catalogAnswer, loadPackChain, estimateSync, isEstimateError, resolveRegion, regionChain, isRegionCode, retiredCode,
  withTexts,
} from '../../dist/cli/engine.mjs';

const CLI = 'dist/cli/yibao-estimate.mjs';
const testCity = JSON.parse(readFileSync('test/fixtures/packs/test-city.json', 'utf8'));
/** The made-up test pack moved to another region (kind "test": its figures are fiction). */
const madeUp = (code, zh, en) => ({ ...structuredClone(testCity), id: `test-${code}`, region: { code, name: { 'zh-CN': zh, en } } });
const shipped = new Set(PACK_CATALOG.map((e) => e.code));
const INPUT = (region) => ({
  region, person: { scheme: 'resident', age: 40 },
  visits: [{ date: '2025-03-01', kind: 'inpatient', hospitalLevel: 'tertiary', total: '100000.00' }],
});

test('the committed region index and pack catalog are up to date', () => {
  for (const script of ['scripts/build-region-index.mjs', 'scripts/compile-packs.mjs']) {
    const r = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${script}: ${r.stderr}`);
  }
});

test('GB/T 2260 structure: chains and validity', () => {
  assert.deepEqual(regionChain('510104'), ['510104', '510100', '510000', '000000']);
  // 直辖市 district: no city between it and the municipality; 省直辖县级: none either.
  assert.deepEqual(regionChain('110105'), ['110105', '110000', '000000']);
  assert.deepEqual(regionChain('429004'), ['429004', '420000', '000000']);
  assert.deepEqual(regionChain('440000'), ['440000', '000000']);
  for (const bad of ['abc', '999999', '990100', '51010', '510000x', '517100', '510004', '810000']) assert.equal(isRegionCode(bad), false, bad);
  for (const good of ['000000', '510000', '510100', '510104', '429004', '654226']) assert.equal(isRegionCode(good), true, good);
});

test('a county resolves to its city pack, else its province, else the national layer', () => {
  const has = (codes) => (c) => codes.includes(c);
  assert.equal(resolveRegion('440304', has(['440300', '440000', '000000'])).answeredBy, '440300');
  assert.equal(resolveRegion('440304', has(['440300', '440000', '000000'])).level, 'city');
  assert.equal(resolveRegion('510104', has(['510000', '000000'])).level, 'province');
  assert.equal(resolveRegion('654226', has(['000000'])).level, 'national');
  assert.equal(resolveRegion('999999', has(['000000'])), undefined);
  assert.equal(resolveRegion('abc', has(['000000'])), undefined);
  // An exact pack answers even outside GB/T 2260 (test packs, 99xxxx).
  assert.equal(resolveRegion('990100', has(['990100'])).answeredBy, '990100');
});

test('the shipped catalog answers every code of the table with the nearest shipped layer', async () => {
  // 福田区 → 深圳 (city pack), 淄川区 → its own county pack, any county of 新疆 → the national layer
  // unless a 新疆 pack ships.
  assert.equal(catalogAnswer('440304').answeredBy, '440300');
  assert.equal(catalogAnswer('370302').answeredBy, '370302');
  const xj = catalogAnswer('654226');
  assert.equal(xj.answeredBy, shipped.has('650000') ? '650000' : '000000');
  const sc = catalogAnswer('510104');
  assert.equal(sc.answeredBy, shipped.has('510100') ? '510100' : shipped.has('510000') ? '510000' : '000000');
  const chain = await loadPackChain('440304', { texts: false });
  assert.ok(chain.has('cn-440300') && chain.has('440000'), [...chain.keys()].join(','));
  const national = await loadPackChain('654226', { texts: false });
  assert.ok(national.has(xj.answeredBy));
  assert.equal(catalogAnswer('999999'), undefined);
});

test('retired codes map to their successor with a note', () => {
  assert.deepEqual({ ...retiredCode('371200'), name: undefined }, { from: '371200', to: '370100', year: '2019', name: undefined });
  assert.equal(retiredCode('371202').to, '370116');
  // A county of a withdrawn prefecture not listed on its own: the prefecture's successor.
  assert.equal(retiredCode('522229').to, '520600');
  assert.equal(retiredCode('510104'), undefined);
  assert.equal(catalogAnswer('371200').code, '370100');
});

test('the output says which layer answered, with a localised notice', () => {
  const province = madeUp('510000', '四川省', 'Sichuan');
  const national = madeUp('000000', '全国', 'China');
  const names = { 510104: { 'zh-CN': '锦江区', en: 'Jinjiang District' }, 510100: { 'zh-CN': '成都市', en: 'Chengdu' } };
  const regionName = (c) => names[c];

  const out = estimateSync(INPUT('510104'), [province, national], { regionName });
  assert.equal(isEstimateError(out), false, JSON.stringify(out));
  assert.deepEqual(out.region, { code: '510104', name: names[510104], answeredBy: { code: '510000', name: { 'zh-CN': '四川省', en: 'Sichuan' }, level: 'province' } });
  const w = out.warnings.find((x) => x.code === 'region-province');
  assert.equal(w.message, '成都市的本地细则尚未收录，按四川省规定估算。');

  const en = estimateSync({ ...INPUT('654226'), options: { lang: 'en' } }, [province, national]);
  assert.equal(en.region.answeredBy.level, 'national');
  assert.equal(en.region.name, undefined); // estimateSync without the table: no name, the code stands in
  assert.match(en.warnings.find((x) => x.code === 'region-national').message, /^The local rules of 654226 are not included yet; estimated under the national rules\.$/);

  // Its own pack: no notice.
  const own = estimateSync(INPUT('990100'), [testCity]);
  assert.equal(own.region.answeredBy.level, 'city');
  assert.equal(own.warnings.some((x) => x.code.startsWith('region-')), false);

  // A retired code: answered for its successor, with a note, not an error.
  const laiwu = estimateSync(INPUT('371200'), [madeUp('370100', '济南市', 'Jinan'), national]);
  assert.equal(laiwu.region.code, '370100');
  assert.equal(laiwu.region.retiredCode, '371200');
  assert.equal(laiwu.region.answeredBy.code, '370100');
  assert.ok(laiwu.warnings.some((x) => x.code === 'region-retired' && x.message.includes('371200') && x.message.includes('370100')));

  const refused = estimateSync(INPUT('999999'), [province, national]);
  assert.equal(refused.errors[0].code, 'input.unknown-region');
});

function cli(input, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'yb-region-'));
  const file = join(dir, 'in.json');
  writeFileSync(file, JSON.stringify(input));
  return spawnSync(process.execPath, [CLI, ...args, file], { encoding: 'utf8' });
}

test('CLI: a string that is not a region code exits 2 with a localised message', () => {
  for (const code of ['999999', '510199']) {
    const zh = cli(INPUT(code));
    assert.equal(zh.status, 2);
    assert.equal(zh.stdout, '');
    assert.match(zh.stderr, new RegExp(`"${code}"不是有效的地区代码`));
    const en = cli(INPUT(code), ['--lang', 'en']);
    assert.equal(en.status, 2);
    assert.match(en.stderr, new RegExp(`"${code}" is not a region code`));
  }
  const abc = cli(INPUT('abc'));
  assert.equal(abc.status, 2);
  assert.match(abc.stderr, /6 位数字/);
});

test('CLI: every kind of valid code reaches the layer that answers (never "not a region code")', () => {
  // 锦江区, 福田区, 乌鲁木齐 天山区, a county of 西藏 and of 海南, 省直辖 仙桃, 直辖市 朝阳区, 莱芜 (retired).
  for (const code of ['510104', '440304', '650102', '540102', '469021', '429004', '110105', '371200']) {
    const r = cli(INPUT(code));
    assert.doesNotMatch(r.stderr, /不是有效的地区代码/, `${code}: ${r.stderr}`);
    if (r.status === 0) {
      const out = JSON.parse(r.stdout);
      assert.ok(out.region.name['zh-CN'], code);
      assert.ok(['county', 'city', 'province', 'national'].includes(out.region.answeredBy.level));
    }
  }
});

test('adding a region is one pack file: a made-up pack is picked up by the generated catalog', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'yb-catalog-'));
  const data = join(dir, 'data');
  mkdirSync(data);
  cpSync('src/packs/data', data, { recursive: true });
  writeFileSync(join(data, 'test-990500.json'), JSON.stringify(madeUp('990500', '虚构市', 'Made-up City')));
  const r = spawnSync(process.execPath, ['scripts/compile-packs.mjs', '--data', data, '--out', join(dir, 'out')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const bundled = await build({ entryPoints: [join(dir, 'out/catalog.generated.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  const entry = mod.PACK_CATALOG.find((e) => e.code === '990500');
  assert.ok(entry, 'the made-up pack is in the catalog');
  assert.deepEqual(entry.name, { 'zh-CN': '虚构市', en: 'Made-up City' });
  assert.equal(entry.level, 'city');
  const rules = await entry.load();
  assert.equal(rules.id, 'test-990500');
  // Both lazy chunks load, and put back together they are the pack file as written.
  assert.deepEqual(withTexts(rules, await entry.loadTexts()), madeUp('990500', '虚构市', 'Made-up City'));
  // Every shipped pack is there too, generated from the same files.
  assert.deepEqual(mod.PACK_CATALOG.filter((e) => e.code !== '990500').map((e) => e.id), PACK_CATALOG.map((e) => e.id));
  // The picker lists the catalog's codes as regions with rules of their own: the new code answers
  // for itself.
  const has = (c) => mod.PACK_CATALOG.some((e) => e.code === c);
  assert.equal(resolveRegion('990500', has).answeredBy, '990500');
  // Nothing else is edited: the generated files differ from the committed ones by the new pack's
  // lines only (one catalog entry, two loaders, two chunks).
  const added = (file) => {
    const committed = new Set(readFileSync(join('src/packs', file), 'utf8').split('\n'));
    const made = readFileSync(join(dir, 'out', file), 'utf8').split('\n').filter((l) => !l.startsWith('// GENERATED'));
    const gone = [...committed].filter((l) => !l.startsWith('// GENERATED') && !made.includes(l));
    assert.deepEqual(gone, [], `${file}: lines the new pack removed`);
    return made.filter((l) => !committed.has(l));
  };
  assert.deepEqual(added('catalog.generated.ts'), ["  entry('990500', \"虚构市\", \"Made-up City\", {\"id\":\"test-990500\",\"province\":\"990000\"}),"]);
  assert.deepEqual(added('catalog.loaders.generated.ts'), [
    "  'test-990500': () => import('./compiled/test-990500.rules.json'),",
    "  'test-990500': () => import('./compiled/test-990500.texts.json'),",
  ]);
  const chunks = readdirSync(join(dir, 'out/compiled')).filter((f) => !existsSync(join('src/packs/compiled', f)));
  assert.deepEqual(chunks.sort(), ['test-990500.rules.json', 'test-990500.texts.json']);
});
