// The bad-input catalogue (test/bad-inputs/catalogue.json) through the CLI: exit code 2, one line
// per fault on stderr in the chosen language, no stack trace, nothing on stdout. A pack whose names
// carry markup is not a fault: the output JSON keeps the text verbatim.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = 'dist/cli/yibao-estimate.mjs';
const catalogue = JSON.parse(readFileSync('test/bad-inputs/catalogue.json', 'utf8'));
const testPack = JSON.parse(readFileSync('test/fixtures/packs/test-city.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'yb-bad-'));

function setPath(obj, path, value) {
  const keys = path.split('.');
  let o = obj;
  for (const k of keys.slice(0, -1)) o = o[k];
  o[keys.at(-1)] = value;
}

/** Sets (as an own property, even "__proto__") or deletes the value at an exact key path. */
function setOwn(obj, path, value) {
  let o = obj;
  for (const k of path.slice(0, -1)) o = o[k];
  const last = path.at(-1);
  if (value && typeof value === 'object' && value.$delete === true) delete o[last];
  else Object.defineProperty(o, last, { value: structuredClone(value), enumerable: true, writable: true, configurable: true });
}

/** The raw text a case feeds the CLI. */
export function rawOf(c) {
  if (c.raw !== undefined) return c.raw.replace('"test-city"', JSON.stringify(testPack));
  if (c.rawGenerate) {
    // junk: not JSON at all — the byte cap answers before any parse ("too large", not "invalid JSON").
    return c.rawGenerate.junk ? '['.repeat(c.rawGenerate.bytes) : JSON.stringify({ region: '220200', padding: 'x'.repeat(c.rawGenerate.bytes) });
  }
  const input = structuredClone(c.input);
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    if (input.pack === 'test-city') {
      input.pack = structuredClone(testPack);
      for (const [p, v] of Object.entries(c.packPatch ?? {})) setPath(input.pack, p, v);
      for (const [p, v] of c.packSet ?? []) setOwn(input.pack, p, v);
    }
    if (input.visits && input.visits.$repeat) input.visits = Array.from({ length: input.visits.$repeat }, () => input.visits.item);
  }
  return JSON.stringify(input);
}

function runCli(raw, args) {
  const file = join(dir, 'in.json');
  writeFileSync(file, raw);
  return spawnSync(process.execPath, [CLI, ...args, file], { encoding: 'utf8', timeout: 30000 });
}

test('the catalogue is well formed', () => {
  assert.ok(catalogue.length >= 60);
  for (const c of catalogue) {
    assert.equal(typeof c.name, 'string');
    assert.ok(Array.isArray(c.codes), c.name);
    if (c.codes.length) assert.ok(c.zh.length && c.en.length, c.name);
  }
});

for (const c of catalogue.filter((x) => !x.fnOnly)) {
  test(`CLI: ${c.name}`, () => {
    const raw = rawOf(c);
    for (const lang of ['zh-CN', 'en']) {
      const r = runCli(raw, ['--lang', lang]);
      if (c.codes.length === 0) {
        assert.equal(r.status, 0, r.stderr);
        for (const s of c.outputContains) assert.ok(r.stdout.includes(JSON.stringify(s).slice(1, -1)), `stdout keeps ${s}`);
        JSON.parse(r.stdout);
        continue;
      }
      assert.equal(r.status, 2, `exit code (stderr: ${r.stderr.slice(0, 300)})`);
      assert.equal(r.stdout, '', 'nothing on stdout');
      const lines = r.stderr.trimEnd().split('\n');
      assert.equal(lines.length, c.codes.length, `one line per fault:\n${r.stderr}`);
      assert.ok(!/\n\s+at |Error:|TypeError|undefined|NaN/.test(r.stderr), `no stack trace or raw error:\n${r.stderr}`);
      for (const s of lang === 'en' ? c.en : c.zh) assert.ok(r.stderr.includes(s), `${lang} message has "${s}":\n${r.stderr}`);
    }
  });
}
