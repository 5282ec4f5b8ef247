// Bundles the Node CLI (src/cli/) into dist/cli/yibao-estimate.mjs, the package's `bin`.
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
