// Trace step ids: one per branch a rule can take, and the key of its template (trace.<id> in
// src/i18n/engine.*.ts). The pipeline emits them, the renderers look their templates up, and the
// what-if curve reads which branch each rule took from `rule` — typed data, never a parsed string.
/** The four tiers of 三重制度 plus 倾斜救助, in the order they pay (「先保险后救助」). */
export type Tier = 'basic' | 'critical' | 'assistance' | 'tilt';

/** A rule as the trace reports it: its branches share the rule and differ in the step id. */
export type TraceRule =
  | 'input.partition' | 'result.out-of-pocket'
  | 'basic.deductible' | 'basic.payment' | 'basic.cap'
  | 'critical.scope' | 'critical.base' | 'critical.below-deductible' | 'critical.payment' | 'critical.cap'
  | 'assistance.scope' | 'assistance.base' | 'assistance.below-deductible' | 'assistance.payment' | 'assistance.limit'
  | 'tilt.scope' | 'tilt.below-threshold' | 'tilt.payment';

export interface TraceStepInfo { tier: Tier | 'input'; rule: TraceRule }

const step = (tier: TraceStepInfo['tier'], rule: TraceRule): TraceStepInfo => ({ tier, rule });

export const TRACE_STEPS = {
  'input.partition': step('input', 'input.partition'),
  'basic.deductible.per-visit': step('basic', 'basic.deductible'),
  'basic.deductible.per-year': step('basic', 'basic.deductible'),
  'basic.deductible.per-year-topup': step('basic', 'basic.deductible'),
  'basic.payment': step('basic', 'basic.payment'),
  'basic.payment.scale': step('basic', 'basic.payment'),
  'basic.cap.none': step('basic', 'basic.cap'),
  'basic.cap.within': step('basic', 'basic.cap'),
  'basic.cap.reached': step('basic', 'basic.cap'),
  'critical.not-covered': step('critical', 'critical.scope'),
  'critical.base': step('critical', 'critical.base'),
  'critical.below-deductible': step('critical', 'critical.below-deductible'),
  'critical.payment.cumulative': step('critical', 'critical.payment'),
  'critical.payment.above-deductible': step('critical', 'critical.payment'),
  'critical.cap.none': step('critical', 'critical.cap'),
  'critical.cap.within': step('critical', 'critical.cap'),
  'critical.cap.reached': step('critical', 'critical.cap'),
  'assistance.not-eligible': step('assistance', 'assistance.scope'),
  'assistance.kind-not-covered': step('assistance', 'assistance.scope'),
  'assistance.place-not-covered': step('assistance', 'assistance.scope'),
  'assistance.base': step('assistance', 'assistance.base'),
  'assistance.below-deductible': step('assistance', 'assistance.below-deductible'),
  'assistance.payment': step('assistance', 'assistance.payment'),
  'assistance.limit.none': step('assistance', 'assistance.limit'),
  'assistance.limit.within': step('assistance', 'assistance.limit'),
  'assistance.limit.reached': step('assistance', 'assistance.limit'),
  'tilt.not-estimated': step('tilt', 'tilt.scope'),
  'tilt.not-offered': step('tilt', 'tilt.scope'),
  'tilt.below-threshold': step('tilt', 'tilt.below-threshold'),
  'tilt.payment.tranche': step('tilt', 'tilt.payment'),
  'tilt.payment.extra-points': step('tilt', 'tilt.payment'),
  'result.out-of-pocket': step('input', 'result.out-of-pocket'),
} as const satisfies Record<string, TraceStepInfo>;

export type TraceStepId = keyof typeof TRACE_STEPS;

/** The i18next key of a step's sentence (engine namespace). */
export const traceTemplateKey = (id: TraceStepId): `trace.${TraceStepId}` => `trace.${id}`;
