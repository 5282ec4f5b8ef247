// The three-tier pipeline: for one person and identity, settle visits in order against a running
// year ledger — 基本医保 → 大病保险 → 医疗救助 → 倾斜救助 (「先保险后救助」, 国办发〔2021〕42号).
// Pure: no DOM, no I/O. Money is Dec throughout; each tier's payment is rounded to the fen once,
// per visit (the declared rounding point), and out-of-pocket is the exact remainder.
import { Dec, ZERO, fen, min, pos, roundFen } from '../money/decimal.js';
import type { ParamRead, TraceStep, VisitResult } from '../contract/types.js';
import type { PackChain, LookupContext } from '../packs/resolve.js';
import type { ParamKey } from '../packs/registry.js';
import type { CategoryDim, HospitalLevel, Place, Scale, Scheme, VisitKind } from '../packs/types.js';
import { applyScale, flatScale, invertScale } from './scale.js';
import { EngineFault } from './fault.js';

export interface SettledVisit {
  /** Position in the input's visits list (for error paths). */
  index?: number;
  id: string; kind: VisitKind; date: string; level: HospitalLevel | undefined; place: Place;
  total: Dec; outOfScope: Dec; partialSelfPay: Dec;
}
export interface PersonFacts { scheme: Scheme; retired: boolean; ageAt: (date: string) => number | undefined }
export interface OpeningLedger {
  inpatientAdmissions: number; basicDeductiblePaid: Dec; basicPaid: Dec; criticalBase: Dec; criticalPaid: Dec;
  assistanceBase: Dec; assistancePaid: Dec; tiltBase: Dec; tiltPaid: Dec;
}

interface YearLedger {
  visitsOfKind: Map<string, number>;
  deductibleCharged: Map<string, Dec>; // per kind, for per-year modes
  basicCapUsed: Map<string, Dec>; // per pool
  criticalBase: Dec; criticalPaid: Dec;
  assistanceBase: Dec; assistanceUsed: Map<string, Dec>; // per pool (tilt adds when it shares the limit)
  tiltBase: Dec; tiltPaid: Dec;
}

function openLedger(o: OpeningLedger | undefined): YearLedger {
  const l: YearLedger = {
    visitsOfKind: new Map(), deductibleCharged: new Map(), basicCapUsed: new Map(),
    criticalBase: ZERO, criticalPaid: ZERO, assistanceBase: ZERO, assistanceUsed: new Map(),
    tiltBase: ZERO, tiltPaid: ZERO,
  };
  if (o) {
    l.visitsOfKind.set('inpatient', o.inpatientAdmissions);
    l.deductibleCharged.set('inpatient', o.basicDeductiblePaid);
    l.basicCapUsed.set('@inpatient', o.basicPaid); // re-keyed to the inpatient pool on first use
    l.criticalBase = o.criticalBase;
    l.criticalPaid = o.criticalPaid;
    l.assistanceBase = o.assistanceBase;
    l.assistanceUsed.set('@inpatient', o.assistancePaid.plus(o.tiltPaid));
    l.tiltBase = o.tiltBase;
    l.tiltPaid = o.tiltPaid;
  }
  return l;
}

const rateText = (x: Dec | string): string => new Dec(x).times(100).toDecimalPlaces(4).toString();
const moneyText = (x: Dec): string => fen(x);
const isScale = (v: unknown): v is Scale => typeof v === 'object' && v !== null && 'bands' in v;

function scaleText(s: Scale): string {
  return s.bands.map((b) => `${fen(new Dec(b.from))}+:${rateText(b.rate)}%`).join('; ');
}

/** A ledger map entry, adopting an opening balance recorded under '@kind'. */
function used(map: Map<string, Dec>, pool: string, openingKey: string): Dec {
  if (map.has(openingKey)) {
    map.set(pool, (map.get(pool) ?? ZERO).plus(map.get(openingKey)!));
    map.delete(openingKey);
  }
  return map.get(pool) ?? ZERO;
}

export interface YearRun { visits: VisitResult[]; reads: ParamRead[] }

export function settleVisits(
  chain: PackChain, person: PersonFacts, category: CategoryDim, visits: SettledVisit[],
  opening: OpeningLedger | undefined, withTrace: boolean,
): YearRun {
  const results: VisitResult[] = [];
  const allReads: ParamRead[] = [];
  const ledgers = new Map<string, YearLedger>();
  const firstYear = visits[0]?.date.slice(0, 4);

  for (const v of visits) {
    const year = v.date.slice(0, 4);
    let ledger = ledgers.get(year);
    if (!ledger) {
      ledger = openLedger(year === firstYear ? opening : undefined);
      ledgers.set(year, ledger);
    }
    const steps: TraceStep[] = [];
    const ctx: LookupContext = {
      scheme: person.scheme, kind: v.kind, level: v.level, place: v.place, category,
      age: person.ageAt(v.date), retired: person.retired,
    };
    const read = (key: ParamKey, extra: Partial<LookupContext> = {}): ParamRead => {
      let r: ParamRead;
      try {
        r = chain.read(key, v.date, { ...ctx, ...extra });
      } catch (e) {
        // The pack prices this by hospital level but the visit gave none: ask for the level,
        // rather than reporting a gap in the rules.
        if (e instanceof EngineFault && e.code === 'param-missing' && e.params.dims === 'level=?') {
          throw new EngineFault('input.required', {}, `visits[${v.index ?? 0}].hospitalLevel`);
        }
        throw e;
      }
      allReads.push(r);
      return r;
    };
    const money = (r: ParamRead): Dec | null => (r.value === null ? null : new Dec(r.value as string));
    const flag = (key: ParamKey): boolean => read(key).value === true;
    const step = (s: Omit<TraceStep, 'params'> & { params?: ParamRead[] }) => {
      if (withTrace) steps.push({ params: [], ...s });
    };

    const eligible = v.total.minus(v.outOfScope).minus(v.partialSelfPay);
    step({
      id: 'input.partition', tier: 'input', applied: true,
      vars: { total: moneyText(v.total), outOfScope: moneyText(v.outOfScope), partialSelfPay: moneyText(v.partialSelfPay), eligible: moneyText(eligible) },
    });

    // ── Tier 1: 基本医疗保险 ─────────────────────────────────────────────
    const nth = (ledger.visitsOfKind.get(v.kind) ?? 0) + 1;
    ledger.visitsOfKind.set(v.kind, nth);
    const modeRead = read('basic.deductibleMode');
    const mode = modeRead.value as 'per-visit' | 'per-year' | 'per-year-topup';
    let dedRead = read('basic.deductible');
    if (mode === 'per-visit' && nth > 1 && chain.has('basic.deductibleSubsequent', v.date)) {
      dedRead = read('basic.deductibleSubsequent');
    }
    const fullDeductible = money(dedRead)!;
    const chargedBefore = ledger.deductibleCharged.get(v.kind) ?? ZERO;
    const deductibleDue = mode === 'per-visit' ? fullDeductible : pos(fullDeductible.minus(chargedBefore));
    const charged = min(eligible, deductibleDue);
    if (mode !== 'per-visit') ledger.deductibleCharged.set(v.kind, chargedBefore.plus(charged));
    step({
      id: `basic.deductible.${mode}`, tier: 'basic', applied: charged.greaterThan(0),
      vars: { n: String(nth), deductible: moneyText(fullDeductible), due: moneyText(deductibleDue), chargedBefore: moneyText(chargedBefore), charged: moneyText(charged) },
      params: [modeRead, dedRead],
    });

    const above = eligible.minus(charged);
    const rateRead = read('basic.rate');
    const scale: Scale = isScale(rateRead.value) ? rateRead.value : flatScale(rateRead.value as string);
    const payable1 = applyScale(scale, above);
    const poolRead = read('basic.capPool');
    const pool = poolRead.value as string;
    const capRead = read('basic.annualCap', { pool });
    const cap = money(capRead);
    const capUsed = used(ledger.basicCapUsed, pool, `@${v.kind}`);
    const capLeft = cap === null ? null : pos(cap.minus(capUsed)).toDecimalPlaces(2, Dec.ROUND_DOWN);
    const capBinds = capLeft !== null && payable1.greaterThan(capLeft);
    const basic = roundFen(capBinds ? capLeft! : payable1);
    ledger.basicCapUsed.set(pool, capUsed.plus(basic));
    step({
      id: isScale(rateRead.value) ? 'basic.payment.scale' : 'basic.payment', tier: 'basic', applied: basic.greaterThan(0),
      vars: {
        above: moneyText(above), rate: isScale(rateRead.value) ? scaleText(scale) : rateText(rateRead.value as string),
        payable: moneyText(payable1), result: moneyText(basic),
      },
      result: moneyText(basic), params: [rateRead],
    });
    step({
      id: cap === null ? 'basic.cap.none' : capBinds ? 'basic.cap.reached' : 'basic.cap.within', tier: 'basic', applied: capBinds,
      vars: { cap: cap === null ? '' : moneyText(cap), used: moneyText(capUsed), left: capLeft === null ? '' : moneyText(capLeft) },
      params: [poolRead, capRead],
    });

    // The covered cost is the part of `above` the payment corresponds to; the rest is above the cap.
    const covered = capBinds ? min(invertScale(scale, basic), above) : above;
    const aboveCap = above.minus(covered);
    const remaining1 = v.total.minus(basic);

    // ── Tier 2: 大病保险 / 职工大额 ─────────────────────────────────────────
    let critical = ZERO;
    const coversRead = read('critical.covers');
    if (coversRead.value !== true) {
      step({ id: 'critical.not-covered', tier: 'critical', applied: false, vars: {}, params: [coversRead] });
    } else {
      const inDed = read('critical.base.includesBasicDeductible');
      const inCap = read('critical.base.includesAboveBasicCap');
      const inPsp = read('critical.base.includesPartialSelfPay');
      const exPen = read('critical.base.excludesPlaceReduction');
      let placeReduction = ZERO;
      if (exPen.value === true && rateRead.modifiers.some((m) => placeConditioned(chain, m.id))) {
        const plain = chain.read('basic.rate', v.date, { ...ctx, place: 'local' });
        const plainScale = isScale(plain.value) ? plain.value : flatScale(plain.value as string);
        placeReduction = pos(applyScale(plainScale, covered).minus(applyScale(scale, covered)));
      }
      const base2 = pos(
        covered.minus(basic)
          .plus(inDed.value === true ? charged : ZERO)
          .plus(inCap.value === true ? aboveCap : ZERO)
          .plus(inPsp.value === true ? v.partialSelfPay : ZERO)
          .minus(placeReduction),
      );
      const d2Read = read('critical.deductible');
      const d2 = money(d2Read)!;
      const scaleRead = read('critical.scale');
      const basisRead = read('critical.bandBasis');
      const cap2Read = read('critical.annualCap');
      const cap2 = money(cap2Read);
      const cumBefore = ledger.criticalBase;
      const cumAfter = cumBefore.plus(base2);
      ledger.criticalBase = cumAfter;
      const s2 = scaleRead.value as Scale;
      const f = (x: Dec): Dec => (basisRead.value === 'cumulative'
        ? applyScale(s2, x, d2)
        : applyScale(s2, pos(x.minus(d2))));
      const payable2 = f(cumAfter).minus(f(cumBefore));
      const cap2Left = cap2 === null ? null : pos(cap2.minus(ledger.criticalPaid)).toDecimalPlaces(2, Dec.ROUND_DOWN);
      const cap2Binds = cap2Left !== null && payable2.greaterThan(cap2Left);
      critical = roundFen(min(cap2Binds ? cap2Left! : payable2, remaining1));
      ledger.criticalPaid = ledger.criticalPaid.plus(critical);
      step({
        id: 'critical.base', tier: 'critical', applied: true,
        vars: {
          base: moneyText(base2), charged: moneyText(charged), aboveCap: moneyText(aboveCap), coinsurance: moneyText(covered.minus(basic)),
          partialSelfPay: moneyText(v.partialSelfPay), placeReduction: moneyText(placeReduction),
          cumBefore: moneyText(cumBefore), cumAfter: moneyText(cumAfter),
        },
        params: [inDed, inCap, inPsp, exPen],
      });
      if (cumAfter.lessThanOrEqualTo(d2)) {
        step({ id: 'critical.below-deductible', tier: 'critical', applied: false, vars: { deductible: moneyText(d2), cumAfter: moneyText(cumAfter) }, params: [d2Read] });
      } else {
        step({
          id: basisRead.value === 'cumulative' ? 'critical.payment.cumulative' : 'critical.payment.above-deductible',
          tier: 'critical', applied: critical.greaterThan(0),
          vars: { deductible: moneyText(d2), bands: scaleText(s2), cumBefore: moneyText(cumBefore), cumAfter: moneyText(cumAfter), payable: moneyText(payable2), result: moneyText(critical) },
          result: moneyText(critical), params: [d2Read, scaleRead, basisRead],
        });
      }
      step({
        id: cap2 === null ? 'critical.cap.none' : cap2Binds ? 'critical.cap.reached' : 'critical.cap.within', tier: 'critical', applied: cap2Binds,
        vars: { cap: cap2 === null ? '' : moneyText(cap2), left: cap2Left === null ? '' : moneyText(cap2Left) },
        params: [cap2Read],
      });
    }
    const remaining2 = remaining1.minus(critical);

    // ── Tier 3: 医疗救助 ───────────────────────────────────────────────────
    let assistance = ZERO;
    let assistanceOver = ZERO;
    let tiltEligible = false;
    let limitLeft: Dec | null = null;
    let limitPool = '';
    if (category === 'none') {
      step({ id: 'assistance.not-eligible', tier: 'assistance', applied: false, vars: {} });
    } else {
      const kindRead = read('assistance.covers');
      const placeRead = read('assistance.coversPlace');
      if (kindRead.value !== true) {
        step({ id: 'assistance.kind-not-covered', tier: 'assistance', applied: false, vars: {}, params: [kindRead] });
      } else if (placeRead.value !== true) {
        step({ id: 'assistance.place-not-covered', tier: 'assistance', applied: false, vars: {}, params: [placeRead] });
      } else {
        tiltEligible = true;
        const inPsp3 = read('assistance.base.includesPartialSelfPay');
        const inBelow = read('assistance.base.includesBelowDeductible');
        // Policy-range personal burden left by tiers 1 and 2 (国办发〔2021〕42号: 起付线以下 included).
        const base3 = pos(
          eligible.plus(inPsp3.value === true ? v.partialSelfPay : ZERO)
            .minus(basic).minus(critical)
            .minus(inBelow.value === true ? ZERO : charged),
        );
        const d3Read = read('assistance.deductible');
        const d3 = money(d3Read)!;
        const cumBefore = ledger.assistanceBase;
        const cumAfter = cumBefore.plus(base3);
        ledger.assistanceBase = cumAfter;
        assistanceOver = pos(cumAfter.minus(d3)).minus(pos(cumBefore.minus(d3)));
        const r3Read = read('assistance.rate');
        const payable3 = assistanceOver.times(r3Read.value as string);
        const poolRead3 = read('assistance.limitPool');
        limitPool = poolRead3.value as string;
        const limRead = read('assistance.annualLimit', { pool: limitPool });
        const lim = money(limRead);
        const usedBefore = used(ledger.assistanceUsed, limitPool, `@${v.kind}`);
        limitLeft = lim === null ? null : pos(lim.minus(usedBefore)).toDecimalPlaces(2, Dec.ROUND_DOWN);
        const limBinds = limitLeft !== null && payable3.greaterThan(limitLeft);
        assistance = roundFen(min(limBinds ? limitLeft! : payable3, remaining2));
        ledger.assistanceUsed.set(limitPool, usedBefore.plus(assistance));
        if (limitLeft !== null) limitLeft = limitLeft.minus(assistance);
        step({
          id: 'assistance.base', tier: 'assistance', applied: true,
          vars: { base: moneyText(base3), cumBefore: moneyText(cumBefore), cumAfter: moneyText(cumAfter), charged: moneyText(charged), partialSelfPay: moneyText(v.partialSelfPay) },
          params: [inPsp3, inBelow],
        });
        if (assistanceOver.isZero()) {
          step({ id: 'assistance.below-deductible', tier: 'assistance', applied: false, vars: { deductible: moneyText(d3), cumAfter: moneyText(cumAfter) }, params: [d3Read] });
        } else {
          step({
            id: 'assistance.payment', tier: 'assistance', applied: assistance.greaterThan(0),
            vars: { deductible: moneyText(d3), over: moneyText(assistanceOver), rate: rateText(r3Read.value as string), payable: moneyText(payable3), result: moneyText(assistance) },
            result: moneyText(assistance), params: [d3Read, r3Read],
          });
        }
        step({
          id: lim === null ? 'assistance.limit.none' : limBinds ? 'assistance.limit.reached' : 'assistance.limit.within', tier: 'assistance', applied: limBinds,
          vars: { limit: lim === null ? '' : moneyText(lim), used: moneyText(usedBefore) },
          params: [poolRead3, limRead],
        });
      }
    }
    const remaining3 = remaining2.minus(assistance);

    // ── 倾斜救助 ─────────────────────────────────────────────────────────
    let tilt = ZERO;
    if (tiltEligible) {
      const onRead = read('tilt.enabled');
      if (onRead.value !== true) {
        // An assumed "off" means the local 倾斜救助 rules were not found: say "not estimated",
        // never "not offered".
        const unknown = onRead.status === 'assumed' || onRead.status === 'estimated';
        step({ id: unknown ? 'tilt.not-estimated' : 'tilt.not-offered', tier: 'tilt', applied: false, vars: {}, params: [onRead] });
      } else {
        const basisRead = read('tilt.basis');
        const modeRead4 = read('tilt.mode');
        const inOos = read('tilt.base.includesOutOfScope');
        const inPsp4 = read('tilt.base.includesPartialSelfPay');
        const tRead = read('tilt.threshold');
        const rRead = read('tilt.rate');
        const limRead4 = read('tilt.annualLimit');
        const shares = read('tilt.sharesAssistanceLimit');
        const t = money(tRead)!;
        // The burden still left after the three tiers, as the pack scopes it.
        const burden = min(
          pos(eligible.plus(inPsp4.value === true ? v.partialSelfPay : ZERO).minus(basic).minus(critical).minus(assistance))
            .plus(inOos.value === true ? v.outOfScope : ZERO),
          remaining3,
        );
        let over: Dec;
        let before = ZERO;
        if (basisRead.value === 'per-year') {
          before = ledger.tiltBase;
          ledger.tiltBase = before.plus(burden);
          over = pos(ledger.tiltBase.minus(t)).minus(pos(before.minus(t)));
        } else {
          over = pos(burden.minus(t));
        }
        // tranche: rate × burden above the threshold; extra-points: the assistance ratio is raised
        // by `rate` points on the same amount, once the burden passes the threshold.
        const payable4 = modeRead4.value === 'tranche'
          ? over.times(rRead.value as string)
          : over.isZero() ? ZERO : assistanceOver.times(rRead.value as string);
        const lim4 = money(limRead4);
        let left4: Dec | null = lim4 === null ? null : pos(lim4.minus(ledger.tiltPaid)).toDecimalPlaces(2, Dec.ROUND_DOWN);
        if (shares.value === true && limitLeft !== null) left4 = left4 === null ? limitLeft : min(left4, limitLeft);
        const binds = left4 !== null && payable4.greaterThan(left4);
        tilt = roundFen(min(binds ? left4! : payable4, remaining3));
        ledger.tiltPaid = ledger.tiltPaid.plus(tilt);
        if (shares.value === true) ledger.assistanceUsed.set(limitPool, (ledger.assistanceUsed.get(limitPool) ?? ZERO).plus(tilt));
        const params = [basisRead, modeRead4, inOos, inPsp4, tRead, rRead, limRead4, shares];
        if (over.isZero()) {
          step({ id: 'tilt.below-threshold', tier: 'tilt', applied: false, vars: { burden: moneyText(burden), cumBefore: moneyText(before), threshold: moneyText(t) }, params });
        } else {
          step({
            id: modeRead4.value === 'tranche' ? 'tilt.payment.tranche' : 'tilt.payment.extra-points', tier: 'tilt', applied: tilt.greaterThan(0),
            vars: {
              burden: moneyText(burden), threshold: moneyText(t), over: moneyText(over), assistanceOver: moneyText(assistanceOver),
              rate: rateText(rRead.value as string), payable: moneyText(payable4), result: moneyText(tilt),
              limit: left4 === null ? '' : moneyText(left4), capped: binds ? 'yes' : 'no',
            },
            result: moneyText(tilt), params,
          });
        }
      }
    }

    const outOfPocket = v.total.minus(basic).minus(critical).minus(assistance).minus(tilt);
    step({
      id: 'result.out-of-pocket', tier: 'input', applied: true,
      vars: { total: moneyText(v.total), basic: moneyText(basic), critical: moneyText(critical), assistance: moneyText(assistance), tilt: moneyText(tilt), outOfPocket: moneyText(outOfPocket) },
      result: moneyText(outOfPocket),
    });
    results.push({
      id: v.id, kind: v.kind, date: v.date, total: fen(v.total), basic: fen(basic), critical: fen(critical),
      assistance: fen(assistance), tilt: fen(tilt), outOfPocket: fen(outOfPocket),
      ...(withTrace ? { trace: steps } : {}),
    });
  }
  return { visits: results, reads: allReads };
}

/** Whether a modifier of basic.rate is a place-of-care reduction (for 深圳-style 大病 scope). */
function placeConditioned(chain: PackChain, modifierId: string): boolean {
  for (const l of chain.layers) {
    for (const e of l.parameters['basic.rate'] ?? []) {
      const m = e.modifiers?.find((x) => x.id === modifierId);
      if (m) return m.when.places !== undefined;
    }
  }
  return false;
}

