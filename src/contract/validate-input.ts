// Checks and normalises an estimate input. Every fault names its field path; nothing is guessed.
import { Dec, ZERO, fen } from '../money/decimal.js';
import { MAX_AMOUNT, parseMoney } from '../money/parse-money.js';
import { isValidDate } from '../packs/validate.js';
import {
  CATEGORY_IDS, HOSPITAL_LEVELS, PLACES, SCHEMES, VISIT_KINDS, type CategoryId, type Scheme,
} from '../model/vocabulary.js';
import type { RulePack } from '../model/rulepack.js';
import type { SettledVisit, OpeningLedger } from '../model/settled.js';
import type { Lang } from '../model/io.js';
import { ADMISSIONS_MAX, AGE_MAX, AGE_MIN, isCountIn, needsLevel } from './input-limits.js';

export const MAX_VISITS = 100;

export interface InputFault { code: string; path: string; params?: Record<string, string> }

export interface NormalInput {
  region?: string;
  pack?: unknown;
  scheme: Scheme;
  retired: boolean;
  birthDate?: string;
  age?: number;
  categories: CategoryId[];
  visits: SettledVisit[];
  opening?: OpeningLedger;
  trace: boolean;
  lang: Lang;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export function normaliseInput(raw: unknown): { ok: true; input: NormalInput } | { ok: false; faults: InputFault[] } {
  const faults: InputFault[] = [];
  const fault = (code: string, path: string, params?: Record<string, string>) => {
    if (faults.length < 20) faults.push({ code, path, ...(params ? { params } : {}) });
  };
  const onlyKeys = (x: Record<string, unknown>, path: string, allowed: string[]) => {
    for (const k of Object.keys(x)) if (!allowed.includes(k)) fault('input.unknown-key', path ? `${path}.${k}` : k, { key: k });
  };
  const oneOf = (x: unknown, path: string, allowed: readonly string[]): boolean => {
    if (typeof x === 'string' && allowed.includes(x)) return true;
    fault('input.invalid-choice', path, { allowed: allowed.join(', ') });
    return false;
  };
  const money = (x: unknown, path: string, dflt?: string): Dec | null => {
    if (x === undefined && dflt !== undefined) return new Dec(dflt);
    if (x === undefined) { fault('input.required', path); return null; }
    if (typeof x !== 'string') { fault('input.money.not-string', path); return null; }
    const r = parseMoney(x);
    if (!r.ok) { fault(`money.${r.error}`, path, { max: MAX_AMOUNT }); return null; }
    return new Dec(r.value);
  };

  if (!isObj(raw)) return { ok: false, faults: [{ code: 'input.not-object', path: '' }] };
  onlyKeys(raw, '', ['region', 'pack', 'person', 'visits', 'yearToDate', 'options']);

  const hasRegion = raw.region !== undefined;
  const hasPack = raw.pack !== undefined;
  if (hasRegion === hasPack) fault('input.region-or-pack', hasRegion ? 'pack' : 'region');
  if (hasRegion && (typeof raw.region !== 'string' || !/^\d{6}$/.test(raw.region))) fault('input.region-code', 'region');

  let lang: Lang = 'zh-CN';
  let trace = true;
  if (raw.options !== undefined) {
    if (!isObj(raw.options)) fault('input.not-object', 'options');
    else {
      onlyKeys(raw.options, 'options', ['trace', 'lang']);
      if (raw.options.lang !== undefined && oneOf(raw.options.lang, 'options.lang', ['zh-CN', 'en'])) lang = raw.options.lang as Lang;
      if (raw.options.trace !== undefined) {
        if (typeof raw.options.trace !== 'boolean') fault('input.boolean', 'options.trace');
        else trace = raw.options.trace;
      }
    }
  }

  let scheme: Scheme = 'resident';
  let retired = false;
  let birthDate: string | undefined;
  let age: number | undefined;
  const categories: CategoryId[] = [];
  const p = raw.person;
  if (!isObj(p)) fault(p === undefined ? 'input.required' : 'input.not-object', 'person');
  else {
    onlyKeys(p, 'person', ['scheme', 'retired', 'birthDate', 'age', 'categories']);
    if (p.scheme === undefined) fault('input.required', 'person.scheme');
    else if (oneOf(p.scheme, 'person.scheme', SCHEMES)) scheme = p.scheme as Scheme;
    if (p.retired !== undefined) {
      if (typeof p.retired !== 'boolean') fault('input.boolean', 'person.retired');
      else retired = p.retired;
    }
    if (p.birthDate !== undefined) {
      if (!isValidDate(p.birthDate)) fault('input.date', 'person.birthDate');
      else birthDate = p.birthDate;
    }
    if (p.age !== undefined) {
      if (typeof p.age !== 'number' || !isCountIn(p.age, AGE_MIN, AGE_MAX)) fault('input.age', 'person.age');
      else age = p.age;
    }
    if (birthDate !== undefined && age !== undefined) fault('input.age-and-birth', 'person.age');
    if (p.categories !== undefined) {
      if (!Array.isArray(p.categories)) fault('input.list', 'person.categories');
      else p.categories.forEach((c, i) => {
        if (oneOf(c, `person.categories[${i}]`, CATEGORY_IDS) && !categories.includes(c as CategoryId)) categories.push(c as CategoryId);
      });
    }
  }

  const visits: SettledVisit[] = [];
  if (!Array.isArray(raw.visits)) fault(raw.visits === undefined ? 'input.required' : 'input.list', 'visits');
  else if (raw.visits.length === 0) fault('input.no-visits', 'visits');
  else if (raw.visits.length > MAX_VISITS) fault('input.too-many-visits', 'visits', { max: String(MAX_VISITS) });
  else {
    const ids = new Set<string>();
    raw.visits.forEach((v, i) => {
      const path = `visits[${i}]`;
      if (!isObj(v)) { fault('input.not-object', path); return; }
      onlyKeys(v, path, ['id', 'kind', 'date', 'hospitalLevel', 'place', 'total', 'outOfScope', 'partialSelfPay']);
      let id = `v${i + 1}`;
      if (v.id !== undefined) {
        if (typeof v.id !== 'string' || !/^[\w.-]{1,40}$/.test(v.id)) fault('input.visit-id', `${path}.id`);
        else id = v.id;
      }
      if (ids.has(id)) fault('input.duplicate-id', `${path}.id`, { id });
      ids.add(id);
      const kindOk = v.kind === undefined ? (fault('input.required', `${path}.kind`), false) : oneOf(v.kind, `${path}.kind`, VISIT_KINDS);
      const dateOk = v.date === undefined ? (fault('input.required', `${path}.date`), false) : isValidDate(v.date) || (fault('input.date', `${path}.date`), false);
      let level: SettledVisit['level'];
      if (v.hospitalLevel !== undefined) {
        if (oneOf(v.hospitalLevel, `${path}.hospitalLevel`, HOSPITAL_LEVELS)) level = v.hospitalLevel as SettledVisit['level'];
      } else if (typeof v.kind === 'string' && needsLevel(v.kind)) fault('input.required', `${path}.hospitalLevel`);
      let place: SettledVisit['place'] = 'local';
      if (v.place !== undefined && oneOf(v.place, `${path}.place`, PLACES)) place = v.place as SettledVisit['place'];
      const total = money(v.total, `${path}.total`);
      const oos = money(v.outOfScope, `${path}.outOfScope`, '0');
      const psp = money(v.partialSelfPay, `${path}.partialSelfPay`, '0');
      if (total && oos && psp && oos.plus(psp).greaterThan(total)) {
        // Blame the field that overshoots on its own; the sum of both, on outOfScope.
        const blamed = psp.greaterThan(total) && !oos.greaterThan(total) ? 'partialSelfPay' : 'outOfScope';
        fault('input.parts-exceed-total', `${path}.${blamed}`, { total: fen(total) });
      }
      if (kindOk && dateOk && total && oos && psp) {
        visits.push({ index: i, id, kind: v.kind as SettledVisit['kind'], date: v.date as string, level, place, total, outOfScope: oos, partialSelfPay: psp });
      }
    });
    if (birthDate) raw.visits.forEach((v, i) => {
      if (isObj(v) && typeof v.date === 'string' && isValidDate(v.date) && v.date < birthDate!) fault('input.visit-before-birth', `visits[${i}].date`);
    });
    // A date of birth is bounded as an age is (0–130 years at every visit).
    if (birthDate && visits.some((v) => ageOn(birthDate!, v.date) > AGE_MAX)) fault('input.birth-date-range', 'person.birthDate');
  }

  let opening: OpeningLedger | undefined;
  if (raw.yearToDate !== undefined) {
    const y = raw.yearToDate;
    if (!isObj(y)) fault('input.not-object', 'yearToDate');
    else {
      const moneyKeys = ['basicDeductiblePaid', 'basicPaid', 'criticalBase', 'criticalPaid', 'assistanceBase', 'assistancePaid', 'tiltBase', 'tiltPaid'] as const;
      onlyKeys(y, 'yearToDate', ['inpatientAdmissions', ...moneyKeys]);
      let admissions = 0;
      if (y.inpatientAdmissions !== undefined) {
        if (typeof y.inpatientAdmissions !== 'number' || !isCountIn(y.inpatientAdmissions, 0, ADMISSIONS_MAX)) {
          fault('input.count', 'yearToDate.inpatientAdmissions');
        } else admissions = y.inpatientAdmissions;
      }
      const vals = Object.fromEntries(moneyKeys.map((k) => [k, money(y[k], `yearToDate.${k}`, '0') ?? ZERO])) as Record<(typeof moneyKeys)[number], Dec>;
      opening = { inpatientAdmissions: admissions, ...vals };
    }
  }

  // yearToDate is what was settled earlier in ONE calendar year; visits in two years would apply it
  // to the wrong one, so such an input is refused (estimate each year on its own).
  const years = [...new Set(visits.map((v) => v.date.slice(0, 4)))].sort();
  if (opening && years.length > 1) fault('input.ytd-years', 'yearToDate', { years: years.join(', ') });

  if (faults.length) return { ok: false, faults };
  // Settlement order: by date; input order breaks ties (a stable sort).
  visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    ok: true,
    input: {
      ...(hasRegion ? { region: raw.region as string } : { pack: raw.pack }),
      scheme, retired, birthDate, age, categories, visits, opening, trace, lang,
    },
  };
}

/** 周岁 on a date. */
export function ageOn(birthDate: string, date: string): number {
  const by = +birthDate.slice(0, 4);
  const y = +date.slice(0, 4);
  return y - by - (date.slice(5) < birthDate.slice(5) ? 1 : 0);
}

export type { RulePack };
