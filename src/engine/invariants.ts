// Invariants asserted on every result, as conservation is: a breach is an engine fault, never a
// figure shown. Basic insurance pays only inside the policy scope (政策范围内费用 = total −
// 全自费 − 乙类先行自付), so basic ≤ in-scope for each visit whatever a pack says.
import { Dec } from '../money/decimal.js';
import type { VisitResult } from '../model/io.js';
import type { SettledVisit } from '../model/settled.js';
import { EngineFault } from '../model/fault.js';

export function assertBasicWithinScope(results: VisitResult[], visits: SettledVisit[]): void {
  const byId = new Map(visits.map((v) => [v.id, v]));
  for (const r of results) {
    const v = byId.get(r.id);
    if (!v) continue;
    const inScope = new Dec(v.total).minus(v.outOfScope).minus(v.partialSelfPay);
    if (new Dec(r.basic).greaterThan(inScope)) throw new EngineFault('internal', { visit: r.id }, `visits[${v.index ?? 0}]`);
  }
}
