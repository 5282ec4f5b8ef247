// What a tier works with besides the ledger: the visit's rules (parameter reads, recorded for the
// assumptions list and cited by trace steps) and the trace it writes to. Bookkeeping only — the
// policy arithmetic lives in basic.ts, critical.ts, assistance.ts and tilt.ts.
import { Dec, fen, pos } from '../../money/decimal.js';
import type { ParamRead, TraceStep } from '../../model/io.js';
import { TRACE_STEPS, type TraceStepId } from '../../model/trace-steps.js';
import { contextKey, type LookupContext, type PackChain } from '../../packs/resolve.js';
import { decOf } from '../scale.js';
import type { ParamKey } from '../../packs/registry.js';
import type { Scale } from '../../model/rulepack.js';
import { EngineFault } from '../../model/fault.js';
import type { SettledVisit } from '../../model/settled.js';

/** What the tiers use of a pack chain (a unit test may hand over a stand-in). */
export type ChainView = Pick<PackChain, 'read' | 'has' | 'layers'>;

/** The rules in force for one visit (its date, kind, level, place, the person and identity). */
export class VisitRules {
  private readonly byKey = new Map<ParamKey, ParamRead>();
  /** The chain's memo key for this visit's context, built once (most reads add nothing to it). */
  private readonly ctxKey: string;

  constructor(
    private readonly chain: ChainView, private readonly visit: SettledVisit,
    private readonly ctx: LookupContext, private readonly recorded: ParamRead[],
  ) {
    this.ctxKey = contextKey(visit.date, ctx);
  }

  private lookup(key: ParamKey, extra: Partial<LookupContext> | undefined): ParamRead {
    if (!extra) return this.chain.read(key, this.visit.date, this.ctx, this.ctxKey);
    const ctx = { ...this.ctx, ...extra };
    return this.chain.read(key, this.visit.date, ctx, contextKey(this.visit.date, ctx));
  }

  /** Reads a parameter; the read is recorded (assumptions) and kept for cite(). */
  read(key: ParamKey, extra?: Partial<LookupContext>): ParamRead {
    let r: ParamRead;
    try {
      r = this.lookup(key, extra);
    } catch (e) {
      // The pack prices this by hospital level but the visit gave none: ask for the level,
      // rather than reporting a gap in the rules.
      if (e instanceof EngineFault && e.code === 'param-missing' && e.params.dims === 'level=?') {
        throw new EngineFault('input.required', {}, `visits[${this.visit.index ?? 0}].hospitalLevel`);
      }
      throw e;
    }
    this.recorded.push(r);
    this.byKey.set(key, r);
    return r;
  }

  /** A money parameter; null = no cap / no limit. */
  money(key: ParamKey, extra?: Partial<LookupContext>): Dec | null {
    const v = this.read(key, extra).value;
    return v === null ? null : decOf(v as string);
  }

  /** A switch parameter: only an explicit true turns it on. */
  on(key: ParamKey): boolean { return this.read(key).value === true; }

  /** A rate, a choice or a pool name. */
  text(key: ParamKey, extra?: Partial<LookupContext>): string { return this.read(key, extra).value as string; }

  has(key: ParamKey): boolean { return this.chain.has(key, this.visit.date); }

  /** The reads a trace step cites, by key (each read earlier for this visit). */
  cite(...keys: ParamKey[]): ParamRead[] { return keys.map((k) => this.byKey.get(k)!); }

  /** A look-up for comparison only: not recorded, since the estimate does not rest on it. */
  readAside(key: ParamKey, extra: Partial<LookupContext>): ParamRead {
    return this.lookup(key, extra);
  }

  /** Whether a modifier of `key` is conditioned on the place of care (e.g. a 异地就医 reduction). */
  placeConditioned(key: ParamKey, modifierId: string): boolean {
    for (const l of this.chain.layers) {
      for (const e of l.parameters[key] ?? []) {
        const m = e.modifiers?.find((x) => x.id === modifierId);
        if (m) return m.when.places !== undefined;
      }
    }
    return false;
  }
}

/** Trace variables: money as Dec (written to the fen), anything else as text. */
export type StepVars = Record<string, Dec | string>;

/** The visit's trace; a no-op when the caller asked for figures only. */
export class Trace {
  readonly steps: TraceStep[] = [];
  constructor(readonly enabled: boolean) {}

  step(id: TraceStepId, applied: boolean, vars: StepVars = {}, params: ParamRead[] = [], result?: Dec): void {
    if (!this.enabled) return;
    const text: Record<string, string> = {};
    for (const [k, v] of Object.entries(vars)) text[k] = typeof v === 'string' ? v : fen(v);
    this.steps.push({ params, id, tier: TRACE_STEPS[id].tier, applied, vars: text, ...(result ? { result: fen(result) } : {}) });
  }
}

/** 政策范围内费用: the bill less 全自费 and 乙类先行自付. */
export const eligibleCost = (v: SettledVisit): Dec => v.total.minus(v.outOfScope).minus(v.partialSelfPay);

/** What is left under an annual cap or limit (null = none), to the fen below: never a fen too many. */
export const leftUnder = (cap: Dec | null, used: Dec): Dec | null =>
  (cap === null ? null : pos(cap.minus(used)).toDecimalPlaces(2, Dec.ROUND_DOWN));

/** The payable held to what is left; `binds` = the cap, not the rate, decides the payment. */
export function holdTo(payable: Dec, left: Dec | null): { amount: Dec; binds: boolean } {
  const binds = left !== null && payable.greaterThan(left);
  return { amount: binds ? left! : payable, binds };
}

/** The part of a cumulative amount, grown from `before` to `after`, that newly passes a threshold. */
export const newlyAbove = (threshold: Dec, before: Dec, after: Dec): Dec =>
  pos(after.minus(threshold)).minus(pos(before.minus(threshold)));

/** A rate as a percentage for the trace: 0.7 → "70". */
export const rateText = (x: Dec | string): string => new Dec(x).times(100).toDecimalPlaces(4).toString();

export const scaleText = (s: Scale): string =>
  s.bands.map((b) => `${fen(new Dec(b.from))}+:${rateText(b.rate)}%`).join('; ');
