// Imports a pure TypeScript module of src/ from a build script (bundled in memory by esbuild), so
// the scripts apply the engine's own rules instead of restating them.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);

/** `importTs('src/packs/source-trust.ts')` → the module's exports. */
export async function importTs(path) {
  const out = await build({ entryPoints: [fileURLToPath(new URL(path, root))], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
