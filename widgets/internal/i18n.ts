// One private i18next instance per element (src/i18n/translator.ts createTranslator): never the
// page's global i18next. Namespaces: `ui` (the widget's own strings, default) and `engine`.
// Keys of the engine namespace are written `engine:trace.basic.payment`.
// Only the zh-CN strings are in the initial chunk; English loads on demand (locale-en.ts). Until it
// has arrived an element renders with the zh-CN strings and re-renders when it does.
import { createTranslator, type Lang, type Translate } from '../../src/index.js';
import uiFormZh from '../i18n/ui-form.zh-CN.js';
import engineLabelsZh from '../../src/i18n/engine-labels.zh-CN.js';

export type { Translate };
type Bundles = { ui: Record<string, unknown>; engine: Record<string, unknown> };

// zh-CN: the strings a form needs now (ui-form, engine labels); all of them once the engine chunk
// is loaded (ui-details and the full engine strings travel with it).
const bundles: Partial<Record<Lang, Bundles>> = { 'zh-CN': { ui: uiFormZh, engine: engineLabelsZh } };
let enLoading: Promise<void> | undefined;
/** Bumped whenever a bundle is added or completed, so translators are rebuilt. */
let generation = 0;

/** Called by the engine loader: every zh-CN string (result details; trace templates, values, …). */
export function completeStrings(uiDetails: Record<string, unknown>, engine: Record<string, unknown>): void {
  if (bundles['zh-CN']!.engine === engine) return;
  bundles['zh-CN'] = { ui: { ...uiFormZh, ...uiDetails }, engine };
  generation++;
}

/** Bumped when a bundle is added or completed (LocaleController rebuilds its translator then). */
export function stringsGeneration(): number {
  return generation;
}

/** Whether the strings of `lang` are in memory. */
export function localeLoaded(lang: Lang): boolean {
  return bundles[lang] !== undefined;
}

/** Loads the strings of `lang` (memoised; zh-CN is always there). */
export function loadLocale(lang: Lang): Promise<void> {
  if (bundles[lang]) return Promise.resolve();
  enLoading ??= import('./locale-en.js').then(
    (m) => { bundles.en = { ui: m.ui, engine: m.engine }; generation++; },
    (e: unknown) => { enLoading = undefined; throw e; },
  );
  return enLoading;
}

/** A translator for `lang`, or for zh-CN while the strings of `lang` are still loading. */
export function translatorFor(lang: Lang): Translate {
  const b = bundles[lang] ?? bundles['zh-CN']!;
  return createTranslator(bundles[lang] ? lang : 'zh-CN', { ui: b.ui, engine: b.engine });
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
