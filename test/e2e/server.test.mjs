// scripts/serve-dist.mjs: the headers a portal's server should send, and nothing outside dist/site.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { join } from 'node:path';
import { preview } from 'vite';
import { STRICT_CSP } from '../../scripts/serve-dist.mjs';
import { root, site, skipReason, startServer } from './helpers.mjs';

const skip = skipReason();

/** Raw GET (no URL normalisation, no decompression), so traversal attempts reach the server as sent. */
function get(base, path, headers = {}, method = 'GET') {
  const { hostname, port } = new URL(base);
  return new Promise((ok, fail) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('serve-dist', { skip }, () => {
  let server;
  before(async () => {
    server = await startServer({ root: site });
  });
  after(async () => {
    await server?.close();
  });

  test('the CSP page gets the strict policy as a header; other pages do not need it', async () => {
    const csp = await get(server.url, '/demo/csp.html');
    assert.equal(csp.status, 200);
    assert.equal(csp.headers['content-security-policy'], STRICT_CSP);
    assert.match(STRICT_CSP, /script-src 'self'/);
    assert.doesNotMatch(STRICT_CSP, /unsafe/);
    const index = await get(server.url, '/');
    assert.equal(index.status, 200);
    assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(index.headers['x-content-type-options'], 'nosniff');
  });

  test('MIME types, caching, compression and CORS for the embed folder', async () => {
    const manifest = JSON.parse((await get(server.url, '/embed/manifest.json')).body.toString());
    const entry = await get(server.url, `/embed/${manifest.entry}`, { 'accept-encoding': 'gzip, br' });
    assert.equal(entry.status, 200);
    assert.equal(entry.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(entry.headers['content-encoding'], 'br');
    assert.equal(entry.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(entry.headers['access-control-allow-origin'], '*');
    const m = await get(server.url, '/embed/manifest.json');
    assert.equal(m.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(m.headers['cache-control'], 'no-cache');
    const css = (await get(server.url, '/')).body.toString().match(/href="\.\/(assets\/[^"]+\.css)"/);
    assert.ok(css);
    assert.equal((await get(server.url, `/${css[1]}`)).headers['content-type'], 'text/css; charset=utf-8');
    const head = await get(server.url, '/', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
  });

  test('nothing outside the site folder; unknown paths are 404; only GET and HEAD', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/embed/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json']) {
      const r = await get(server.url, path);
      assert.ok([400, 403, 404].includes(r.status), `${path} → ${r.status}`);
      assert.doesNotMatch(r.body.toString(), /"devDependencies"/);
    }
    assert.equal((await get(server.url, '/no-such-file.js')).status, 404);
    assert.equal((await get(server.url, '/demo')).status, 301);
    assert.equal((await get(server.url, '/', {}, 'POST')).status, 405);
  });
});

describe('npm run serve:dist (vite preview) sends the same headers', { skip }, () => {
  let server;
  let url;
  before(async () => {
    server = await preview({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', preview: { host: '127.0.0.1', port: 0, open: false } });
    url = server.resolvedUrls.local[0];
  });
  after(async () => {
    await server?.close();
  });

  test('strict CSP on the CSP page, nosniff, immutable hashed files, CORS for embed/, 404 for the unknown', async () => {
    const csp = await get(url, '/demo/csp.html');
    assert.equal(csp.status, 200);
    assert.equal(csp.headers['content-security-policy'], STRICT_CSP);
    assert.equal(csp.headers['x-content-type-options'], 'nosniff');
    assert.equal(csp.headers['cross-origin-opener-policy'], 'same-origin');
    const manifest = JSON.parse((await get(url, '/embed/manifest.json')).body.toString());
    const entry = await get(url, `/embed/${manifest.entry}`);
    assert.equal(entry.status, 200);
    assert.match(entry.headers['content-type'], /^text\/javascript/);
    assert.equal(entry.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(entry.headers['access-control-allow-origin'], '*');
    assert.equal((await get(url, '/embed/manifest.json')).headers['cache-control'], 'no-cache');
    const index = await get(url, '/');
    assert.equal(index.status, 200);
    assert.equal(index.headers['content-security-policy'], undefined, 'only the CSP page gets the strict policy');
    assert.equal((await get(url, '/no-such-file.js')).status, 404, 'no SPA fallback');
    const up = await get(url, '/../package.json');
    assert.ok([403, 404].includes(up.status), `/../package.json → ${up.status}`);
    assert.doesNotMatch(up.body.toString(), /"devDependencies"/);
  });
});
