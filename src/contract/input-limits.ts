// Bounds of an estimate input, in their own dependency-free module so the widgets' initial chunk
// can check a form against the same numbers the engine enforces (validate-input.ts) without
// carrying decimal.js.

/** Age in whole years (an age, or a date of birth at every visit). */
export const AGE_MIN = 0;
export const AGE_MAX = 130;
/** Inpatient admissions already settled this year: at most one a day. */
export const ADMISSIONS_MAX = 366;

/** Visit kinds whose reimbursement depends on the hospital level (the field is then required). */
export function needsLevel(kind: string): boolean {
  return kind === 'inpatient' || kind === 'outpatient-special';
}

/** A whole number within [min, max] (the engine's check for counts and ages). */
export function isCountIn(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}
