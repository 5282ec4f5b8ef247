// Several identities → the most favourable one (就高不就低): each is settled in full and the one
// leaving the least out-of-pocket is applied; the pack's rank breaks ties.
import { ZERO, type Dec } from '../money/decimal.js';
import type { CategoryInfo } from '../model/rulepack.js';
import type { CategoryDim } from '../model/vocabulary.js';
import type { PackChain } from '../packs/resolve.js';
import { settleVisits, type YearRun } from './pipeline.js';
import type { OpeningLedger, PersonFacts, SettledVisit } from '../model/settled.js';

export function candidateOrder(held: string[], packCategories: CategoryInfo[]): CategoryDim[] {
  if (held.length === 0) return ['none'];
  const rank = (id: string) => packCategories.find((c) => c.id === id)?.rank ?? Number.MAX_SAFE_INTEGER;
  return [...held].sort((a, b) => rank(a) - rank(b)) as CategoryDim[];
}

export interface IdentityRun { category: CategoryDim; run: YearRun; oop: Dec }

/**
 * The year settled under each candidate identity (in candidateOrder), and the best: the least
 * out-of-pocket over all visits; on a tie the earlier (higher-ranked) candidate stays.
 */
export function settleEachIdentity(
  chain: PackChain, person: PersonFacts, candidates: CategoryDim[], visits: SettledVisit[],
  opening: OpeningLedger | undefined, withTrace: boolean,
): { runs: IdentityRun[]; best: IdentityRun } {
  const runs = candidates.map((category) => {
    const run = settleVisits(chain, person, category, visits, opening, withTrace);
    return { category, run, oop: run.visits.reduce((s, v) => s.plus(v.outOfPocket), ZERO) };
  });
  let best = runs[0]!;
  for (const r of runs) if (r.oop.lessThan(best.oop)) best = r;
  return { runs, best };
}
