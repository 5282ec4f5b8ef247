// The import graph of src/ and widgets/ (issue 14): no import cycle, the engine never reaches up
// into the widgets or the demo pages (widgets/ may import src/, never the reverse), and inside src/
// each folder imports only the layers below it (LAYERS). Every edge counts — static, dynamic and
// type-only — since a cycle through types still ties two modules together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCANNED = ['src', 'widgets'];

/**
 * Known cycles outside the engine, each to be removed by its owner when the cycle is broken (the
 * test then fails until the entry goes, so none outlives its cycle). A found cycle is allowed only
 * if all its modules are in one entry.
 */
const ALLOWED_CYCLES = {};

/**
 * The layers of src/, bottom first, and the folders each may import besides itself (docs/ARCHITECTURE.md):
 *   money ← model ← regions ← packs ← contract ← engine, with i18n beside the engine (words only).
 * money is a leaf library (decimal arithmetic, no domain words); model is the shared vocabulary,
 * the rule-pack format, the input/output types and the engine's fault; the files at the root of
 * src/ (index.ts, engine-entry.ts) and cli/ are the entry points above everything.
 */
export const LAYERS = {
  money: [],
  model: ['money'],
  regions: ['model'],
  packs: ['money', 'model', 'regions'],
  contract: ['money', 'model', 'packs'],
  i18n: ['model'],
  engine: ['money', 'model', 'regions', 'packs', 'contract', 'i18n'],
  cli: ['(root)', 'money', 'model', 'regions', 'packs', 'contract', 'i18n', 'engine'],
  '(root)': ['money', 'model', 'regions', 'packs', 'contract', 'i18n', 'engine'],
};

/** The src/ layer a module belongs to ('(root)' for src/index.ts and src/engine-entry.ts), or null outside src/. */
export function layerOf(file) {
  const parts = file.split('/');
  if (parts[0] !== 'src') return null;
  return parts.length === 2 ? '(root)' : parts[1];
}

/** Edges inside src/ that the layer table does not allow. */
export function layerViolations(graph, layers = LAYERS) {
  const out = [];
  for (const [from, tos] of graph) {
    const a = layerOf(from);
    if (a === null) continue;
    for (const to of tos) {
      const b = layerOf(to);
      if (b === null || a === b) continue;
      if (!(layers[a] ?? []).includes(b)) out.push(`${from} → ${to} (${a} may not import ${b})`);
    }
  }
  return out;
}

function sourceFiles(dir) {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|mjs|js)$/.test(name) && !name.endsWith('.d.ts') ? [rel] : [];
  });
}

// `import … from '…'`, `export … from '…'`, `import '…'` at the start of a statement line, and
// `import('…')` anywhere (lazy chunks and `typeof import(…)` types). Comment lines are dropped first.
const STATIC = /^\s*(?:import|export)\s+(?:[^;'"]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

export function specifiers(text) {
  const code = text.split('\n').filter((l) => !/^\s*(\/\/|\/\*|\*)/.test(l)).join('\n');
  return [...code.matchAll(STATIC), ...code.matchAll(DYNAMIC)].map((m) => m[1]);
}

/** The repository path a relative specifier names ('./x.js' is the TypeScript file x.ts), or null. */
function resolveSpecifier(from, spec) {
  const base = join(dirname(from), spec);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')];
  const hit = candidates.find((c) => existsSync(join(ROOT, c)) && statSync(join(ROOT, c)).isFile());
  return hit ? relative(ROOT, join(ROOT, hit)).split('\\').join('/') : null;
}

function buildGraph() {
  const graph = new Map();
  const unresolved = [];
  for (const file of SCANNED.flatMap(sourceFiles)) {
    const targets = new Set();
    for (const spec of specifiers(readFileSync(join(ROOT, file), 'utf8'))) {
      if (!spec.startsWith('.')) continue; // a package (lit, decimal.js, i18next)
      const to = resolveSpecifier(file, spec);
      if (to) targets.add(to);
      else unresolved.push(`${file} → ${spec}`);
    }
    graph.set(file, targets);
  }
  return { graph, unresolved };
}

/** Strongly connected components with more than one module (or a module importing itself): the cycles. */
export function cycles(graph) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || graph.get(v)?.has(v)) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

const { graph, unresolved } = buildGraph();
const found = cycles(graph);
const allowedBy = (scc) => Object.entries(ALLOWED_CYCLES).find(([, files]) => scc.every((f) => files.includes(f)))?.[0];

test('the parser sees the imports (a graph it cannot read would pass vacuously)', () => {
  assert.deepEqual(specifiers("import type { A } from './a.js';\nimport {\n  b,\n} from '../b.js';\nexport * from './c.js';\nexport const notAnImport = './d.js';\n// import x from './comment.js';\nimport './side.js';\nconst m = () => import('./lazy.js');"),
    ['./a.js', '../b.js', './c.js', './side.js', './lazy.js']);
  assert.ok(graph.size > 50, `only ${graph.size} modules found`);
  assert.ok(graph.get('src/engine/pipeline.ts')?.has('src/engine/tiers/basic.ts'));
  assert.ok(graph.get('src/packs/resolve.ts')?.has('src/model/fault.ts'), 'edges into src/model/');
  assert.ok(graph.get('widgets/internal/lazy-elements.ts')?.has('widgets/yb-result/yb-result.ts'), 'dynamic import edge');
  assert.deepEqual(unresolved, [], 'every relative import names a file');
});

test('the cycle finder finds cycles (checked on a made-up graph)', () => {
  const g = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])], ['d', new Set(['a'])], ['e', new Set(['e'])]]);
  assert.deepEqual(cycles(g), [['a', 'b', 'c'], ['e']]);
  assert.deepEqual(cycles(new Map([['a', new Set(['b'])], ['b', new Set()]])), []);
});

test('src/ never imports widgets/ or demo/', () => {
  const upward = [...graph].flatMap(([from, tos]) => (from.startsWith('src/')
    ? [...tos].filter((to) => to.startsWith('widgets/') || to.startsWith('demo/')).map((to) => `${from} → ${to}`) : []));
  assert.deepEqual(upward, []);
});

test('every folder of src/ has a row in the layer table (a new folder takes a decision)', () => {
  const folders = new Set([...graph.keys()].map(layerOf).filter((l) => l !== null));
  assert.deepEqual([...folders].filter((f) => !(f in LAYERS)), []);
});

test('inside src/, each folder imports only the layers below it', () => {
  assert.deepEqual(layerViolations(graph), []);
});

test('the layer check finds an upward import (checked on a made-up graph)', () => {
  const g = new Map([
    ['src/packs/resolve.ts', new Set(['src/engine/fault.ts', 'src/model/io.ts', 'src/packs/own.ts'])],
    ['src/model/io.ts', new Set(['src/packs/types.ts'])],
    ['src/engine/estimate.ts', new Set(['src/packs/resolve.ts'])],
  ]);
  assert.deepEqual(layerViolations(g), [
    'src/packs/resolve.ts → src/engine/fault.ts (packs may not import engine)',
    'src/model/io.ts → src/packs/types.ts (model may not import packs)',
  ]);
});

test('no import cycle in src/ or widgets/ (but the named, owned exceptions)', () => {
  const forbidden = found.filter((scc) => !allowedBy(scc)).map((scc) => scc.join(' ↔ '));
  assert.deepEqual(forbidden, []);
  assert.deepEqual(found.filter((scc) => scc.some((f) => f.startsWith('src/'))), [], 'no cycle in the engine at all');
});

test('every allowed cycle still exists (remove an entry once its cycle is broken)', () => {
  const stale = Object.keys(ALLOWED_CYCLES).filter((name) => !found.some((scc) => allowedBy(scc) === name));
  assert.deepEqual(stale, []);
});
