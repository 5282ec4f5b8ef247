// Builds the npm package's browser modules into dist/npm/:
//   1. tsc (TypeScript 7, native) with scripts/tsconfig.npm.json: unbundled ES modules, .d.ts,
//      source maps, mirroring src/ and widgets/ (bare specifiers for lit, decimal.js, i18next —
//      they are dependencies, not bundled). Rule packs (src/packs/data/*.json) are copied beside
//      the catalog that imports them.
//   2. custom-elements.json with `cem analyze --litelement` (scripts/cem.config.mjs).
// package.json "exports" maps ".", "./register", "./engine", "./packs/*" into this folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/npm');
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build-npm: ${[cmd, ...args].join(' ')} failed (${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
};

rmSync(out, { recursive: true, force: true });
run(bin('tsc'), ['-p', 'scripts/tsconfig.npm.json']);

// JSON the modules import (rule packs, schemas): make sure each sits beside its importer.
function copyJson(dir) {
  for (const f of readdirSync(join(root, dir))) {
    const rel = join(dir, f);
    if (statSync(join(root, rel)).isDirectory()) copyJson(rel);
    else if (f.endsWith('.json') && !existsSync(join(out, rel))) cpSync(join(root, rel), join(out, rel));
  }
}
copyJson('src');

// Browsers and Node load JSON modules only with an import attribute; tsc keeps `import('./x.json')`
// as written (bundlers need no attribute, but the package must also work unbundled).
function addJsonAttributes(dir) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) addJsonAttributes(p);
    else if (f.endsWith('.js')) {
      const src = readFileSync(p, 'utf8');
      const next = src
        .replace(/\bimport\((['"][^'"]+\.json['"])\)/g, "import($1, { with: { type: 'json' } })")
        .replace(/^(import\s+[\w{}\s,*]+\s+from\s+(['"])[^'"]+\.json\2)\s*;/gm, "$1 with { type: 'json' };");
      if (next !== src) writeFileSync(p, next);
    }
  }
}
addJsonAttributes(out);

run(bin('cem'), ['analyze', '--litelement', '--config', 'scripts/cem.config.mjs']);
if (!existsSync(join(out, 'custom-elements.json'))) {
  console.error('build-npm: custom-elements.json was not written');
  process.exit(1);
}
console.log('dist/npm: modules, declarations and custom-elements.json written');
