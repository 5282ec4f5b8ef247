// Every authoring pack equals its shipped chunks put back together (src/packs/texts.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { withTexts } from '../../dist/cli/engine.mjs';

const read = (p) => JSON.parse(readFileSync(new URL(`../../src/packs/${p}`, import.meta.url), 'utf8'));
for (const file of readdirSync(new URL('../../src/packs/data/', import.meta.url)).filter((f) => f.endsWith('.json'))) {
  test(`${file}: rules + texts = the authoring pack`, () => {
    const pack = read(`data/${file}`);
    const merged = withTexts(read(`compiled/${pack.id}.rules.json`), read(`compiled/${pack.id}.texts.json`));
    assert.deepEqual(merged, pack);
  });
}
