// Plain words for the unpublished local numbers that moved a result (issue 10): one sentence per
// unknown — label, the table cell, its bounds and where they come from. Shared by <yb-result>,
// <yb-missing-rule> and the summaries (lazy chunks only: this module is not in the initial JS).
// Bounds are said from their raw values by registry kind (plain-words.ts): money with thousands
// separators, scales as "0 元以上 60%", never the engine's unformatted text (issue 12 item 2).
import type { Lang, Unknown } from '../../src/index.js';
import type { Translate } from './i18n.js';
import { cellText, unknownBound, unknownWords } from './plain-words.js';

/** The table cell in words ("城乡居民医保，住院，三级医院"); '' when it names no dimension a person knows. */
export function cellWords(cell: Record<string, string>, t: Translate): string {
  return cellText(cell, t);
}

/** A bound in words, by the parameter's registry kind. */
export function boundWords(u: Unknown, end: 'low' | 'high' | 'central', t: Translate, lang: Lang): string {
  return unknownBound(u, end, t, lang);
}

/** The label with its cell: "基本医保支付比例（城乡居民医保，住院，三级医院）". */
export function unknownLabel(u: Unknown, t: Translate, lang: Lang): string {
  return unknownWords(u, t, lang).label;
}

/** One plain sentence: what is not published, its bounds in words, and the basis of the bounds. */
export function unknownSentence(u: Unknown, t: Translate, lang: Lang): string {
  const vars = unknownWords(u, t, lang);
  if (u.high !== null) return t('range.unknown', vars);
  return t(u.central === null ? 'range.unknownOpenNoCap' : 'range.unknownOpen', vars);
}
