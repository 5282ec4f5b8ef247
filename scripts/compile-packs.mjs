// Compiles the authoring packs (src/packs/data/*.json) into the shipped chunks
// src/packs/compiled/<id>.rules.json and <id>.texts.json (see src/packs/texts.ts).
// `--check` exits 1 when the committed chunks are out of date (run by the tests).
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';

const check = process.argv.includes('--check');
const bundled = await build({ entryPoints: ['src/packs/texts.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning' });
const { splitPack } = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const outDir = 'src/packs/compiled';
if (!check) mkdirSync(outDir, { recursive: true });
let stale = 0;
for (const file of readdirSync('src/packs/data').filter((f) => f.endsWith('.json')).sort()) {
  const pack = JSON.parse(readFileSync(`src/packs/data/${file}`, 'utf8'));
  const { rules, texts } = splitPack(pack);
  for (const [suffix, body] of [['rules', rules], ['texts', texts]]) {
    const path = `${outDir}/${pack.id}.${suffix}.json`;
    const text = `${JSON.stringify(body)}\n`;
    if (check) {
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        console.error(`out of date: ${path} (run npm run compile:packs)`);
        stale++;
      }
    } else writeFileSync(path, text);
  }
}
if (stale) process.exit(1);
console.log(check ? 'compiled packs are up to date' : `compiled packs written to ${outDir}`);
