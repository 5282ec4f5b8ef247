// Every parameter the pipeline reads: its table dimensions (in lookup order) and leaf type.
// A pack key not listed here is rejected; a key listed here but absent from a pack is an error
// only when the pipeline needs it for a visit (never a silent zero).
import { CATEGORY_IDS, HOSPITAL_LEVELS, PLACES, SCHEMES, VISIT_KINDS } from '../model/vocabulary.js';

export type Dim = 'scheme' | 'kind' | 'level' | 'place' | 'category' | 'pool';
export type LeafType =
  | 'money' // decimal string ≥ 0
  | 'money-or-none' // decimal string, or null = no cap
  | 'rate' // decimal string in [0, 1]
  | 'rate-or-scale' // rate, or a marginal Scale
  | 'scale'
  | 'bool'
  | 'pool' // pool id, [a-z-]+
  | `enum:${string}`;

/**
 * `generous`: which way a numeric parameter helps the person (rates, caps, limits: higher;
 * deductibles and thresholds: lower). Bounded estimates take the generous and strict ends of an
 * unknown's range from it; switches (bool, enum, pool) have none and may not be ranges.
 */
export interface ParamSpec { dims: Dim[]; leaf: LeafType; label: { 'zh-CN': string; en: string }; generous?: 'higher' | 'lower' }

export const DIM_VALUES: Record<Dim, readonly string[] | null> = {
  scheme: SCHEMES,
  kind: VISIT_KINDS,
  level: HOSPITAL_LEVELS,
  place: PLACES,
  category: [...CATEGORY_IDS, 'none'],
  pool: null, // free pool ids
};

const L = (zh: string, en: string) => ({ 'zh-CN': zh, en });

export const PARAMS = {
  // — Tier 1: 基本医疗保险 —
  'basic.deductible': { dims: ['scheme', 'kind', 'level'], leaf: 'money', label: L('基本医保起付标准', 'Basic insurance deductible'), generous: 'lower' },
  'basic.deductibleSubsequent': { dims: ['scheme', 'kind', 'level'], leaf: 'money', label: L('年内再次住院起付标准', 'Deductible for later admissions in the year'), generous: 'lower' },
  'basic.deductibleMode': { dims: ['scheme', 'kind'], leaf: 'enum:per-visit|per-year|per-year-topup', label: L('起付标准计算方式', 'How the deductible is charged') },
  'basic.rate': { dims: ['scheme', 'kind', 'level'], leaf: 'rate-or-scale', label: L('基本医保支付比例', 'Basic insurance payment ratio'), generous: 'higher' },
  'basic.capPool': { dims: ['scheme', 'kind'], leaf: 'pool', label: L('共用最高支付限额', 'Shared annual cap') },
  'basic.annualCap': { dims: ['scheme', 'pool'], leaf: 'money-or-none', label: L('基本医保年度最高支付限额', 'Basic insurance annual cap'), generous: 'higher' },
  // — Tier 2: 大病保险 (职工: 大额医疗费用补助) —
  'critical.covers': { dims: ['scheme', 'kind'], leaf: 'bool', label: L('大病保险覆盖范围', 'Critical-illness insurance covers') },
  'critical.deductible': { dims: ['scheme'], leaf: 'money', label: L('大病保险起付标准', 'Critical-illness deductible'), generous: 'lower' },
  'critical.scale': { dims: ['scheme'], leaf: 'scale', label: L('大病保险分段支付比例', 'Critical-illness banded ratios'), generous: 'higher' },
  'critical.bandBasis': { dims: ['scheme'], leaf: 'enum:cumulative|above-deductible', label: L('分段计算口径', 'What the bands are measured on') },
  'critical.annualCap': { dims: ['scheme'], leaf: 'money-or-none', label: L('大病保险年度最高支付限额', 'Critical-illness annual cap'), generous: 'higher' },
  'critical.base.includesBasicDeductible': { dims: ['scheme'], leaf: 'bool', label: L('基本医保起付线以下费用计入大病', 'Basic deductible counts toward critical illness') },
  'critical.base.includesAboveBasicCap': { dims: ['scheme'], leaf: 'bool', label: L('超基本医保限额费用计入大病', 'Costs above the basic cap count toward critical illness') },
  'critical.base.includesPartialSelfPay': { dims: ['scheme'], leaf: 'bool', label: L('乙类先行自付计入大病', 'Class-B co-payment counts toward critical illness') },
  'critical.base.excludesPlaceReduction': { dims: ['scheme'], leaf: 'bool', label: L('降低比例部分不计入大病', 'Ratio reductions excluded from critical illness') },
  // — Tier 3: 医疗救助 —
  'assistance.covers': { dims: ['kind'], leaf: 'bool', label: L('医疗救助覆盖范围', 'Medical assistance covers') },
  'assistance.coversPlace': { dims: ['place'], leaf: 'bool', label: L('就医地点是否纳入救助', 'Place of care covered by assistance') },
  'assistance.deductible': { dims: ['category'], leaf: 'money', label: L('医疗救助年度起付标准', 'Medical assistance annual deductible'), generous: 'lower' },
  'assistance.rate': { dims: ['category', 'kind'], leaf: 'rate', label: L('医疗救助比例', 'Medical assistance ratio'), generous: 'higher' },
  'assistance.limitPool': { dims: ['kind'], leaf: 'pool', label: L('共用救助限额', 'Shared assistance limit') },
  'assistance.annualLimit': { dims: ['category', 'pool'], leaf: 'money-or-none', label: L('医疗救助年度限额', 'Medical assistance annual limit'), generous: 'higher' },
  'assistance.base.includesPartialSelfPay': { dims: [], leaf: 'bool', label: L('乙类先行自付纳入救助', 'Class-B co-payment inside assistance base') },
  'assistance.base.includesBelowDeductible': { dims: [], leaf: 'bool', label: L('起付线以下费用纳入救助', 'Costs below the deductibles inside assistance base') },
  // — 倾斜救助 —
  'tilt.enabled': { dims: ['category'], leaf: 'bool', label: L('倾斜救助', 'Extra (tilt) assistance') },
  'tilt.basis': { dims: [], leaf: 'enum:per-visit|per-year', label: L('倾斜救助计算周期', 'Tilt assessed per visit or per year') },
  'tilt.mode': { dims: [], leaf: 'enum:tranche|extra-points', label: L('倾斜救助方式', 'Tilt form') },
  'tilt.threshold': { dims: ['category'], leaf: 'money', label: L('倾斜救助起付标准', 'Tilt threshold'), generous: 'lower' },
  'tilt.rate': { dims: ['category'], leaf: 'rate', label: L('倾斜救助比例', 'Tilt ratio'), generous: 'higher' },
  'tilt.annualLimit': { dims: ['category'], leaf: 'money-or-none', label: L('倾斜救助年度限额', 'Tilt annual limit'), generous: 'higher' },
  'tilt.sharesAssistanceLimit': { dims: [], leaf: 'bool', label: L('倾斜救助计入救助年度限额', 'Tilt counts against the assistance limit') },
  'tilt.base.includesOutOfScope': { dims: [], leaf: 'bool', label: L('政策范围外费用纳入倾斜救助', 'Out-of-scope costs inside tilt base') },
  'tilt.base.includesPartialSelfPay': { dims: [], leaf: 'bool', label: L('乙类先行自付纳入倾斜救助', 'Class-B co-payment inside tilt base') },
} as const satisfies Record<string, ParamSpec>;

export type ParamKey = keyof typeof PARAMS;
export const PARAM_KEYS = Object.keys(PARAMS) as ParamKey[];
