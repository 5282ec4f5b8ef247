// 依申请救助 (e.g. 吉政办发〔2022〕16号 五、(八), 因病致贫重病患者): when what is left to pay is heavy,
// the person may qualify for the region's by-application category. estimate.ts already settles the
// year as if that category applied (`applicationHint`); this turns it into the notice a screen
// shows: what a successful application would save, and — only when the packs carry it as data —
// the income-based threshold (e.g. 上年居民人均可支配收入 × 10%) the region uses for "heavy".
// Without such data there is no threshold: the notice is conditional and names no number of ours.
import { Dec, fen } from '../money/decimal.js';
import { isEstimateError, type EstimateInput, type EstimateOutput, type ParamRead } from '../model/io.js';
import type { CategoryId, LocalText } from '../model/vocabulary.js';
import type { RulePack } from '../model/rulepack.js';
import { estimateWith, packLookup } from './estimate.js';
import { ENGINE_LOCALES } from '../i18n/engine-locale.js';

export interface ApplicationNotice {
  category: CategoryId;
  /** What the person pays as things stand. */
  outOfPocket: string;
  /** What a successful application would save, by this pack's rules. */
  extra: string;
  /** The region's income-based threshold for the category, from a cited series (data only). */
  threshold?: { value: string; seriesLabel: LocalText; year: string; base: string; rate: string };
}

/** The income-based threshold the engine reads for a category, from a trace (a derived parameter). */
function derivedThreshold(out: EstimateOutput, category: CategoryId): ParamRead | undefined {
  for (const v of out.visits) {
    for (const s of v.trace ?? []) {
      const p = s.params.find((x) => x.derivation && x.dims.category === category && typeof x.value === 'string');
      if (p) return p;
    }
  }
  return undefined;
}

/**
 * The 依申请 notice for an estimate, or null: no by-application category would pay more, or the
 * person's out-of-pocket is below the region's own threshold for it. `packs` are those the
 * estimate used (the threshold is read by settling once more with the category, traced).
 */
export function applicationNotice(input: EstimateInput, out: EstimateOutput, packs: Iterable<RulePack>): ApplicationNotice | null {
  const hint = out.applicationHint;
  if (!hint) return null;
  const oop = new Dec(out.totals.outOfPocket);
  const extra = oop.minus(hint.outOfPocket);
  if (!extra.greaterThan(0)) return null;
  const notice: ApplicationNotice = { category: hint.category, outOfPocket: out.totals.outOfPocket, extra: fen(extra) };
  const mine = input.person.categories ?? [];
  const withCategory = estimateWith(
    { ...input, person: { ...input.person, categories: [...mine, hint.category] }, options: { ...input.options, trace: true } },
    { packs: packLookup(packs), locales: ENGINE_LOCALES },
  );
  if (isEstimateError(withCategory)) return notice;
  const derived = derivedThreshold(withCategory, hint.category);
  if (derived?.derivation && typeof derived.value === 'string') {
    const d = derived.derivation;
    if (oop.lessThan(derived.value)) return null;
    notice.threshold = {
      value: fen(new Dec(derived.value)), seriesLabel: d.seriesLabel, year: String(d.year),
      base: fen(new Dec(d.base)), rate: new Dec(d.rate).times(100).toFixed(), // money-safe: the rate as a percentage, in decimal
    };
  }
  return notice;
}
