// Custom-elements manifest config: `cem analyze --litelement --config scripts/cem.config.mjs`
// (run by scripts/build-npm.mjs). Writes dist/npm/custom-elements.json; module paths point at the
// published JavaScript (dist/npm/widgets/…/*.js), relative to the package root, as
// package.json "customElements" expects.
const toPublished = (p) => (typeof p === 'string' && /^(\.\/)?(widgets|src)\/.*\.ts$/.test(p)
  ? `dist/npm/${p.replace(/^\.\//, '').replace(/\.ts$/, '.js')}`
  : p);

function rewrite(node) {
  if (Array.isArray(node)) return node.forEach(rewrite);
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if ((k === 'path' || k === 'module') && typeof v === 'string') node[k] = toPublished(v);
    else rewrite(v);
  }
}

export default {
  globs: ['widgets/**/*.ts'],
  exclude: ['widgets/**/*.test.ts', 'widgets/**/*.styles.ts', 'widgets/internal/**'],
  outdir: 'dist/npm',
  litelement: true,
  packagejson: false,
  dependencies: false,
  plugins: [
    {
      name: 'yb-published-paths',
      packageLinkPhase({ customElementsManifest }) {
        rewrite(customElementsManifest.modules);
      },
    },
  ],
};
