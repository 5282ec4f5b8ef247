// The public page's only script. Everything else on the page is static HTML; the widget reads its
// language from its `lang` attribute (set here when the person switches) or <html lang>.
// Two tasks instead of one long one on a slow phone: this module's static import evaluates the
// element classes (Lit, decimal.js, i18next, the engine); registration — which upgrades the
// <yb-estimator> on the page and renders it — runs in a later task.
//
// The page's two switches — 长辈模式 and 中文 / English — are remembered in this browser's
// localStorage only (never in a cookie, never sent anywhere), and applied before the element
// first renders, so a returning visitor sees the page as they left it.
import '../../widgets/index.js';
import { PAGE_STRINGS, type PageKey, type PageLang } from './page-strings.js';

const STORE = 'yb-public-page';
interface Prefs { lang: PageLang; elder: boolean }

function readPrefs(): Prefs {
  const prefs: Prefs = { lang: 'zh-CN', elder: false };
  try {
    const raw = JSON.parse(localStorage.getItem(STORE) ?? '{}') as Partial<Prefs>;
    if (raw.lang === 'en' || raw.lang === 'zh-CN') prefs.lang = raw.lang;
    if (raw.elder === true) prefs.elder = true;
  } catch { /* storage blocked or unreadable: the defaults */ }
  return prefs;
}

function savePrefs(p: Prefs): void {
  try { localStorage.setItem(STORE, JSON.stringify(p)); } catch { /* storage blocked: the switch still works for this visit */ }
}

/** Text with `**bold**` runs → text and <strong> nodes (no HTML parsing). */
function setRich(el: Element, text: string): void {
  const parts = text.split('**');
  el.replaceChildren(...parts.map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    const strong = document.createElement('strong');
    strong.textContent = part;
    return strong;
  }));
}

function applyLang(lang: PageLang): void {
  const s = PAGE_STRINGS[lang];
  const key = (v: string | undefined) => (v && v in s ? s[v as PageKey] : undefined);
  document.documentElement.lang = lang;
  document.title = s['meta.title'];
  document.querySelector('meta[name="description"]')?.setAttribute('content', s['meta.description']);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = key(el.dataset.i18n);
    if (text !== undefined) setRich(el, text);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-href]')) {
    const href = key(el.dataset.i18nHref);
    if (href) el.setAttribute('href', href);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const label = key(el.dataset.i18nLabel);
    if (label) el.setAttribute('aria-label', label);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-title]')) {
    const title = key(el.dataset.i18nTitle);
    if (title) el.title = title;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-lang]')) {
    const l = key(el.dataset.i18nLang);
    if (l) el.lang = l;
  }
  for (const est of document.querySelectorAll('yb-estimator')) est.setAttribute('lang', lang);
}

function applyElder(on: boolean): void {
  document.documentElement.classList.toggle('elder', on);
  document.getElementById('elder-switch')?.setAttribute('aria-pressed', String(on));
  for (const est of document.querySelectorAll('yb-estimator')) {
    if (on) est.setAttribute('mode', 'elder');
    else est.removeAttribute('mode');
  }
}

const prefs = readPrefs();
if (prefs.lang !== 'zh-CN') applyLang(prefs.lang);
applyElder(prefs.elder);

document.getElementById('elder-switch')?.addEventListener('click', () => {
  prefs.elder = !prefs.elder;
  applyElder(prefs.elder);
  savePrefs(prefs);
});
document.getElementById('lang-switch')?.addEventListener('click', () => {
  prefs.lang = prefs.lang === 'en' ? 'zh-CN' : 'en';
  applyLang(prefs.lang);
  savePrefs(prefs);
});

setTimeout(() => {
  void import('../../widgets/register.js');
}, 0);
