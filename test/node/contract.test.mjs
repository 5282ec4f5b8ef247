// The engine's JSON contract, checked in Node: the JSON Schemas in the repo agree with the run-time
// validators, outputs conform, and the yibao-estimate command speaks the same JSON.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020.js';
import * as engine from '../../dist/cli/engine.mjs';

const read = (p) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const packSchema = read('src/packs/rulepack.v1.schema.json');
const inputSchema = read('src/contract/estimate-input.v1.schema.json');
const outputSchema = read('src/contract/estimate-output.v1.schema.json');
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema(packSchema, 'rulepack.v1.schema.json');
const validPackSchema = ajv.getSchema('rulepack.v1.schema.json');
const validInput = ajv.compile(inputSchema);
const validOutput = ajv.compile(outputSchema);

const testPack = read('test/fixtures/packs/test-city.json');
const dataDir = new URL('../../src/packs/data/', import.meta.url);
const shipped = existsSync(dataDir) ? readdirSync(dataDir).filter((f) => f.endsWith('.json')).map((f) => read(`src/packs/data/${f}`)) : [];
const CLI = new URL('../../dist/cli/yibao-estimate.mjs', import.meta.url).pathname;

const baseInput = () => ({
  pack: structuredClone(testPack),
  person: { scheme: 'resident', age: 40, categories: ['subsistence'] },
  visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: '100000.00', outOfScope: '5000', partialSelfPay: '3000' }],
});

test('the schema lists exactly the parameters the engine reads', () => {
  const fromSchema = [...packSchema.properties.parameters.propertyNames.enum].sort();
  const src = readFileSync(new URL('../../src/packs/registry.ts', import.meta.url), 'utf8');
  const fromRegistry = [...src.matchAll(/^\s+'([a-z]+\.[A-Za-z.]+)': \{ dims/gm)].map((m) => m[1]).sort();
  assert.deepEqual(fromSchema, fromRegistry);
});

test('every pack (test and shipped) passes both the JSON Schema and the run-time validator', () => {
  for (const p of [testPack, ...shipped]) {
    assert.equal(validPackSchema(p), true, `${p.id}: ${JSON.stringify(validPackSchema.errors?.slice(0, 3))}`);
    const v = engine.validatePack(p);
    assert.equal(v.ok, true, `${p.id}: ${JSON.stringify(v.issues?.slice(0, 3))}`);
  }
});

const mutations = {
  'unknown top-level key': (p) => { p.extra = 1; },
  'missing citation': (p) => { p.parameters['basic.rate'][0].cite = []; },
  'rate as a JSON number': (p) => { p.parameters['critical.deductible'][0].value = 10000; },
  'unknown parameter': (p) => { p.parameters['basic.bogus'] = p.parameters['basic.rate']; },
  'bad status': (p) => { p.parameters['basic.rate'][0].status = 'guessed'; },
  'bad date': (p) => { p.parameters['basic.rate'][0].from = '2020-13-01'; },
  'band without rate': (p) => { p.parameters['critical.scale'][0].value = { bands: [{ from: '0' }] }; },
  'unknown modifier op': (p) => { p.parameters['critical.deductible'][0].modifiers[0].op = 'eval'; },
  'unknown category id': (p) => { p.categories[0].id = 'vip'; },
};

for (const [name, mutate] of Object.entries(mutations)) {
  test(`a pack with ${name} is rejected by both validators, the run-time one naming a path`, () => {
    const p = structuredClone(testPack);
    mutate(p);
    assert.equal(validPackSchema(p), false);
    const v = engine.validatePack(p);
    assert.equal(v.ok, false);
    assert.match(v.issues[0].path, /^\$\./);
  });
}

test('inputs and outputs conform to their schemas; errors too', () => {
  const input = baseInput();
  assert.equal(validInput(input), true, JSON.stringify(validInput.errors));
  const out = engine.estimateSync(input);
  assert.equal(out.format, 'yibao.estimate.v1');
  assert.equal(validOutput(out), true, JSON.stringify(validOutput.errors?.slice(0, 3)));
  const bad = engine.estimateSync({ ...baseInput(), visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: 'abc' }] });
  assert.equal(bad.format, 'yibao.error.v1');
  assert.equal(validOutput(bad), true);
  assert.equal(bad.errors[0].path, 'visits[0].total');
});

test('every parameter read in a trace carries a citation with its source document', () => {
  const out = engine.estimateSync(baseInput());
  let reads = 0;
  for (const v of out.visits) for (const s of v.trace) for (const p of s.params) {
    reads++;
    assert.ok(p.cite.length > 0, p.key);
    for (const c of p.cite) assert.ok(c.doc && c.doc.title, `${p.key} cites ${c.source}`);
  }
  assert.ok(reads > 20);
});

test('the text explanation uses a template for every step, in both languages', () => {
  const out = engine.estimateSync(baseInput());
  for (const lang of ['zh-CN', 'en']) {
    const t = engine.createTranslator(lang, { engine: engine.ENGINE_LOCALES[lang] });
    const text = engine.renderText(out, t, lang);
    assert.doesNotMatch(text, /\btrace\.|\bvalue\.|\bstatus\.|\{\{/, `${lang}: a missing template`);
  }
});

function cli(args, stdin) {
  return spawnSync(process.execPath, [CLI, ...args], { input: stdin, encoding: 'utf8' });
}

test('yibao-estimate answers an inline-pack input per the contract', () => {
  const r = cli([], JSON.stringify(baseInput()));
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(validOutput(out), true);
  assert.equal(out.visits[0].outOfPocket, '12902.00');
  assert.equal(out.totals.reimbursedShare, '0.8710');
});

test('yibao-estimate --text prints the explanation; --lang en switches language', () => {
  const zh = cli(['--text'], JSON.stringify(baseInput()));
  assert.equal(zh.status, 0, zh.stderr);
  assert.match(zh.stdout, /个人自付 = 100000\.00 − 54600\.00 − 21060\.00 − 11438\.00 − 0\.00 = 12902\.00 元/);
  const en = cli(['--text', '--lang', 'en'], JSON.stringify(baseInput()));
  assert.match(en.stdout, /You pay = .* = ¥12902\.00/);
});

test('yibao-estimate refuses bad input with exit code 2 and a one-line reason', () => {
  const input = baseInput();
  input.visits[0].total = '-5';
  const r = cli([], JSON.stringify(input));
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /visits\[0\]\.total：金额不能为负数/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});
