// One locale controller for every element (a Lit ReactiveController, in the spirit of Shoelace's
// LocalizeController): the element's language is its `lang` attribute, else <html lang>, else
// zh-CN; `t` is a private i18next translator for it (never the page's global i18next). While the
// strings of that language are still loading (English is its own chunk), `t` is zh-CN, the load is
// handed to `track` (so updateComplete waits for it) and the host re-renders when it arrives.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../src/index.js';
import { loadLocale, localeLoaded, resolveLang, stringsGeneration, translatorFor, type Translate } from './i18n.js';

export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  lang: string;
}

export class LocaleController implements ReactiveController {
  lang: Lang = 'zh-CN';
  t: Translate = translatorFor('zh-CN');
  private ready = true;
  private loading = false;
  private generation = stringsGeneration();

  constructor(private readonly host: LocaleHost, private readonly track: (p: Promise<unknown>) => void = () => undefined) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  /**
   * Re-reads the language (call first in willUpdate, before `t` is used). True when `t` changed:
   * another language, or its strings arrived or were completed since the last call.
   */
  sync(): boolean {
    const lang = resolveLang(this.host.lang, this.host);
    const generation = stringsGeneration();
    if (lang === this.lang && this.ready && this.generation === generation) return false;
    if (lang === this.lang && !localeLoaded(lang) && this.loading) return false;
    this.generation = generation;
    this.lang = lang;
    this.ready = localeLoaded(lang);
    this.t = translatorFor(lang);
    this.loading = !this.ready;
    if (this.loading) {
      this.track(loadLocale(lang).then(
        () => { if (this.lang === lang) this.host.requestUpdate(); },
        () => { this.loading = false; },
      ));
    }
    return true;
  }
}
