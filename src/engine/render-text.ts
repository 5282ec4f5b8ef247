// Renders an estimate's trace as plain text (CLI --text, the widget's read-aloud and copy text),
// by templates: no string concatenation of sentence parts.
import type { EstimateOutput, ParamRead, TraceStep } from '../contract/types.js';
import type { Translate } from '../i18n/translator.js';
import { PARAMS, type ParamKey } from '../packs/registry.js';
import { valueText } from './estimate.js';

export interface RenderOptions { citations?: boolean }

export function renderStep(step: TraceStep, t: Translate): string {
  return t(`trace.${step.id}`, step.vars);
}

export function renderParam(p: ParamRead, t: Translate, lang: 'zh-CN' | 'en'): string[] {
  const spec = PARAMS[p.key as ParamKey];
  const lines = [t('trace.param', { label: spec ? spec.label[lang] : p.key, value: valueText(p.value), status: t(`status.${p.status}`), layer: p.layer })];
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
  lines.push('', t('trace.summary', { ...out.totals }));
  return lines.join('\n');
}
