// Builds the site (index.html + demo/*.html) into dist/site/ with vite.config.ts, then copies the
// embed build (dist/embed/, from scripts/build-embed.mjs — run that first) into dist/site/embed/,
// so dist/site/ is one self-contained static folder: the pages that run the embed build refer to
// it as ../embed/ (see the yb:embed marker in vite.config.ts). The citizens' rules pages
// (demo/citizen-rules*.html) are regenerated from the packs first, so they show the rules in force
// on the build date.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const embed = join(root, 'dist/embed');
if (!existsSync(join(embed, 'manifest.json'))) {
  console.error('build-site: dist/embed/manifest.json is missing; run `npm run build:embed` first.');
  process.exit(1);
}
execFileSync(process.execPath, [join(root, 'scripts/build-citizen-rules-page.mjs')], { stdio: 'inherit' });
await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
cpSync(embed, join(root, 'dist/site/embed'), { recursive: true });
// The webmaster pages link the embedding guide: it travels with the site (served as text/markdown).
cpSync(join(root, 'docs/embedding.md'), join(root, 'dist/site/docs/embedding.md'));
console.log('dist/site: built (embed copied to dist/site/embed/)');
