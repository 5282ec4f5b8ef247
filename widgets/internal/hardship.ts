// 因病致贫重病患者 hint: when what is left is heavy, tell the person they may qualify for 依申请救助.
// The threshold comes from data only: an income-based derivation read by the engine for that
// category (e.g. 上年居民人均可支配收入 × 10%). Without such data the hint is phrased
// conditionally and carries no number of ours.
import { estimateSync, isEstimateError } from '../../src/index.js';
import type { EstimateInput, EstimateOutput, ParamRead } from '../../src/contract/types.js';
import type { CategoryInfo, RulePack } from '../../src/packs/types.js';
import { Dec } from '../../src/money/decimal.js';

export interface HardshipNotice {
  outOfPocket: string;
  /** What a successful application would add, by this pack's rules ("0.00" if unknown). */
  extra: string;
  threshold?: { value: string; seriesLabel: { 'zh-CN': string; en: string }; year: string; base: string; rate: string };
}

const TARGET = 'illness-impoverished';

export function hardshipNotice(input: EstimateInput, out: EstimateOutput, categories: CategoryInfo[], packs: RulePack[]): HardshipNotice | null {
  const target = categories.find((c) => c.id === TARGET);
  if (!target) return null;
  const mine = input.person.categories ?? [];
  if (mine.includes(TARGET)) return null;
  const oop = new Dec(out.totals.outOfPocket);
  if (oop.isZero()) return null;
  const whatIf = estimateSync({ ...input, person: { ...input.person, categories: [...mine, TARGET] } }, packs);
  if (isEstimateError(whatIf)) return null;
  const extra = oop.minus(whatIf.totals.outOfPocket);
  let derived: ParamRead | undefined;
  for (const v of whatIf.visits) {
    for (const s of v.trace ?? []) {
      derived ??= s.params.find((p) => p.derivation && p.dims.category === TARGET && typeof p.value === 'string');
    }
  }
  const notice: HardshipNotice = { outOfPocket: out.totals.outOfPocket, extra: (extra.isNegative() ? new Dec(0) : extra).toFixed(2) };
  if (derived?.derivation && typeof derived.value === 'string') {
    const d = derived.derivation;
    notice.threshold = {
      value: new Dec(derived.value).toFixed(2), seriesLabel: d.seriesLabel, year: String(d.year),
      base: new Dec(d.base).toFixed(2), rate: new Dec(d.rate).times(100).toFixed(),
    };
    if (oop.lessThan(derived.value)) return null;
    return notice;
  }
  return extra.greaterThan(0) ? notice : null;
}
