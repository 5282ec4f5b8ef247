// One private i18next instance per element (src/i18n/translator.ts createTranslator): never the
// page's global i18next. Namespaces: `ui` (the widget's own strings, default) and `engine`.
// Keys of the engine namespace are written `engine:trace.basic.payment`.
import { createTranslator, type Translate } from '../../src/i18n/translator.js';
import { ENGINE_LOCALES } from '../../src/i18n/engine-locale.js';
import type { Lang } from '../../src/contract/types.js';
import uiZh from '../../src/i18n/ui.zh-CN.js';
import uiEn from '../../src/i18n/ui.en.js';

export type { Translate };
export const UI_LOCALES: Record<Lang, Record<string, unknown>> = { 'zh-CN': uiZh, en: uiEn };

export function translatorFor(lang: Lang): Translate {
  return createTranslator(lang, { ui: UI_LOCALES[lang], engine: ENGINE_LOCALES[lang] });
}

/** The element's `lang` attribute wins; then <html lang>; Chinese is the default. */
export function resolveLang(explicit: string | null | undefined, host?: Element): Lang {
  const pick = (v: string | null | undefined): Lang | undefined => {
    if (!v) return undefined;
    const low = v.toLowerCase();
    if (low.startsWith('en')) return 'en';
    if (low.startsWith('zh')) return 'zh-CN';
    return undefined;
  };
  return pick(explicit) ?? pick(host?.ownerDocument?.documentElement?.getAttribute('lang')) ?? 'zh-CN';
}
