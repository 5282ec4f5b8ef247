// Builds the self-hostable embed folder, dist/embed/:
//   yb-estimator-<hash>.js   the one entry script (registers every element; lit, decimal.js and
//                            i18next bundled in), fully minified
//   packs/…-<hash>.js        each rule pack (and its texts), a lazy chunk (the catalog's dynamic JSON imports)
//   locales/…-<hash>.js      lazy locale chunks, when the widgets load locales lazily
//   chunks/…-<hash>.js       anything else shared between lazy chunks
//   manifest.json            entry name + sha384 SRI hash, size and gzip size of every file
// Chunks import each other by relative URL, so the folder works from any path on any host.
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { embedCodeSplitting, embedRolldownOptions } from './embed-chunks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/embed');
const entry = join(root, 'widgets/register.ts');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

if (!existsSync(entry)) {
  console.error('build-embed: widgets/register.ts does not exist yet (the widget is not in): nothing to build.');
  process.exit(1);
}

const norm = (p) => p.split('\\').join('/');
function chunkDir(chunk) {
  const ids = (chunk.moduleIds ?? []).map(norm);
  if (ids.length && ids.every((id) => id.includes('/src/packs/') && id.endsWith('.json'))) return 'packs/';
  if (ids.length && ids.every((id) => /\/(i18n|locales?)\//.test(id))) return 'locales/';
  return 'chunks/';
}

await build({
  configFile: false,
  root,
  base: './',
  logLevel: 'warn',
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    lib: { entry, formats: ['es'] },
    rolldownOptions: {
      ...embedRolldownOptions,
      output: {
        minify: true,
        codeSplitting: embedCodeSplitting,
        entryFileNames: 'yb-estimator-[hash].js',
        chunkFileNames: (chunk) => `${chunkDir(chunk)}[name]-[hash].js`,
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});

// Manifest of SRI hashes.
function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const files = {};
let entryName;
for (const p of walk(outDir).sort()) {
  const name = norm(relative(outDir, p));
  if (name === 'manifest.json') continue;
  const buf = readFileSync(p);
  files[name] = {
    integrity: `sha384-${createHash('sha384').update(buf).digest('base64')}`,
    bytes: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
  };
  if (/^yb-estimator-[^/]+\.js$/.test(name)) entryName = name;
}
if (!entryName) throw new Error('build-embed: no entry file was written');
const manifest = {
  format: 'yibao.embed-manifest.v1',
  name: pkg.name,
  version: pkg.version,
  entry: entryName,
  tag: 'yb-estimator',
  files,
};
writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const e = files[entryName];
const all = Object.values(files).reduce((s, f) => s + f.gzip, 0);
console.log(`dist/embed: ${entryName} ${kib(e.bytes)} (${kib(e.gzip)} gzip); ${Object.keys(files).length} files, ${kib(all)} gzip in all`);
