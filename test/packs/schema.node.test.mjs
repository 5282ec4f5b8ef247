// Node: shipped packs against the JSON Schema twin (Ajv is CommonJS, so this runs in Node, not the browser).
// Run: node --test test/packs/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const schemaPath = new URL('../../src/packs/rulepack.v1.schema.json', import.meta.url);
test('shipped packs agree with rulepack.v1.schema.json', { skip: !existsSync(schemaPath) && 'schema not written yet' }, () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const check = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  const dir = new URL('../../src/packs/data/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 9);
  for (const f of files) {
    const ok = check(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
    assert.ok(ok, `${f}: ${JSON.stringify(check.errors)}`);
  }
});
