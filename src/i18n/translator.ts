// A private i18next instance per translator: never the global one, so a host page running its
// own i18next (or a second copy of ours) cannot change our language or strings.
import i18next, { type Resource } from 'i18next';
import type { Lang } from '../model/io.js';

export type Translate = (key: string, vars?: Record<string, string>) => string;

export function createTranslator(lang: Lang, bundles: Record<string, Record<string, unknown>>): Translate {
  const instance = i18next.createInstance();
  const resources: Resource = { [lang]: bundles as Resource[string] };
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources,
    ns: Object.keys(bundles),
    defaultNS: Object.keys(bundles)[0],
    initAsync: false,
    // Lit escapes text when it renders; the CLI prints plain text. Never render as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  } as Parameters<typeof instance.init>[0]);
  return (key, vars) => instance.t(key, vars ?? {}) as string;
}
