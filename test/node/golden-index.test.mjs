// Every golden case file under test/golden/ runs: a file missing from test/golden/index.ts fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

test('test/golden/index.ts lists every golden case file', () => {
  const index = readFileSync('test/golden/index.ts', 'utf8');
  const files = readdirSync('test/golden').filter((f) => f.endsWith('.json'));
  assert.ok(files.length > 10);
  const missing = files.filter((f) => !index.includes(`'./${f}'`));
  assert.deepEqual(missing, [], `add these to test/golden/index.ts: ${missing.join(', ')}`);
});
