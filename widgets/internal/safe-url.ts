// The link binding's own check (the pack validator checks too): a 查看原文 link opens only an
// http: or https: address. A result handed to <yb-result> by a host need not come from a
// validated pack, and Lit does not sanitise href values (a javascript: URL would run on click).

/** `url` when it is an absolute http(s) address, else undefined (no link is rendered). */
export function webHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
