// The iframe page (demo/embed.html?region=…&scheme=…&category=…&mode=…&lang=…): for portals whose
// editors strip <script>. Reads the same presets as the element's attributes from the query string,
// checks each one and drops any it does not recognise (a bad value never reaches the element), then
// creates the element — so the presets are in place before it upgrades.
//
// Sizing: the page posts its content height to its parent, and only that:
//   { type: 'yibao-estimator:height', version: 1, height: <CSS pixels, integer> }
// with target origin '*' (a height is no secret; the host checks event.origin itself). Nothing a
// person types, chooses or is estimated is ever posted. The host's listener: docs/embedding.md.
import { CATEGORY_IDS, SCHEMES } from '../../src/model/vocabulary.js';

export const HEIGHT_MESSAGE = 'yibao-estimator:height';
export const HEIGHT_VERSION = 1;

const MODES = ['citizen', 'elder', 'hotline'] as const;
const LANGS = ['zh-CN', 'en'] as const;
const LOCKS = ['lock-region', 'lock-scheme', 'lock-category'] as const;
const TITLE: Record<(typeof LANGS)[number], string> = { 'zh-CN': '医保报销测算', en: 'Medical insurance estimate' };

/** The presets the query string may set, each validated; anything else is ignored. */
export function presetsFrom(search: string): Record<string, string> {
  const q = new URLSearchParams(search);
  const out: Record<string, string> = {};
  const region = q.get('region') ?? '';
  // GB/T 2260 codes are six digits; the element resolves a county to its city or province.
  if (/^\d{6}$/.test(region)) out.region = region;
  const scheme = q.get('scheme') ?? '';
  if ((SCHEMES as readonly string[]).includes(scheme)) out.scheme = scheme;
  const cats = (q.get('category') ?? '').split(/[\s,]+/).filter((c) => (CATEGORY_IDS as readonly string[]).includes(c));
  if (cats.length) out.category = [...new Set(cats)].join(' ');
  const mode = q.get('mode') ?? '';
  if ((MODES as readonly string[]).includes(mode)) out.mode = mode;
  const lang = q.get('lang') ?? '';
  if ((LANGS as readonly string[]).includes(lang)) out.lang = lang;
  for (const lock of LOCKS) {
    const v = q.get(lock);
    const needs = lock.slice('lock-'.length);
    // A lock means something only with its preset, as in the generator.
    if ((v === '' || v === '1' || v === 'true') && out[needs]) out[lock] = '';
  }
  return out;
}

function start(): void {
  const presets = presetsFrom(location.search);
  const lang = (presets.lang ?? 'zh-CN') as (typeof LANGS)[number];
  document.documentElement.lang = lang;
  document.title = TITLE[lang];
  const title = document.getElementById('embed-title');
  if (title) title.textContent = TITLE[lang];

  const el = document.createElement('yb-estimator');
  for (const [name, value] of Object.entries(presets)) el.setAttribute(name, value);
  document.getElementById('estimator-host')?.append(el);

  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, version: HEIGHT_VERSION, height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  post();
}

start();
