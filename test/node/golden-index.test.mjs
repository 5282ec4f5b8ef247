// Every golden case file under test/golden/ runs: test/golden/index.ts is generated from the folder
// (scripts/build-golden-index.mjs), and this test fails when it is out of date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

test('test/golden/index.ts is generated from the case files and up to date', () => {
  const r = spawnSync(process.execPath, ['scripts/build-golden-index.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

test('test/golden/index.ts lists every golden case file', () => {
  const index = readFileSync('test/golden/index.ts', 'utf8');
  const files = readdirSync('test/golden').filter((f) => f.endsWith('.json'));
  assert.ok(files.length > 10);
  const missing = files.filter((f) => !index.includes(`'./${f}'`));
  assert.deepEqual(missing, [], `run node scripts/build-golden-index.mjs (missing: ${missing.join(', ')})`);
});
