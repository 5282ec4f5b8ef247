// Types of scripts/site-headers.mjs (imported by vite.config.ts).
export const STRICT_CSP: string;
export const CSP_PAGES: Set<string>;
export const HASHED: RegExp;
export function siteHeaders(pathname: string): Record<string, string>;
