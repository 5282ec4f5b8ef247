// The HTTP headers the built site (dist/site/) is served with — one source for both servers:
// `npm run serve:dist` (vite preview, through the preview plugin in vite.config.ts) and
// scripts/serve-dist.mjs (the node:http reference server the e2e tests and Lighthouse use).
//  - nosniff, no referrer; HTML opened in its own browsing-context group (COOP);
//  - the strict Content-Security-Policy as an HTTP header on demo/csp.html (the page also carries
//    it as <meta http-equiv> for static hosts that cannot set headers);
//  - content-hashed files cached for a year (immutable), everything else revalidated;
//  - the embed folder (embed/) readable cross-origin (CORS + CORP), as a portal self-hosting it on
//    a static-file host would serve it, so a page on another origin can load it with SRI.

/** The policy the CSP demo page is served with, as header and (minus frame-ancestors) as <meta>. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** Pages (paths from the site root) served with STRICT_CSP. */
export const CSP_PAGES = new Set(['/demo/csp.html']);

// vite/rolldown content hashes: "-" + 8 url-safe base64 characters before the extension.
export const HASHED = /-[A-Za-z0-9_-]{8}\.(js|css|json|svg|png|woff2)$/;

/** Headers for a path of the site (decoded, from the root, with index.html resolved). */
export function siteHeaders(pathname) {
  const headers = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (pathname.endsWith('.html')) headers['Cross-Origin-Opener-Policy'] = 'same-origin';
  if (CSP_PAGES.has(pathname)) headers['Content-Security-Policy'] = STRICT_CSP;
  if (pathname.startsWith('/embed/')) {
    headers['Access-Control-Allow-Origin'] = '*';
    headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
  }
  return headers;
}
