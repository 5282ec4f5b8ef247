// The domain vocabulary every layer shares: schemes, visit kinds, hospital levels, places of care,
// assistance identities, value statuses and source reliabilities, and the bilingual text pair.
// The lowest words of the model (src/model/): rule packs, the contract and the engine all speak them.

export const SCHEMES = ['resident', 'employee'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const VISIT_KINDS = ['inpatient', 'outpatient-special', 'outpatient-chronic', 'outpatient-general'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export const HOSPITAL_LEVELS = ['primary', 'secondary', 'tertiary'] as const;
export type HospitalLevel = (typeof HOSPITAL_LEVELS)[number];

/** Where the care happened, relative to the person's 统筹地区. */
export const PLACES = [
  'local', // 统筹区内
  'referred', // 省内异地，按规定转诊
  'out-of-province-registered', // 跨省异地就医，已备案（长期居住或转诊）
  'out-of-province-temporary', // 跨省临时外出，已备案但非转诊/急诊
  'unreferred', // 未按规定转诊或未备案
] as const;
export type Place = (typeof PLACES)[number];

/** Shared assistance identity ids (DESIGN.md); packs map them to local classes. */
export const CATEGORY_IDS = [
  'extreme-poverty', 'orphan', 'subsistence', 'returned-to-poverty', 'near-subsistence',
  'rural-at-risk', 'illness-impoverished', 'expenditure-hardship',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];
/** `none` is the ordinary insured person, the dimension value used in tables. */
export type CategoryDim = CategoryId | 'none';

/** How sure a value is. Ordered from most to least certain. */
export const STATUSES = ['stated', 'official', 'derived', 'assumed', 'estimated'] as const;
export type Status = (typeof STATUSES)[number];

/** USER: a value the person (or hotline agent) typed in for a rule the pack lacks. */
export type Reliability = 'OFF' | 'OFF-MIRROR' | 'MEDIA' | 'SEC' | 'TEST' | 'USER';

export interface LocalText { 'zh-CN': string; en: string }
