// 依申请救助 hint: when what is left is heavy, tell the person they may qualify as 因病致贫重病患者
// (the region's by-application category) and how to apply. The figures come from the engine's
// `applicationHint`. The "heavy" threshold comes from data only: an income-based derivation the
// engine reads for that category (e.g. 上年居民人均可支配收入 × 10%). Without such data the hint
// is phrased conditionally and carries no threshold of ours.
// Lazy (part of the engine chunk, widgets/internal/engine.ts): decimal.js is fine here.
import { estimateSync, isEstimateError } from '../../src/index.js';
import type { EstimateInput, EstimateOutput, ParamRead, CategoryId, RulePack } from '../../src/index.js';
import { Dec } from '../../src/money/decimal.js';

export interface HardshipNotice {
  category: CategoryId;
  outOfPocket: string;
  /** What a successful application would save, by this pack's rules. */
  extra: string;
  threshold?: { value: string; seriesLabel: { 'zh-CN': string; en: string }; year: string; base: string; rate: string };
}

export function hardshipNotice(input: EstimateInput, out: EstimateOutput, packs: RulePack[]): HardshipNotice | null {
  const hint = out.applicationHint;
  if (!hint) return null;
  const oop = new Dec(out.totals.outOfPocket);
  const extra = oop.minus(hint.outOfPocket);
  if (!extra.greaterThan(0)) return null;
  const notice: HardshipNotice = { category: hint.category, outOfPocket: out.totals.outOfPocket, extra: extra.toFixed(2) };
  // Look for an income-based threshold for that category in the engine's own reads.
  const mine = input.person.categories ?? [];
  const whatIf = estimateSync({ ...input, person: { ...input.person, categories: [...mine, hint.category] }, options: { ...input.options, trace: true } }, packs);
  if (isEstimateError(whatIf)) return notice;
  let derived: ParamRead | undefined;
  for (const v of whatIf.visits) {
    for (const s of v.trace ?? []) {
      derived ??= s.params.find((p) => p.derivation && p.dims.category === hint.category && typeof p.value === 'string');
    }
  }
  if (derived?.derivation && typeof derived.value === 'string') {
    const d = derived.derivation;
    if (oop.lessThan(derived.value)) return null;
    notice.threshold = {
      value: new Dec(derived.value).toFixed(2), seriesLabel: d.seriesLabel, year: String(d.year),
      base: new Dec(d.base).toFixed(2), rate: new Dec(d.rate).times(100).toFixed(),
    };
  }
  return notice;
}
