// Plain-text renderings of a result, by templates only: the "copy for my family" text, the hotline
// summary, and the zh-CN read-aloud script. Figures come straight from the engine output.
import type { EstimateOutput, Lang, CategoryInfo, Guidance } from '../../src/index.js';
import type { Translate } from './i18n.js';
import { formatMoney, shareToPercent } from './format.js';

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
  for (const w of out.warnings) lines.push(t('summary.warning', { message: w.message }));
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
    tZh('script.left', { outOfPocket: m(tot.outOfPocket), rate: shareToPercent(tot.reimbursedShare) }),
  ];
  if (out.pack.kind === 'national-guideline') lines.push(tZh('script.national'));
  if (out.assumptions.length) lines.push(tZh('script.assumptions'));
  lines.push(tZh('script.closing', ctx.caseRef ? { ref: ctx.caseRef } : { ref: '—' }));
  return lines.join('\n');
}
