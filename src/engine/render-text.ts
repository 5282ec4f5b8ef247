// Renders an estimate's trace as plain text (CLI --text, the widget's read-aloud and copy text),
// by templates: no string concatenation of sentence parts.
import type { EstimateOutput, ParamRead, TraceStep } from '../model/io.js';
import { traceTemplateKey } from '../model/trace-steps.js';
import type { Translate } from '../i18n/translator.js';
import { PARAMS, type ParamKey } from '../packs/registry.js';
import { Dec, fen } from '../money/decimal.js';

export interface RenderOptions { citations?: boolean }

export function renderStep(step: TraceStep, t: Translate): string {
  return t(traceTemplateKey(step.id), step.vars);
}

const pct = (rate: string) => new Dec(rate).times(100).toDecimalPlaces(4).toString();

/** A parameter value in words: rates as percentages, money in 元, switches and choices named. */
export function formatParamValue(p: ParamRead, t: Translate): string {
  return formatValue(p.key, p.value, t);
}

export function formatValue(key: string, v: ParamRead['value'], t: Translate): string {
  const leaf = Object.hasOwn(PARAMS, key) ? PARAMS[key as ParamKey].leaf : 'money';
  if (v === null) return t('value.none');
  if (typeof v === 'boolean') return t(v ? 'value.yes' : 'value.no');
  if (typeof v === 'object') return v.bands.map((b) => t('value.band', { from: fen(new Dec(b.from)), pct: pct(b.rate) })).join('; ');
  if (leaf.startsWith('rate')) return t('value.rate', { pct: pct(v) });
  if (leaf.startsWith('money')) return t('value.money', { amount: fen(new Dec(v)) });
  if (leaf.startsWith('enum:')) return t(`value.${v}`);
  return v;
}

export function renderParam(p: ParamRead, t: Translate, lang: 'zh-CN' | 'en'): string[] {
  const spec = Object.hasOwn(PARAMS, p.key) ? PARAMS[p.key as ParamKey] : undefined;
  const lines = [t('trace.param', { label: spec ? spec.label[lang] : p.key, value: formatParamValue(p, t), status: t(`status.${p.status}`), layer: p.layer })];
  const u = p.unknown;
  if (u) {
    lines.push(t('trace.unknown', {
      low: formatValue(p.key, u.low, t), high: u.high === null ? t('value.unbounded') : formatValue(p.key, u.high, t),
      central: formatValue(p.key, u.central, t), picked: t(`corner.${u.picked}`), basis: u.basis?.[lang] ?? '',
    }));
  }
  const d = p.derivation;
  if (d) {
    lines.push(t('trace.derivation', { series: d.seriesLabel[lang], year: String(d.year), base: d.base, pct: pct(d.rate), exact: d.exact }));
    if (d.official !== undefined) lines.push(t('trace.derivation-official', { official: d.official, exact: d.exact }));
    else if (d.rounding === 'yuan') lines.push(t('trace.derivation-rounded', { value: String(p.value) }));
    if (d.wantedYear !== undefined) lines.push(t('trace.derivation-fallback', { wanted: String(d.wantedYear), year: String(d.year) }));
  }
  for (const c of p.cite) {
    lines.push(t('trace.source', { title: `《${c.doc.title}》`, docNumber: c.doc.docNumber ? ` ${c.doc.docNumber}` : '', clause: c.clause }));
    if (c.quote) lines.push(t('trace.quote', { quote: c.quote }));
  }
  return lines;
}

export function renderText(out: EstimateOutput, t: Translate, lang: 'zh-CN' | 'en', opts: RenderOptions = {}): string {
  const lines: string[] = [];
  for (const w of out.warnings) lines.push(`! ${w.message}`);
  out.visits.forEach((v, i) => {
    lines.push('', t('trace.visit', { n: String(i + 1), kind: t(`kind.${v.kind}`), date: v.date }));
    for (const s of v.trace ?? []) {
      lines.push(`  ${s.applied ? '•' : '○'} ${renderStep(s, t)}`);
      if (opts.citations !== false) {
        for (const p of s.params) for (const l of renderParam(p, t, lang)) lines.push(`      ${l}`);
      }
    }
  });
  const { exact, range, reimbursedShare, ...money } = out.totals;
  lines.push('', t('trace.summary', { ...money, reimbursedShare }));
  if (exact) {
    if (out.warnings.some((w) => w.code === 'unknowns-immaterial')) lines.push(t('summary.exact-despite-unknowns'));
  } else {
    // "约 X 元（在 A 至 B 元之间），因为本地 … 未公布", then one line per unknown that mattered.
    lines.push(t('summary.range', { central: money.outOfPocket, low: range.outOfPocket.low, high: range.outOfPocket.high }));
    for (const u of out.unknowns) {
      lines.push(t('summary.unknown', { label: u.label[lang], low: u.text.low, high: u.text.high, central: u.text.central, basis: u.basis?.[lang] ?? '' }));
    }
  }
  return lines.join('\n');
}
