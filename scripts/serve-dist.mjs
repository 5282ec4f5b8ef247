// A small static server for the built site (dist/site/, made by `npm run build`), node:http only.
// `npm run serve:dist` is vite preview with the same headers; this server stays as the importable,
// dependency-free reference the e2e tests and Lighthouse start in-process (see docs/embedding.md,
// "Serving the built site", for why both exist).
//   node scripts/serve-dist.mjs [--port 4173] [--host 127.0.0.1] [--root dist/site]
// - correct MIME types (module scripts must be text/javascript), nosniff;
// - the strict Content-Security-Policy as an HTTP header on demo/csp.html (the page also carries
//   it as <meta http-equiv> for static hosts that cannot set headers);
// - content-hashed files cached for a year (immutable), HTML and manifest.json revalidated;
// - gzip / brotli when the browser accepts them;
// - the embed folder (embed/) readable cross-origin (CORS + CORP), as a portal self-hosting it on
//   a static-file host would serve it, so a page on another origin can load it with SRI.
// Also importable: `startServer({ root, port, host })` → { url, port, close() } (the e2e tests
// and scripts/lighthouse.mjs use it).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';
import { siteHeaders } from './site-headers.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

// The headers themselves (CSP, caching, CORS for embed/) are scripts/site-headers.mjs, shared with
// the vite preview server (`npm run serve:dist`).
export { STRICT_CSP, CSP_PAGES } from './site-headers.mjs';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt', '.md', '.webmanifest']);

const cache = new Map(); // path → { mtimeMs, raw, gzip?, br? }

async function load(file) {
  const st = await stat(file);
  if (!st.isFile()) return undefined;
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === st.mtimeMs) return hit;
  const entry = { mtimeMs: st.mtimeMs, raw: await readFile(file) };
  cache.set(file, entry);
  return entry;
}

function encode(entry, ext, accept) {
  if (!COMPRESSIBLE.has(ext) || entry.raw.length < 512) return { body: entry.raw };
  if (/\bbr\b/.test(accept)) {
    entry.br ??= brotliCompressSync(entry.raw, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } });
    return { body: entry.br, encoding: 'br' };
  }
  if (/\bgzip\b/.test(accept)) {
    entry.gzip ??= gzipSync(entry.raw, { level: 9 });
    return { body: entry.gzip, encoding: 'gzip' };
  }
  return { body: entry.raw };
}

export function createHandler(root) {
  const base = resolve(root);
  return async (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return send(400, 'Bad Request');
    }
    if (pathname.includes('\0')) return send(400, 'Bad Request');
    if (pathname.endsWith('/')) pathname += 'index.html';
    let file = normalize(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) return send(403, 'Forbidden');
    let entry;
    try {
      entry = await load(file);
      if (!entry && !extname(file)) {
        // /demo → /demo/index.html
        return send(301, '', { Location: `${pathname}/` });
      }
    } catch {
      entry = undefined;
    }
    if (!entry) return send(404, 'Not Found');

    const ext = extname(file).toLowerCase();
    const headers = {
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      ...siteHeaders(pathname),
      Vary: 'Accept-Encoding',
    };
    const { body, encoding } = encode(entry, ext, String(req.headers['accept-encoding'] ?? ''));
    if (encoding) headers['Content-Encoding'] = encoding;
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** Starts the server; port 0 picks a free one. */
export function startServer({ root = join(repoRoot, 'dist/site'), port = 0, host = '127.0.0.1' } = {}) {
  const server = createServer(createHandler(root));
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      ok({
        server,
        port: p,
        url: `http://${host}:${p}/`,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const root = resolve(arg('root', join(repoRoot, 'dist/site')));
  try {
    await stat(join(root, 'index.html'));
  } catch {
    console.error(`serve-dist: ${root}/index.html not found; run \`npm run build\` first.`);
    process.exit(1);
  }
  const { url } = await startServer({ root, port: Number(arg('port', process.env.PORT ?? 4173)), host: arg('host', '127.0.0.1') });
  console.log(`serving ${root} at ${url} (strict CSP page: ${url}demo/csp.html) — Ctrl+C to stop`);
}
