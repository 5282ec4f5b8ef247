// The CLI against hostile input (issue 13): an endless file is cut at the byte cap ("too large",
// exit 2, bounded memory), terminal control characters from a pack never reach the terminal, and
// the language rule is the documented one (--lang, when given, wins over options.lang).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = 'dist/cli/yibao-estimate.mjs';
const testPack = JSON.parse(readFileSync('test/fixtures/packs/test-city.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'yb-hostile-'));
const input = (extra = {}) => ({
  pack: testPack, person: { scheme: 'resident', age: 40, categories: [] },
  visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: '100000' }], ...extra,
});
function run(args, text, opts = {}) {
  let file = args.at(-1);
  if (text !== undefined) {
    file = join(dir, 'in.json');
    writeFileSync(file, text);
    args = [...args, file];
  }
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 30000, ...opts });
}

test('an endless file (/dev/zero) is cut at the byte cap: exit 2 "too large", quickly', { skip: !existsSync('/dev/zero') }, () => {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=64', CLI, '--lang', 'en', '/dev/zero'], { encoding: 'utf8', timeout: 20000 });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /too large/);
  assert.ok(Date.now() - started < 15000);
});

test('2 MB on stdin is "too large", not "invalid JSON"', () => {
  const r = spawnSync(process.execPath, [CLI, '--lang', 'en'], { input: ' '.repeat(2_000_000), encoding: 'utf8', timeout: 30000 });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /too large/);
  assert.doesNotMatch(r.stderr, /JSON/);
});

test('--text strips terminal control characters that a pack carries', () => {
  const pack = structuredClone(testPack);
  pack.sources.test.title = 'Evil\u001b[2J\u001b]0;owned\u0007 title\u009b31m\u202eend';
  const r = run(['--text', '--lang', 'en'], JSON.stringify(input({ pack })));
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.includes('Evil[2J]0;owned title31mend'), r.stdout.slice(0, 500));
  assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
});

test('fault lines on stderr carry no control characters either', () => {
  const pack = structuredClone(testPack);
  pack.parameters['x\u001b[31m'] = [];
  const r = run(['--lang', 'en'], JSON.stringify(input({ pack })));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /x\[31m/);
  assert.doesNotMatch(r.stderr, /\u001b/);
});

test('--lang wins over options.lang; without --lang, options.lang applies', () => {
  const bad = input({ visits: [{ kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: 'abc' }] });
  const en = run(['--lang', 'en'], JSON.stringify({ ...bad, options: { lang: 'zh-CN' } }));
  assert.match(en.stderr, /not a valid amount/);
  const zh = run(['--lang', 'zh-CN'], JSON.stringify({ ...bad, options: { lang: 'en' } }));
  assert.match(zh.stderr, /不是有效的金额/);
  const fromFile = run([], JSON.stringify({ ...bad, options: { lang: 'en' } }));
  assert.match(fromFile.stderr, /not a valid amount/);
  const textFromFile = run(['--text'], JSON.stringify(input({ options: { lang: 'en' } })));
  assert.equal(textFromFile.status, 0, textFromFile.stderr);
  assert.match(textFromFile.stdout, /Visit 1|visit 1/i);
});

for (const options of ['null', '5', 'true', '"en"']) {
  test(`options ${options} is refused as estimate() refuses it`, () => {
    const r = run(['--lang', 'en'], JSON.stringify(input()).replace(/}$/, `,"options":${options}}`));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^options: must be an object/);
  });
}

test('a UTF-8 byte-order mark is accepted', () => {
  const r = run([], `\ufeff${JSON.stringify(input())}`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).format, 'yibao.estimate.v1');
});
