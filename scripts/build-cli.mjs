// Bundles the Node CLI (src/cli/) into dist/cli/yibao-estimate.mjs, the package's `bin`, and the
// engine into dist/cli/engine.mjs for Node tests.
// Runs on `npm ci` (prepare) so the command works straight after install.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const outfile = 'dist/cli/yibao-estimate.mjs';
await build({
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile,
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);

// The engine as one ES module for Node tests (test/node/) and batch jobs.
await build({
  entryPoints: ['src/index.ts'],
  bundle: true,
  platform: 'neutral',
  format: 'esm',
  target: 'es2022',
  outfile: 'dist/cli/engine.mjs',
  logLevel: 'warning',
});
