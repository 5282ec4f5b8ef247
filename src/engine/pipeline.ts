// The three-tier pipeline: for one person and identity, settle visits in order against a running
// year ledger — 基本医保 → 大病保险 → 医疗救助 → 倾斜救助 (「先保险后救助」, 国办发〔2021〕42号): each tier
// settles what the one before left. The tiers are in ./tiers/ (one file each, beside the clause it
// implements); this file is the fold. Pure: no DOM, no I/O. Money is Dec throughout; each tier's
// payment is rounded to the fen once, per visit (the declared rounding point), and out-of-pocket
// is the exact remainder.
import { ZERO, fen } from '../money/decimal.js';
import type { ParamRead, VisitResult } from '../model/io.js';
import type { PackChain } from '../packs/resolve.js';
import type { CategoryDim } from '../model/vocabulary.js';
import { settleAssistance } from './tiers/assistance.js';
import { settleBasic } from './tiers/basic.js';
import { Trace, VisitRules, eligibleCost } from './tiers/context.js';
import { settleCritical } from './tiers/critical.js';
import { openLedger, type YearLedger } from './tiers/ledger.js';
import type { OpeningLedger, PersonFacts, SettledVisit } from '../model/settled.js';
import { settleTilt } from './tiers/tilt.js';

export interface YearRun { visits: VisitResult[]; reads: ParamRead[] }

export function settleVisits(
  chain: PackChain, person: PersonFacts, category: CategoryDim, visits: SettledVisit[],
  opening: OpeningLedger | undefined, withTrace: boolean,
): YearRun {
  const results: VisitResult[] = [];
  const reads: ParamRead[] = [];
  const ledgers = new Map<string, YearLedger>();
  const firstYear = visits[0]?.date.slice(0, 4);

  for (const v of visits) {
    // One ledger per benefit year; the year-to-date figures open the first one.
    const year = v.date.slice(0, 4);
    let ledger = ledgers.get(year);
    if (!ledger) {
      ledger = openLedger(year === firstYear ? opening : undefined);
      ledgers.set(year, ledger);
    }
    const rules = new VisitRules(chain, v, {
      scheme: person.scheme, kind: v.kind, level: v.level, place: v.place, category,
      age: person.ageAt(v.date), retired: person.retired,
    }, reads);
    const trace = new Trace(withTrace);

    if (trace.enabled) trace.step('input.partition', true, { total: v.total, outOfScope: v.outOfScope, partialSelfPay: v.partialSelfPay, eligible: eligibleCost(v) });
    const basic = settleBasic(ledger, v, rules, trace);
    const critical = settleCritical(ledger, v, rules, trace, basic);
    const paidBefore = { basic: basic.paid, critical, deductibleCharged: basic.deductibleCharged };
    const assistance = settleAssistance(ledger, v, rules, trace, category, paidBefore);
    // 倾斜救助 only follows 医疗救助: the same identities, kinds and places of care.
    const tilt = assistance ? settleTilt(ledger, v, rules, trace, assistance, paidBefore) : ZERO;

    const assistancePaid = assistance?.paid ?? ZERO;
    const outOfPocket = v.total.minus(basic.paid).minus(critical).minus(assistancePaid).minus(tilt);
    if (trace.enabled) trace.step('result.out-of-pocket', true,
      { total: v.total, basic: basic.paid, critical, assistance: assistancePaid, tilt, outOfPocket }, [], outOfPocket);
    results.push({
      id: v.id, kind: v.kind, date: v.date, total: fen(v.total), basic: fen(basic.paid), critical: fen(critical),
      assistance: fen(assistancePaid), tilt: fen(tilt), outOfPocket: fen(outOfPocket),
      ...(withTrace ? { trace: trace.steps } : {}),
    });
  }
  return { visits: results, reads };
}
