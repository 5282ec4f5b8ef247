// Compiles the authoring packs (src/packs/data/*.json) into the shipped chunks
// src/packs/compiled/<id>.rules.json and <id>.texts.json (see src/packs/texts.ts), and generates
// the catalog of shipped packs (src/packs/catalog.generated.ts: code, id, name, province, level and
// lazy loaders) from the same files — adding a region is adding one pack file.
// `--check` exits 1 when the committed chunks or catalog are out of date (run by the tests).
// `--data DIR --out DIR` compile another set of packs (the tests use it on a made-up pack).
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
};
const check = process.argv.includes('--check');
const dataDir = arg('--data', 'src/packs/data');
const outRoot = arg('--out', 'src/packs');
const bundled = await build({ entryPoints: ['src/packs/texts.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning' });
const { splitPack } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
// Sources a citizen can trust: no spam host, content farms only as SEC, OFF only on official domains.
const trust = await build({ entryPoints: ['src/packs/source-trust.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning' });
const { sourceTrustProblems } = await import(`data:text/javascript;base64,${Buffer.from(trust.outputFiles[0].text).toString('base64')}`);
let untrusted = 0;

const outDir = `${outRoot}/compiled`;
if (!check) mkdirSync(outDir, { recursive: true });
let stale = 0;
const emit = (path, text) => {
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`out of date: ${path} (run npm run compile:packs)`);
      stale++;
    }
  } else writeFileSync(path, text);
};

// GB/T 2260 structure (src/regions/code.ts): the level of a pack's region and its province.
const levelOf = (code) => (code === '000000' ? 'national' : code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county');

// Shared sources live once: a document cited by several packs is defined in the nearest layer
// they share (the national layer, for the national rules every chain ends in) and cited from
// there; every citation must resolve in the pack's own chain, and a pack may not repeat a layer
// below's source verbatim.
const files = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort();
const byId = new Map(files.map((f) => { const p = JSON.parse(readFileSync(`${dataDir}/${f}`, 'utf8')); return [p.id, p]; }));
const chainOf = (p) => { const out = [p]; let cur = p; while (cur.extends && byId.has(cur.extends) && !out.includes(byId.get(cur.extends))) { cur = byId.get(cur.extends); out.push(cur); } return out; };
const citesOf = function* (x, path = '') {
  if (Array.isArray(x)) for (const [i, v] of x.entries()) yield* citesOf(v, `${path}/${i}`);
  else if (x && typeof x === 'object') {
    if (typeof x.source === 'string' && typeof x.clause === 'string') yield [path, x.source];
    for (const [k, v] of Object.entries(x)) if (k !== 'sources') yield* citesOf(v, `${path}/${k}`);
  }
};
for (const [file, pack] of files.map((f) => [f, byId.get(JSON.parse(readFileSync(`${dataDir}/${f}`, 'utf8')).id)])) {
  const chain = chainOf(pack);
  for (const [path, key] of citesOf(pack)) {
    if (!chain.some((l) => Object.prototype.hasOwnProperty.call(l.sources ?? {}, key))) {
      console.error(`${file}: ${path}: unknown source key ${key} (not in ${chain.map((l) => l.id).join(' → ')})`);
      untrusted++;
    }
  }
  for (const [key, src] of Object.entries(pack.sources ?? {})) {
    const below = chain.slice(1).find((l) => Object.prototype.hasOwnProperty.call(l.sources ?? {}, key));
    if (below && JSON.stringify(below.sources[key]) === JSON.stringify(src)) {
      console.error(`${file}: sources.${key} repeats ${below.id}'s source verbatim: cite it from there`);
      untrusted++;
    }
  }
}

const entries = [];
for (const file of files) {
  const pack = JSON.parse(readFileSync(`${dataDir}/${file}`, 'utf8'));
  for (const [key, src] of Object.entries(pack.sources ?? {})) {
    for (const problem of sourceTrustProblems(src)) {
      console.error(`${file}: sources.${key}: ${problem}`);
      untrusted++;
    }
  }
  const { rules, texts } = splitPack(pack);
  for (const [suffix, body] of [['rules', rules], ['texts', texts]]) emit(`${outDir}/${pack.id}.${suffix}.json`, `${JSON.stringify(body)}\n`);
  const { code, name } = pack.region;
  const level = levelOf(code);
  const province = pack.region.province ?? (level === 'city' || level === 'county' ? `${code.slice(0, 2)}0000` : undefined);
  entries.push({ code, id: pack.id, name, province, level });
}
entries.sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
const dupes = entries.filter((e, i) => i > 0 && entries[i - 1].code === e.code);
if (dupes.length) {
  console.error(`two packs for one region: ${dupes.map((e) => e.code).join(', ')}`);
  process.exit(1);
}

// The initial JS carries only what a picker and the region resolution need (code, id, name, level,
// province); the import() of each pack's chunks — each one a preload call in the build — lives in a
// second, lazily loaded module, fetched with the first pack.
const derivedProvince = (code) => (levelOf(code) === 'city' || levelOf(code) === 'county' ? `${code.slice(0, 2)}0000` : undefined);
const line = (e) => {
  // Id, level and province follow from the code (GB/T 2260 structure) unless the pack says otherwise.
  const extra = e.id !== `cn-${e.code}` || e.province !== derivedProvince(e.code) ? `, ${JSON.stringify({ id: e.id, province: e.province })}` : '';
  return `  entry('${e.code}', ${JSON.stringify(e.name['zh-CN'])}, ${JSON.stringify(e.name.en)}${extra}),`;
};
emit(`${outRoot}/catalog.generated.ts`, `// GENERATED by scripts/compile-packs.mjs from the pack files (${dataDir}/*.json) — do not edit.
// One entry per shipped pack; each loads lazily as two chunks (rules, then texts), through the
// loaders in catalog.loaders.generated.ts (a lazy module of its own, so the list stays small).
import type { CatalogEntry } from './catalog-entry.js';
import type { LocalText } from '../model/vocabulary.js';
import type { RegionLevel } from '../regions/code.js';

// GB/T 2260 structure, as src/regions/code.ts reads it (not imported: that module is not initial JS).
const levelOf = (code: string): RegionLevel =>
  code === '000000' ? 'national' : code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';

const loaders = () => import('./catalog.loaders.generated.js');
function entry(code: string, zh: string, en: string, own?: { id: string; province?: string }): CatalogEntry {
  const name: LocalText = { 'zh-CN': zh, en };
  const id = own?.id ?? 'cn-' + code;
  const level = levelOf(code);
  const province = own ? own.province : level === 'city' || level === 'county' ? code.slice(0, 2) + '0000' : undefined;
  return {
    code, id, name, level, ...(province ? { province } : {}),
    load: () => loaders().then((m) => m.loadRules(id)),
    loadTexts: () => loaders().then((m) => m.loadTexts(id)),
  };
}

export const PACK_CATALOG: CatalogEntry[] = [
${entries.map(line).join('\n')}
];
`);
emit(`${outRoot}/catalog.loaders.generated.ts`, `// GENERATED by scripts/compile-packs.mjs from the pack files (${dataDir}/*.json) — do not edit.
// Each shipped pack's two lazy chunks, by pack id (loaded with the first pack a page needs).
import type { PackTexts } from './texts.js';
import type { RulePack } from '../model/rulepack.js';

const RULES: Record<string, () => Promise<{ default: unknown }>> = {
${entries.map((e) => `  '${e.id}': () => import('./compiled/${e.id}.rules.json'),`).join('\n')}
};
const TEXTS: Record<string, () => Promise<{ default: unknown }>> = {
${entries.map((e) => `  '${e.id}': () => import('./compiled/${e.id}.texts.json'),`).join('\n')}
};

export const loadRules = (id: string): Promise<RulePack> => RULES[id]!().then((m) => m.default as RulePack);
export const loadTexts = (id: string): Promise<PackTexts> => TEXTS[id]!().then((m) => m.default as PackTexts);
`);
if (stale || untrusted) process.exit(1);
console.log(check ? 'compiled packs and catalog are up to date' : `compiled packs and catalog written to ${outRoot}`);
