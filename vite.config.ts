import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteHeaders } from './scripts/site-headers.mjs';

// The site: index.html (the public estimator) and the webmaster pages under demo/.
// `npm start` serves them from source; `npm run build` writes dist/site/ (with the embed build
// copied into dist/site/embed/ by scripts/build-site.mjs) — one self-contained static folder.
// The embed build itself (dist/embed/) is scripts/build-embed.mjs; the npm package is
// scripts/build-npm.mjs.

const root = dirname(fileURLToPath(import.meta.url));
const demoDir = join(root, 'demo');

/** Every top-level demo/*.html becomes a page (rules.html too, when the packs engineer's build made it). */
function pages(): Record<string, string> {
  const input: Record<string, string> = { main: resolve(root, 'index.html') };
  if (existsSync(demoDir)) {
    for (const f of readdirSync(demoDir)) {
      if (f.endsWith('.html')) input[`demo/${f.slice(0, -5)}`] = resolve(demoDir, f);
    }
  }
  return input;
}

interface EmbedManifest {
  entry: string;
  files: Record<string, { integrity: string }>;
}

/**
 * Pages that must run the *embed* build (the CSP page, the double-load page, the generator's
 * preview) carry a marker comment instead of a script tag:
 *   <!-- yb:embed -->            → the embed entry, with its SRI hash
 *   <!-- yb:embed ?copy=2 -->    → the same file under a second URL (a second, separate copy)
 * In `vite build` the marker becomes <script type="module" src="../embed/yb-estimator-<hash>.js"
 * integrity="sha384-…" crossorigin="anonymous">, read from dist/embed/manifest.json (so the embed
 * must be built first: `npm run build` does that). In the dev server it becomes the source entry,
 * widgets/register.ts. The dev server also drops the CSP <meta> (its CSS is injected as <style>).
 */
function embedTag(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  let manifest: EmbedManifest | undefined;
  return {
    name: 'yb-embed-tag',
    configResolved(cfg) {
      command = cfg.command;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const marker = /<!--\s*yb:embed(\s+\?[^\s]*)?\s*-->/g;
        if (command === 'serve') {
          return html
            .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '')
            .replace(marker, (_m, q: string | undefined) =>
              `<script type="module" src="/widgets/register.ts${q ? q.trim() : ''}"></script>`);
        }
        let out = html;
        if (marker.test(html)) {
          marker.lastIndex = 0;
          if (!manifest) {
            const path = join(root, 'dist/embed/manifest.json');
            if (!existsSync(path)) throw new Error('dist/embed/manifest.json is missing: run `npm run build:embed` before the site build');
            manifest = JSON.parse(readFileSync(path, 'utf8')) as EmbedManifest;
          }
          const m = manifest;
          const pageDir = dirname(ctx.filename);
          const up = relative(pageDir, root).split('\\').join('/');
          const prefix = up ? `${up}/embed/` : './embed/';
          const integrity = m.files[m.entry]?.integrity;
          out = out.replace(marker, (_m, q: string | undefined) =>
            `<script type="module" src="${prefix}${m.entry}${q ? q.trim() : ''}" integrity="${integrity}" crossorigin="anonymous"></script>`);
        }
        return moveModuleScriptsToBody(out);
      },
    },
  };
}

/**
 * Vite puts the page's module script (and modulepreload links) in <head>. Module scripts never
 * block rendering, but in <head> they are fetched at high priority, competing with the
 * stylesheet on a slow phone connection; at the end of <body> the HTML and CSS come first.
 */
function moveModuleScriptsToBody(html: string): string {
  const head = /<head>[\s\S]*?<\/head>/.exec(html);
  if (!head) return html;
  const tags: string[] = [];
  const newHead = head[0].replace(
    /[ \t]*(<script type="module"[^>]*\bsrc="[^"]+"[^>]*><\/script>|<link rel="modulepreload"[^>]*>)\s*\n?/g,
    (_m, tag: string) => {
      tags.push(tag);
      return '';
    },
  );
  if (!tags.length) return html;
  return html.replace(head[0], newHead).replace(/<\/body>/, `${tags.map((t) => `  ${t}\n`).join('')}</body>`);
}

/**
 * `vite preview` (`npm run serve:dist`) serves dist/site with the headers a portal should send
 * (scripts/site-headers.mjs: strict CSP on demo/csp.html, nosniff, caching, CORS for embed/) —
 * the same as scripts/serve-dist.mjs, which the tests start in-process.
 */
function previewHeaders(): Plugin {
  return {
    name: 'yb-preview-headers',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        let pathname = '/';
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        } catch { /* a malformed URL: the static handler answers it */ }
        if (pathname.endsWith('/')) pathname += 'index.html';
        for (const [k, v] of Object.entries(siteHeaders(pathname))) res.setHeader(k, v);
        next();
      });
    },
  };
}

export default defineConfig({
  base: './',
  // A multi-page site: an unknown path is a 404, never index.html (no SPA fallback).
  appType: 'mpa',
  plugins: [embedTag(), previewHeaders()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: {
    target: 'es2022',
    outDir: 'dist/site',
    emptyOutDir: true,
    // Every browser we target supports modulepreload: no polyfill code in the entry.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs (a strict img-src/style-src would need 'data:').
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: pages(),
      output: { minify: true },
    },
  },
});
