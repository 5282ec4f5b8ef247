// Unit-test support for the tier functions (src/engine/tiers/): a stand-in pack chain that answers
// each parameter with a given value (or refuses, like a pack lacking it), a visit, and a ledger.
import { Dec } from '../../../src/money/decimal.js';
import type { ParamRead, TraceStep } from '../../../src/model/io.js';
import type { LookupContext } from '../../../src/packs/resolve.js';
import type { ParamKey } from '../../../src/packs/registry.js';
import type { RulePack } from '../../../src/model/rulepack.js';
import type { Status } from '../../../src/model/vocabulary.js';
import { EngineFault } from '../../../src/model/fault.js';
import { Trace, VisitRules, type ChainView } from '../../../src/engine/tiers/context.js';
import type { SettledVisit } from '../../../src/model/settled.js';

type Value = ParamRead['value'];
export type Values = Partial<Record<ParamKey, Value | ((ctx: LookupContext) => Value)>>;

export interface StandIn {
  status?: Partial<Record<ParamKey, Status>>;
  modifiers?: Partial<Record<ParamKey, ParamRead['modifiers']>>;
  layers?: RulePack[];
  category?: string;
}

export const D = (x: string | number): Dec => new Dec(x);

export function visit(total: string, outOfScope = '0', partialSelfPay = '0', more: Partial<SettledVisit> = {}): SettledVisit {
  return {
    id: 'v1', kind: 'inpatient', date: '2025-06-01', level: 'tertiary', place: 'local',
    total: D(total), outOfScope: D(outOfScope), partialSelfPay: D(partialSelfPay), ...more,
  };
}

/** The visit's rules over the given values; `reads` lists every recorded read, in order. */
export function rulesFor(v: SettledVisit, values: Values, o: StandIn = {}): { rules: VisitRules; reads: ParamRead[]; trace: Trace } {
  const chain: ChainView = {
    layers: o.layers ?? [],
    has: (key) => key in values,
    read: (key, _date, ctx) => {
      const raw = values[key];
      if (raw === undefined) throw new EngineFault('param-missing', { key, dims: '' });
      return {
        key, dims: {}, value: typeof raw === 'function' ? raw(ctx) : raw, status: o.status?.[key] ?? 'stated',
        layer: 'unit-test', from: '2025-01-01', cite: [], modifiers: o.modifiers?.[key] ?? [],
      };
    },
  };
  const reads: ParamRead[] = [];
  const ctx = { scheme: 'resident', kind: v.kind, level: v.level, place: v.place, category: o.category ?? 'none', age: 40, retired: false };
  return { rules: new VisitRules(chain, v, ctx, reads), reads, trace: new Trace(true) };
}

export const ids = (t: Trace): string[] => t.steps.map((s) => s.id);
export const stepOf = (t: Trace, id: string): TraceStep => {
  const s = t.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id} in ${ids(t).join(', ')}`);
  return s;
};
