// Plain-text renderings of a result, by templates only: the "copy for my family" text, the hotline
// summary, and the zh-CN read-aloud script. Figures come straight from the engine output.
import type { EstimateOutput, Lang, CategoryInfo, Guidance } from '../../src/index.js';
import type { Translate } from './i18n.js';
import { formatMoney, shareToPercent } from './format.js';
import { boundWords, unknownLabel, unknownSentence } from './unknown-text.js';
import { groupDigits, immaterialSentence, immaterialUnknowns, moneyWords } from './plain-words.js';

/**
 * What is exact and what is a range, and why, in one plain sentence (issue 10.4, 12.6):
 * "个人大约需付 X 元（在 A 至 B 元之间），因为本地没有公布：…" or "个人需付 X 元。这是确定的数…".
 * Never states an unknown as a rule. Used by the summary and the `yb-estimate` event detail.
 */
export function resultStatement(out: EstimateOutput, t: Translate, lang: Lang): string {
  const tot = out.totals;
  const m = (v: string) => moneyWords(v, t, lang);
  if (tot.exact) return t(immaterial(out) ? 'statement.exact' : 'statement.exactPlain', { amount: m(tot.outOfPocket) });
  const labels = out.unknowns.map((u) => unknownLabel(u, t, lang)).join(t('statement.labelJoiner'));
  return t('statement.range', { central: m(tot.outOfPocket), low: m(tot.range.outOfPocket.low), high: m(tot.range.outOfPocket.high), labels });
}

/** The range warnings are said in their own lines (the range and each unknown), not repeated as notes. */
const RANGE_WARNINGS = new Set(['range-estimate', 'unknowns-immaterial']);
const immaterial = (out: EstimateOutput) => out.totals.exact && out.warnings.some((w) => w.code === 'unknowns-immaterial');

export interface SummaryContext {
  regionName: string;
  schemeName: string;
  categories: CategoryInfo[];
  guidance?: Guidance | undefined;
  caseRef?: string;
}

function identityName(out: EstimateOutput, ctx: SummaryContext, t: Translate, lang: Lang): string {
  const info = ctx.categories.find((c) => c.id === out.identity.applied);
  return info ? info.name[lang] : t(`engine:category.${out.identity.applied}`);
}

export function plainSummary(out: EstimateOutput, ctx: SummaryContext, t: Translate, lang: Lang): string {
  const m = (v: string) => t('money.amount', { amount: formatMoney(v, lang) });
  const tot = out.totals;
  const lines = [
    t('summary.title'),
    t('summary.who', { region: ctx.regionName, scheme: ctx.schemeName, identity: identityName(out, ctx, t, lang) }),
  ];
  out.visits.forEach((v, i) => {
    lines.push(t('summary.visit', {
      n: String(i + 1), kind: t(`engine:kind.${v.kind}`), date: v.date, total: m(v.total), basic: m(v.basic),
      critical: m(v.critical), assistance: m(v.assistance), tilt: m(v.tilt), outOfPocket: m(v.outOfPocket),
    }));
  });
  lines.push(t('summary.totals', {
    total: m(tot.total), basic: m(tot.basic), critical: m(tot.critical), assistance: m(tot.assistance),
    tilt: m(tot.tilt), outOfPocket: m(tot.outOfPocket), rate: shareToPercent(tot.reimbursedShare),
  }));
  if (!tot.exact) {
    const r = tot.range.outOfPocket;
    lines.push(t('summary.range', { central: m(tot.outOfPocket), low: formatMoney(r.low, lang), high: formatMoney(r.high, lang) }));
    for (const u of out.unknowns) lines.push(t('summary.unknown', { text: unknownSentence(u, t, lang) }));
  } else {
    lines.push(resultStatement(out, t, lang));
    if (immaterial(out)) {
      lines.push(t('summary.immaterial'));
      for (const p of immaterialUnknowns(out)) lines.push(t('summary.unknown', { text: immaterialSentence(out, p, t, lang) }));
    }
  }
  for (const w of out.warnings) if (!RANGE_WARNINGS.has(w.code)) lines.push(t('summary.warning', { message: groupDigits(w.message, lang) }));
  if (out.assumptions.length) lines.push(t('summary.assumptions', { count: String(out.assumptions.length) }));
  if (ctx.guidance?.serviceLine) lines.push(t('summary.serviceLine', { phone: ctx.guidance.serviceLine }));
  if (ctx.caseRef) lines.push(t('summary.caseRef', { ref: ctx.caseRef }));
  lines.push(t('summary.disclaimer'));
  return lines.join('\n');
}

/** The script hotline staff read out; always in zh-CN (pass a zh-CN translator). */
export function readAloudScript(out: EstimateOutput, ctx: SummaryContext, tZh: Translate): string {
  const m = (v: string) => t2(v);
  const t2 = (v: string) => tZh('money.spoken', { amount: formatMoney(v, 'zh-CN') });
  const tot = out.totals;
  const lines = [
    tZh('script.opening', { region: ctx.regionName, scheme: ctx.schemeName, identity: identityName(out, ctx, tZh, 'zh-CN') }),
    tZh('script.total', { total: m(tot.total), visits: String(out.visits.length) }),
    tZh('script.tiers', { basic: m(tot.basic), critical: m(tot.critical), assistance: m(tot.assistance), tilt: m(tot.tilt) }),
  ];
  if (tot.exact) {
    lines.push(tZh('script.left', { outOfPocket: m(tot.outOfPocket), rate: shareToPercent(tot.reimbursedShare) }));
    if (immaterial(out)) {
      lines.push(tZh('script.immaterial'));
      for (const p of immaterialUnknowns(out)) lines.push(immaterialSentence(out, p, tZh, 'zh-CN'));
    }
  } else {
    // Say the range and why, so the person hears what is certain and what is not (issue 10).
    const r = tot.range.outOfPocket;
    lines.push(tZh('script.leftRange', { outOfPocket: m(tot.outOfPocket), low: m(r.low), high: m(r.high) }));
    lines.push(tZh('script.rangeWhy', { count: String(out.unknowns.length) }));
    for (const u of out.unknowns) {
      const vars = { label: unknownLabel(u, tZh, 'zh-CN'), low: boundWords(u, 'low', tZh, 'zh-CN'), high: boundWords(u, 'high', tZh, 'zh-CN') };
      lines.push(tZh(u.high === null ? 'script.unknownOpen' : 'script.unknown', vars));
    }
  }
  if (out.pack.kind === 'national-guideline') lines.push(tZh('script.national'));
  if (out.assumptions.length) lines.push(tZh('script.assumptions'));
  lines.push(tZh('script.closing', ctx.caseRef ? { ref: ctx.caseRef } : { ref: '—' }));
  return lines.join('\n');
}
