// Several identities → the most favourable one (就高不就低): each is settled in full and the one
// leaving the least out-of-pocket is applied; the pack's rank breaks ties.
import type { CategoryInfo, CategoryDim } from '../packs/types.js';

export function candidateOrder(held: string[], packCategories: CategoryInfo[]): CategoryDim[] {
  if (held.length === 0) return ['none'];
  const rank = (id: string) => packCategories.find((c) => c.id === id)?.rank ?? Number.MAX_SAFE_INTEGER;
  return [...held].sort((a, b) => rank(a) - rank(b)) as CategoryDim[];
}
