// What <yb-estimator> derives from a result or a refusal: the `yb-estimate` event detail, the
// unknowns a person may supply ("我知道这个数") and the missing rule to ask for (fallback).
// Lazy (part of the engine chunk, widgets/internal/engine.ts), to keep the initial JS small.
import { PARAMS, type EstimateOutput, type Lang, type LocalText, type ParamKey, type RulePack } from '../../src/index.js';
import type { KnownChoice, MissingFault, YbEstimateDetail } from './events.js';
import { translatorFor } from './i18n.js';
import { resultStatement } from './summary.js';
import { unknownSentence } from './unknown-text.js';

/** The public event detail: strings (and `exact`), the range and the unknowns in the widget's language. */
export function estimateDetail(out: EstimateOutput, caseRef: string, lang: Lang): YbEstimateDetail {
  const t = out.totals;
  const tr = translatorFor(lang);
  return {
    // What is exact and what is a range, and why, in the widget's language (issue 10.4).
    statement: resultStatement(out, tr, lang),
    region: out.pack.region.code, packId: out.pack.id, packKind: out.pack.kind, identity: out.identity.applied,
    caseRef, total: t.total, basic: t.basic, critical: t.critical, assistance: t.assistance, tilt: t.tilt, outOfPocket: t.outOfPocket,
    reimbursedShare: t.reimbursedShare, exact: t.exact, range: { ...t.range.outOfPocket },
    visits: out.visits.map((v) => ({
      id: v.id, total: v.total, basic: v.basic, critical: v.critical, assistance: v.assistance, tilt: v.tilt, outOfPocket: v.outOfPocket,
      exact: v.exact, range: { ...v.range.outOfPocket },
    })),
    unknowns: out.unknowns.map((u) => ({
      key: u.key, cell: { ...u.cell }, label: u.label[lang], low: u.low, high: u.high, central: u.central, text: { ...u.text }, basis: u.basis?.[lang] ?? '',
      sentence: unknownSentence(u, tr, lang),
    })),
    warnings: out.warnings.map((w) => w.message),
  };
}

const seriesLabel = (chain: RulePack[], id: string): LocalText | undefined =>
  chain.map((k) => (k.series && Object.hasOwn(k.series, id) ? k.series[id]!.label : undefined)).find((x) => x !== undefined);

/** The unknowns that moved the result, as values a person may supply (cell from `unknown.cell`). */
export function knownChoices(out: EstimateOutput, chain: RulePack[]): KnownChoice[] {
  return out.unknowns.flatMap((u): KnownChoice[] => {
    if (u.series) {
      // An unpublished income year behind a derived threshold: the person supplies the income figure.
      const sid = u.series.id;
      return [{ kind: 'series', series: sid, year: u.series.year, label: seriesLabel(chain, sid) ?? u.label, unknown: u }];
    }
    const spec = Object.hasOwn(PARAMS, u.key) ? PARAMS[u.key as ParamKey] : undefined;
    return spec ? [{ kind: 'param', key: u.key, cell: u.cell, label: u.label, leaf: spec.leaf, unknown: u }] : [];
  });
}

/** The first refusal the person can resolve by supplying a value (param-missing, series-missing). */
export function missingFault(errors: { code: string; params?: Record<string, string> }[], chain: RulePack[]): MissingFault | null {
  const err = errors.find((x) => x.code === 'param-missing' || x.code === 'series-missing');
  const p = err?.params;
  if (!err || !p) return null;
  if (err.code === 'param-missing') {
    const spec = p.key && Object.hasOwn(PARAMS, p.key) ? PARAMS[p.key as ParamKey] : undefined;
    if (!spec) return null;
    let cell: Record<string, string> = {};
    try {
      const parsed = JSON.parse(p.cell ?? '{}') as unknown;
      if (parsed && typeof parsed === 'object') cell = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
    } catch { /* no cell: the whole parameter */ }
    return { kind: 'param', key: p.key!, cell, label: spec.label, leaf: spec.leaf };
  }
  const year = Number(p.year);
  if (!p.series || !Number.isInteger(year)) return null;
  return { kind: 'series', series: p.series, year, label: seriesLabel(chain, p.series) ?? { 'zh-CN': p.series, en: p.series } };
}
