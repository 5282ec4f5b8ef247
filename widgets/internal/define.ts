// Registration that survives hostile pages: a CMS block plus a theme include may load us twice,
// or two versions may coexist. Never throws; warns once when a different version holds the tag.
export const WIDGETS_VERSION = '0.1.0';

export function defineOnce(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.version !== ctor.version) {
    console.warn(`yibao: <${tag}> ${ctor.version ?? '?'} not registered; ${existing.version ?? '?'} already is.`);
  }
}
