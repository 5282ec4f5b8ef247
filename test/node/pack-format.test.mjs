// One pack format (issue 14, item 5): the format is written down three times — the JSON Schema
// (src/packs/rulepack.v1.schema.json, for authors and editors), the TypeScript types
// (src/model/rulepack.ts, src/model/vocabulary.ts) and the hand validator (src/packs/validate.ts,
// CSP-safe and small, so no Ajv in the bundle). This test holds the three to one format:
//  - Ajv and validatePack accept every shipped pack;
//  - on structural mutations of shipped packs (a required field dropped, an optional one dropped,
//    an extra key, a wrong type, a value outside an enum) both accept or both reject;
//  - every property the schema names exists in the matching TypeScript interface and back, and
//    every enum of the schema is the list the code uses.
// Ajv is a devDependency used here only; the validator's extra semantic checks (parameter tables
// against the registry, overlapping dates, domains) stay beyond the schema and are tested in the
// browser suite (test/packs/, test/engine/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = new URL('../../', import.meta.url);
const read = (rel) => readFileSync(new URL(rel, ROOT), 'utf8');
const schema = JSON.parse(read('src/packs/rulepack.v1.schema.json'));
const DATA = new URL('src/packs/data/', ROOT);
const packFiles = readdirSync(DATA).filter((f) => f.endsWith('.json')).sort();
const packs = packFiles.map((f) => [f, JSON.parse(readFileSync(new URL(f, DATA), 'utf8'))]);

// The engine's own modules, bundled for Node (they are TypeScript with .js specifiers).
const entry = `export { validatePack } from './src/packs/validate.ts';
export { PARAM_KEYS } from './src/packs/registry.ts';
export * from './src/model/vocabulary.ts';`;
const bundled = await build({
  stdin: { contents: entry, resolveDir: new URL('.', ROOT).pathname, loader: 'ts' },
  bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning',
});
const engine = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(schema, 'rulepack');
const schemaAccepts = ajv.getSchema('rulepack');
const sub = (ref) => ajv.getSchema(`rulepack${ref}`);
const handAccepts = (p) => engine.validatePack(p).ok;

test('the shipped packs are read (a test over no pack would pass vacuously)', () => {
  assert.ok(packs.length >= 30, `${packs.length} packs`);
});

test('every shipped pack: the schema and validatePack both accept it', () => {
  for (const [f, p] of packs) {
    assert.ok(schemaAccepts(p), `${f} (schema): ${JSON.stringify(schemaAccepts.errors?.slice(0, 3))}`);
    const v = engine.validatePack(p);
    assert.ok(v.ok, `${f} (validatePack): ${JSON.stringify(v.issues?.slice(0, 3))}`);
  }
});

// ---- Mutations -------------------------------------------------------------------------------

/** A schema with its $ref followed. */
function deref(s) {
  let out = s;
  while (out && out.$ref) out = ajv.getSchema(`rulepack${out.$ref}`).schema;
  return out;
}

/** Which branch of a oneOf/anyOf governs a node (the first the node satisfies), as a sub-schema. */
const inline = new WeakMap(); // an inline branch, compiled once, with the definitions its $refs name
let inlineIds = 0;
function branchCheck(b) {
  if (b.$ref) return sub(b.$ref);
  if (!inline.has(b)) inline.set(b, ajv.compile({ ...b, $id: `branch-${inlineIds++}`, $defs: schema.$defs }));
  return inline.get(b);
}
function branchFor(s, node) {
  for (const b of s.oneOf ?? s.anyOf ?? []) {
    const check = branchCheck(b);
    if (check(node)) return deref(b);
  }
  return null;
}

/**
 * Every place in a pack where the schema says "an object with these properties", with that
 * schema: the sites the mutations edit. Follows properties, additionalProperties (maps), items
 * (lists) and, for oneOf/anyOf, the branch the node satisfies.
 */
function sites(node, s, path, out) {
  s = deref(s);
  if (!s || node === null || typeof node !== 'object') return out;
  if (s.oneOf || s.anyOf) {
    const b = branchFor(s, node);
    return b ? sites(node, b, path, out) : out;
  }
  if (Array.isArray(node)) {
    if (s.items) node.forEach((n, i) => sites(n, s.items, [...path, i], out));
    return out;
  }
  if (s.properties) out.push({ path, node, schema: s });
  for (const [k, v] of Object.entries(node)) {
    const child = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : null);
    if (child) sites(v, child, [...path, k], out);
  }
  return out;
}

/** A value of a type the property's schema does not allow. */
function wrongType(propSchema) {
  const s = deref(propSchema);
  if (s?.type === 'array') return 'not-a-list';
  if (s?.type === 'integer' || s?.type === 'number') return 'not-a-number';
  return []; // a list where a string, boolean, number, object or enum value belongs
}

function mutationsOf(pack, file) {
  const out = [];
  const at = (root, path) => path.reduce((n, k) => n[k], root);
  const add = (what, path, edit) => {
    const copy = structuredClone(pack);
    edit(at(copy, path));
    out.push({ name: `${file} ${path.join('.') || '$'}: ${what}`, pack: copy });
  };
  for (const { path, node, schema: s } of sites(pack, schema, [], [])) {
    const required = new Set(s.required ?? []);
    for (const k of Object.keys(node)) {
      if (k === '$schema') continue;
      add(`${required.has(k) ? 'required' : 'optional'} "${k}" dropped`, path, (n) => delete n[k]);
      add(`"${k}" of a wrong type`, path, (n) => { n[k] = wrongType(s.properties[k]); });
      const p = deref(s.properties[k]);
      if (p?.enum) add(`"${k}" outside its enum`, path, (n) => { n[k] = 'not-a-value'; });
    }
    if (s.additionalProperties === false) add('an extra key', path, (n) => { n['x-extra'] = 'x'; });
    // The one rule between two fields: remove takes no value, the other ops need one.
    if (node.op && node.op !== 'remove' && 'value' in node) add('op remove with a value', path, (n) => { n.op = 'remove'; });
  }
  return out;
}

// Three packs of different shapes: the national layer (ranges, series), a province, a city.
const MUTATED = ['cn-000000.json', 'cn-440000.json', 'cn-440300.json'];

test('mutated packs: the schema and validatePack agree on accept / reject', () => {
  let n = 0;
  const disagree = [];
  for (const f of MUTATED) {
    const pack = packs.find(([g]) => g === f)?.[1];
    assert.ok(pack, f);
    for (const m of mutationsOf(pack, f)) {
      n++;
      const a = schemaAccepts(m.pack);
      const b = handAccepts(m.pack);
      if (a !== b) disagree.push(`${m.name} — schema ${a ? 'accepts' : 'rejects'}, validatePack ${b ? 'accepts' : 'rejects'}`);
    }
  }
  assert.ok(n > 1000, `only ${n} mutations`);
  assert.deepEqual(disagree, []);
});

test('the mutations do reject (a mutation that changes nothing would agree vacuously)', () => {
  const pack = packs.find(([g]) => g === 'cn-440300.json')[1];
  const ms = mutationsOf(pack, 'cn-440300.json');
  const rejecting = ms.filter((m) => !/optional .* dropped/.test(m.name));
  assert.ok(rejecting.length > 100);
  assert.deepEqual(rejecting.filter((m) => schemaAccepts(m.pack)).map((m) => m.name), []);
});

// ---- The types name what the schema names -------------------------------------------------------

/** Member names of an exported interface (top level of its body), from the TypeScript source. */
function interfaceMembers(src, name) {
  const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const start = code.search(new RegExp(`export interface ${name}\\b[^{]*\\{`));
  assert.ok(start >= 0, `interface ${name} not found`);
  let depth = 1;
  let top = ''; // the body's own level only: nested types become spaces
  for (let i = code.indexOf('{', start) + 1; depth > 0; i++) {
    const ch = code[i];
    if ('{(['.includes(ch)) depth++;
    else if ('})]'.includes(ch)) depth--;
    else if (depth === 1) top += ch;
  }
  const names = new Set();
  for (const part of top.split(/[;\n]/)) {
    const m = /^\s*(?:readonly\s+)?(?:'([^']+)'|"([^"]+)"|([A-Za-z_$][\w$]*))\??\s*:/.exec(part);
    if (m) names.add(m[1] ?? m[2] ?? m[3]);
  }
  return names;
}

const TYPES = read('src/model/rulepack.ts') + read('src/model/vocabulary.ts');
const def = (name) => schema.$defs[name];
const props = (s) => new Set(Object.keys(deref(s).properties));
const seriesPoint = schema.properties.series.additionalProperties;

/** Schema object → the TypeScript interface that types it. */
const PAIRS = [
  ['(root)', schema, 'RulePack'],
  ['region', schema.properties.region, 'RegionInfo'],
  ['categories[]', schema.properties.categories.items, 'CategoryInfo'],
  ['guidance', schema.properties.guidance, 'Guidance'],
  ['series.*', seriesPoint, 'Series'],
  ['localText', def('localText'), 'LocalText'],
  ['cite', def('cite'), 'Citation'],
  ['source', def('source'), 'SourceDoc'],
  ['scale', def('scale'), 'Scale'],
  ['derived', def('derived'), 'DerivedLeaf'],
  ['derived.derive', def('derived').properties.derive, 'Derivation'],
  ['condition', def('condition'), 'Condition'],
  ['modifier', def('modifier'), 'Modifier'],
  ['entry', def('entry'), 'ParamEntry'],
  ['range', def('range'), 'RangeLeaf'],
  ['range.range', def('range').properties.range, 'Bounds'],
];

test('every schema definition with properties has its interface, with the same property names', () => {
  const covered = new Set(PAIRS.map(([n]) => n));
  const objectDefs = Object.entries(schema.$defs).filter(([, s]) => s.properties).map(([n]) => n);
  assert.deepEqual(objectDefs.filter((n) => !covered.has(n)), [], 'a schema definition without an interface pair');
  for (const [where, s, iface] of PAIRS) {
    assert.deepEqual([...interfaceMembers(TYPES, iface)].sort(), [...props(s)].sort(), `${where} ↔ ${iface}`);
  }
});

test('the interface reader reads members (checked on a made-up interface)', () => {
  const src = "export interface X {\n  a: string; // note\n  'zh-CN'?: number;\n  /** doc: not: a member */\n  b: { c: string; d: number }[];\n  e?: (x: string) => void;\n}";
  assert.deepEqual([...interfaceMembers(src, 'X')].sort(), ['a', 'b', 'e', 'zh-CN']);
});

test('every enum of the schema is the list the code uses', () => {
  const enumOf = (s) => [...deref(s).enum].sort();
  const sorted = (xs) => [...xs].sort();
  assert.deepEqual(enumOf(def('status')), sorted(engine.STATUSES));
  assert.deepEqual(enumOf(schema.properties.schemes.items), sorted(engine.SCHEMES));
  assert.deepEqual(enumOf(schema.properties.categories.items.properties.id), sorted(engine.CATEGORY_IDS));
  assert.deepEqual(enumOf(def('condition').properties.kinds.items), sorted(engine.VISIT_KINDS));
  assert.deepEqual(enumOf(def('condition').properties.places.items), sorted(engine.PLACES));
  assert.deepEqual(enumOf(def('condition').properties.levels.items), sorted(engine.HOSPITAL_LEVELS));
  assert.deepEqual(enumOf(def('condition').properties.schemes.items), sorted(engine.SCHEMES));
  assert.deepEqual(enumOf(schema.properties.parameters.propertyNames), sorted(engine.PARAM_KEYS));
  // Unions written as types: compare with their text in the TypeScript source.
  const union = (re) => sorted([...re.exec(TYPES)[1].matchAll(/'([^']+)'/g)].map((m) => m[1]));
  assert.deepEqual(enumOf(def('source').properties.reliability), union(/export type Reliability =([^;]+);/));
  assert.deepEqual(enumOf(schema.properties.kind), union(/kind: ('[^;]+);/));
  assert.deepEqual(enumOf(def('modifier').properties.op), union(/op: ('[^;]+);/));
  assert.deepEqual(enumOf(schema.properties.categories.items.properties.access), union(/access: ('[^;]+);/));
});
