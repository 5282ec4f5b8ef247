// Custom-elements manifest config: `cem analyze --litelement --config scripts/cem.config.mjs`
// (run by scripts/build-npm.mjs). Writes dist/npm/custom-elements.json; module paths point at the
// published JavaScript (dist/npm/widgets/…/*.js), relative to the package root, as
// package.json "customElements" expects.
import { readFileSync } from 'node:fs';

// Tags are registered through defineOnce() in widgets/register.ts (a call the analyzer does not
// know), so read `defineOnce('tag', Class)` there and give each class its tagName.
const TAGS = Object.fromEntries(
  [...readFileSync(new URL('../widgets/register.ts', import.meta.url), 'utf8')
    .matchAll(/defineOnce\(\s*'([a-z][\w-]*-[\w-]*)'\s*,\s*(\w+)\s*\)/g)].map((m) => [m[2], m[1]]),
);

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
        const mods = customElementsManifest.modules;
        const register = mods.find((m) => /(^|\/)widgets\/register\.ts$/.test(m.path));
        for (const mod of mods) {
          for (const d of mod.declarations ?? []) {
            if (d.kind === 'class' && TAGS[d.name]) {
              d.tagName = TAGS[d.name];
              d.customElement = true;
              // The definition happens in register.ts (side effect), not in the class module.
              if (register) {
                register.exports ??= [];
                register.exports.push({ kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: mod.path } });
              }
            }
            // Events the analyzer found as `dispatchEvent(new SomeEvent())` without a name: the
            // documented ones (@event) carry the name.
            if (d.events) d.events = d.events.filter((e) => e.name);
          }
        }
        rewrite(customElementsManifest.modules);
      },
    },
  ],
};
