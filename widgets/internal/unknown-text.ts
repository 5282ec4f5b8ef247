// Plain words for the unpublished local numbers that moved a result (issue 10): one sentence per
// unknown — label, the table cell, its bounds and where they come from. Shared by <yb-result>,
// <yb-missing-rule> and the summaries (lazy chunks only: this module is not in the initial JS).
import { PARAMS, type Lang, type ParamKey, type Unknown } from '../../src/index.js';
import type { Translate } from './i18n.js';
import { formatMoney } from './format.js';

/** Engine-locale key of a table cell's value, by dimension (pool ids are the pack's own names, not words: left out). */
const DIM_KEY: Record<string, string> = { scheme: 'scheme', kind: 'kind', level: 'level', place: 'place', category: 'category' };

/** The table cell in words ("城乡居民医保，住院，三级医院"); '' when it names no dimension a person knows. */
export function cellWords(cell: Record<string, string>, t: Translate): string {
  return Object.entries(cell)
    .filter(([d, v]) => v !== '*' && DIM_KEY[d] !== undefined)
    .map(([d, v]) => t(`engine:${DIM_KEY[d]}.${v}`))
    .join(t('missing.cellJoiner'));
}

/** A bound in words: money with the project's formatter (thousands separators), else the engine's words. */
export function boundWords(u: Unknown, end: 'low' | 'high' | 'central', t: Translate, lang: Lang): string {
  const raw = u[end];
  const leaf = PARAMS[u.key as ParamKey]?.leaf ?? '';
  if (typeof raw === 'string' && leaf.startsWith('money') && /^-?\d+(\.\d+)?$/.test(raw)) {
    return t('money.amount', { amount: formatMoney(raw, lang) });
  }
  return u.text[end];
}

/** The label with its cell: "基本医保支付比例（城乡居民医保，住院，三级医院）". */
export function unknownLabel(u: Unknown, t: Translate, lang: Lang): string {
  const cell = cellWords(u.cell, t);
  return t('known.item', { label: u.label[lang], cell: cell ? t('range.cellSuffix', { cell }) : '' });
}

/** One plain sentence: what is not published, its bounds in words, and the basis of the bounds. */
export function unknownSentence(u: Unknown, t: Translate, lang: Lang): string {
  const vars = {
    label: unknownLabel(u, t, lang), low: boundWords(u, 'low', t, lang), high: boundWords(u, 'high', t, lang),
    central: boundWords(u, 'central', t, lang), basis: u.basis?.[lang] ?? '',
  };
  if (u.high !== null) return t('range.unknown', vars);
  return t(u.central === null ? 'range.unknownOpenNoCap' : 'range.unknownOpen', vars);
}
