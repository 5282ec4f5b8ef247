// Plain words for a person (issue 12 item 2): every assumption and unpublished number as a sentence
// in the person's language — never a raw key (`basic.capPool`), a boolean (`true`), a raw number
// format (`0.7`, `0+:0.6`, `—`) or a pack id. Values are said by their registry kind: a rate as
// "70%", money as "1,800.00 元", a band scale as "0 元以上 60%", a switch by a phrase per key, a
// choice by its label. Lazy chunk only (with <yb-result>, the summaries and the event detail).
import {
  PARAMS, SCHEMES, VISIT_KINDS, HOSPITAL_LEVELS, PLACES, CATEGORY_IDS,
  type Assumption, type EstimateOutput, type Lang, type ParamKey, type ParamRead, type Scale, type Unknown,
} from '../../src/index.js';
import type { Translate } from './i18n.js';
import { formatMoney } from './format.js';

type Value = string | boolean | null | Scale;

const DIMS: [string, readonly string[]][] = [
  ['scheme', SCHEMES], ['kind', VISIT_KINDS], ['level', HOSPITAL_LEVELS], ['place', PLACES], ['category', [...CATEGORY_IDS, 'none']],
];

const spec = (key: string) => (Object.hasOwn(PARAMS, key) ? PARAMS[key as ParamKey] : undefined);
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** `basic.rate[resident,inpatient,tertiary]` or `basic.rate#child`: the registry key, its cell values and modifier. */
export function parseAssumptionKey(key: string): { base: string; cell: Record<string, string>; modifier?: string } {
  const m = /^([^[#]+)(?:\[([^\]]*)\])?(?:#(.+))?$/.exec(key);
  const base = m?.[1] ?? key;
  const cell: Record<string, string> = {};
  for (const v of (m?.[2] ?? '').split(',').filter(Boolean)) {
    // The engine drops dimension names; each value belongs to exactly one dimension (pool ids are the pack's own: left out).
    const dim = DIMS.find(([, vals]) => vals.includes(v));
    if (dim) cell[dim[0]] = v;
  }
  return m?.[3] ? { base, cell, modifier: m[3] } : { base, cell };
}

/** The table cell in words ("城乡居民医保，住院，三级医院"); '' when it names no dimension a person knows. */
export function cellText(cell: Record<string, string>, t: Translate): string {
  return DIMS.filter(([d]) => cell[d] !== undefined && cell[d] !== '*')
    .map(([d]) => t(`engine:${d}.${cell[d]}`)).join(t('missing.cellJoiner'));
}

/** Money with thousands separators in the element's language and the unit ("1,800.00 元" / "¥1,800.00"). */
export function moneyWords(v: string, t: Translate, lang: Lang): string {
  return t('money.amount', { amount: formatMoney(v, lang) });
}

/** A rate (decimal string, 0.7) as a percent ("70%"), exact from the string (no float). */
export function rateWords(v: string, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { style: 'percent', maximumFractionDigits: 2 });
  return (nf.format as unknown as (x: string) => string)(v);
}

/** A band edge: whole yuan without decimals ("30,000"), else to the fen. */
function edgeWords(v: string, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: 2, useGrouping: true });
  return (nf.format as unknown as (x: string) => string)(v);
}

/** A band scale (a Scale, or the engine's "0+:0.6 30000+:0.8" text) as "0 元以上 60%；30,000 元以上 80%". */
export function scaleWords(v: Scale | string, t: Translate, lang: Lang): string {
  const bands = typeof v === 'string'
    ? v.trim().split(/\s+/).map((b) => { const [from = '0', rate = '0'] = b.split('+:'); return { from, rate }; })
    : v.bands;
  return bands.map((b) => t('plain.band', { from: edgeWords(b.from, lang), pct: rateWords(b.rate, lang) })).join(t('plain.bandJoiner'));
}

/** A registry-kind value in words; `null` for a switch (said by its own phrase, see boolPhrase). */
export function valueWords(key: string, v: Value, t: Translate, lang: Lang): string {
  const leaf = spec(key)?.leaf ?? '';
  if (v === null || v === '—' || v === '') return leaf.endsWith('or-none') ? t('engine:value.none') : t('plain.noValue');
  if (typeof v === 'boolean' || v === 'true' || v === 'false') {
    return t((v === true || v === 'true') ? 'engine:value.yes' : 'engine:value.no');
  }
  if (typeof v === 'object' || /\+:/.test(v)) return scaleWords(v, t, lang);
  if (leaf.startsWith('rate') && DECIMAL.test(v)) return rateWords(v, lang);
  if (leaf.startsWith('money') && DECIMAL.test(v)) return moneyWords(v, t, lang);
  if (leaf.startsWith('enum:')) return t(`engine:value.${v}`);
  if (leaf === 'pool') return t('plain.pool');
  if (DECIMAL.test(v)) return edgeWords(v, lang);
  return t('plain.noValue');
}

/** camelCase id of a registry key, for the per-key phrase ("critical.base.includesPartialSelfPay" → criticalBaseIncludesPartialSelfPay). */
const phraseId = (key: string) => key.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase());

/** A switch said as what it means ("乙类先行自付的费用不计入大病保险"). */
export function boolPhrase(key: string, v: boolean, t: Translate): string {
  return t(`plain.bool.${phraseId(key)}.${v ? 'yes' : 'no'}`);
}

/** One assumption as one sentence: what is assumed, in words, and why (its status). */
export function assumptionSentence(a: Assumption, t: Translate, lang: Lang): string {
  const { base, cell, modifier } = parseAssumptionKey(a.key);
  const where = cellText(cell, t);
  const cellSuffix = where ? t('range.cellSuffix', { cell: where }) : '';
  const status = t(`engine:status.${a.status}`);
  const leaf = spec(base)?.leaf;
  if (!modifier && leaf === 'bool' && (a.value === 'true' || a.value === 'false')) {
    return t('plain.assumeBool', { phrase: boolPhrase(base, a.value === 'true', t), cell: cellSuffix, status });
  }
  const label = `${a.label[lang]}`;
  if (a.value === '—' || a.value === '') {
    if (modifier || !leaf?.endsWith('or-none')) return t('assumptions.itemNoValue', { label: t('known.item', { label, cell: cellSuffix }), status });
  }
  // A choice is said by its label alone ("起付标准计算方式：每次住院计算"), not "按 … 计算".
  if (!modifier && (leaf?.startsWith('enum:') || leaf === 'pool')) {
    return t('plain.assumeChoice', { label: t('known.item', { label, cell: cellSuffix }), value: valueWords(base, a.value, t, lang), status });
  }
  // A modifier's value is an adjustment of its parameter's kind (a rate step, an amount).
  return t('assumptions.item', { label: t('known.item', { label, cell: cellSuffix }), value: valueWords(base, a.value, t, lang), status });
}

/** A bound of an unpublished number in words, from its raw value (never the engine's unformatted text). */
export function unknownBound(u: Unknown, end: 'low' | 'high' | 'central', t: Translate, lang: Lang): string {
  const raw = u[end];
  if (raw === null) return end === 'high' ? t('engine:value.unbounded') : t('engine:value.none');
  if (u.series) return moneyWords(raw, t, lang);
  return valueWords(u.key, raw, t, lang);
}

/** Thousands separators in a pack's or the engine's own words, for amounts only ("1300元" → "1,300元",
 * "¥41314" → "¥41,314"); years ("2024年") and region codes are left alone. */
export function groupDigits(text: string, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 2, minimumFractionDigits: 0 });
  const f = (n: string) => (nf.format as unknown as (x: string) => string)(n);
  const keepFen = (int: string, frac?: string) => (frac && frac.length === 3 ? formatMoney(`${int}${frac}`, lang) : f(`${int}${frac ?? ''}`));
  return text
    .replace(/(?<![\d.,])(\d{4,})(\.\d+)?(?=\s*(?:元|yuan|RMB))/g, (_, int: string, frac?: string) => keepFen(int, frac))
    .replace(/([¥￥])(\d{4,})(\.\d+)?(?![\d])/g, (_, sign: string, int: string, frac?: string) => `${sign}${keepFen(int, frac)}`);
}

/** The region the answer is for, in words (the region asked for, else the pack's). */
export function regionWords(out: EstimateOutput, lang: Lang): string {
  return out.region?.name?.[lang] ?? out.pack.region.name[lang];
}

/** Unpublished numbers that did not move this result (read from their bounds, not among out.unknowns). */
export function immaterialUnknowns(out: EstimateOutput): ParamRead[] {
  const moved = new Set(out.unknowns.map((u) => u.key));
  const seen = new Set<string>();
  const reads: ParamRead[] = [];
  for (const v of out.visits) for (const s of v.trace ?? []) for (const p of s.params) {
    if (!p.unknown || moved.has(p.key) || seen.has(p.key)) continue;
    seen.add(p.key);
    reads.push(p);
  }
  return reads;
}

/** "深圳市的大病保险年度最高支付限额没有公布；已知不低于 …，您的费用远低于这个数，所以不影响结果。" */
export function immaterialSentence(out: EstimateOutput, p: ParamRead, t: Translate, lang: Lang): string {
  const s = spec(p.key);
  const vars = { region: regionWords(out, lang), label: s ? s.label[lang] : t('plain.aValue') };
  const low = p.unknown?.low;
  if (s?.leaf === 'money-or-none' && typeof low === 'string' && DECIMAL.test(low)) {
    return t('plain.immaterialCap', { ...vars, low: moneyWords(low, t, lang) });
  }
  return t('plain.immaterial', vars);
}

/** The unpublished number that moved the result, in one sentence (label, cell, bounds, basis). */
export function unknownWords(u: Unknown, t: Translate, lang: Lang): { label: string; low: string; high: string; central: string; basis: string } {
  const where = cellText(u.cell, t);
  return {
    label: t('known.item', { label: u.label[lang], cell: where ? t('range.cellSuffix', { cell: where }) : '' }),
    low: unknownBound(u, 'low', t, lang), high: unknownBound(u, 'high', t, lang), central: unknownBound(u, 'central', t, lang),
    basis: groupDigits(u.basis?.[lang] ?? '', lang),
  };
}
