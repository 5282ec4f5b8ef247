// Opt-in URL-fragment sharing (attribute share-url): the form in location.hash, never sent to any
// server. Loaded only on pages that opt in, so it costs nothing on the others.
import { HOSPITAL_LEVELS, PLACES, VISIT_KINDS, type CategoryId, type Scheme } from '../../src/index.js';
import {
  NO_SUPPLIED, YTD_MONEY, isCategoryId, moneyField,
  type FormState, type MoneyField, type Supplied, type VisitForm, type YtdMoneyKey,
} from './form-model.js';
import { isCellOf, isParamKey } from '../../src/packs/own.js';

/**
 * Supplied values from a shared fragment — data from whoever crafted the link: a value is kept only
 * if its key is a registered parameter (own key) and its cell names only that parameter's dimensions
 * with allowed values, so "__proto__" or "constructor" never reaches a table (issue 13).
 */
function readSupplied(raw: unknown): Supplied {
  const u = (raw ?? {}) as { p?: unknown; s?: unknown };
  const isCell = (c: unknown): c is Record<string, string> =>
    !!c && typeof c === 'object' && !Array.isArray(c) && Object.values(c).every((x) => typeof x === 'string');
  const params = (Array.isArray(u.p) ? u.p : []).slice(0, 50).flatMap((x: unknown) => {
    if (!Array.isArray(x)) return [];
    const [key, cell, value] = x as unknown[];
    const okValue = value === null || typeof value === 'boolean' || (typeof value === 'string' && /^[a-z0-9.-]{1,40}$/.test(value));
    return isParamKey(key) && isCell(cell) && isCellOf(key, cell) && okValue ? [{ key, cell: { ...cell }, value: value as string | boolean | null }] : [];
  });
  const series = (Array.isArray(u.s) ? u.s : []).slice(0, 20).flatMap((x: unknown) => {
    if (!Array.isArray(x)) return [];
    const [name, year, value] = x as unknown[];
    return typeof name === 'string' && /^[a-z0-9][a-z0-9-]{0,63}$/.test(name) && Number.isInteger(year) && typeof value === 'string' && /^\d+(\.\d{1,2})?$/.test(value)
      ? [{ series: name, year: year as number, value }] : [];
  });
  return params.length || series.length ? { params, series } : NO_SUPPLIED;
}


export function writeShareFragment(key: string, f: FormState): void {
  const data = {
    r: f.region, s: f.scheme, rt: f.retired, c: f.categories, a: f.ageText, b: f.birthDate, n: f.admissionsText,
    y: Object.fromEntries(YTD_MONEY.filter((k) => f.ytd[k].text).map((k) => [k, f.ytd[k].text])),
    v: f.visits.map((v) => ({ k: v.kind, l: v.level, p: v.place, d: v.date, m: v.billMode, b: Object.fromEntries(Object.entries(v.bill).filter(([, x]) => x.text).map(([p, x]) => [p, x.text])) })),
    ...(f.supplied.params.length || f.supplied.series.length ? {
      u: { p: f.supplied.params.map((v) => [v.key, v.cell, v.value]), s: f.supplied.series.map((v) => [v.series, v.year, v.value]) },
    } : {}),
  };
  const params = new URLSearchParams(location.hash.slice(1));
  params.set(key, JSON.stringify(data));
  history.replaceState(history.state, '', `#${params.toString()}`);
}

export interface RestoreOptions {
  newVisit: () => VisitForm;
  /** Locked presets win over the fragment. */
  region?: string;
  scheme?: Scheme;
  categories?: CategoryId[];
}

/** The form as shared in the fragment, or null when there is none (or it is damaged). */
export function readShareFragment(key: string, o: RestoreOptions): FormState | null {
  try {
    const raw = new URLSearchParams(location.hash.slice(1)).get(key);
    if (!raw) return null;
    const d = JSON.parse(raw) as Record<string, unknown>;
    const str = (x: unknown) => (typeof x === 'string' ? x : '');
    const pick = <T extends string>(x: unknown, allowed: readonly T[], dflt: T): T => (allowed.includes(x as T) ? (x as T) : dflt);
    const visits = (Array.isArray(d.v) ? d.v : []).slice(0, 20).map((x: Record<string, unknown>) => {
      const v = o.newVisit();
      const b = (x.b ?? {}) as Record<string, unknown>;
      return {
        ...v, kind: pick(x.k, VISIT_KINDS, 'inpatient'), level: pick(x.l, HOSPITAL_LEVELS, 'secondary'), place: pick(x.p, PLACES, 'local'),
        date: str(x.d), billMode: pick(x.m, ['total', 'split'] as const, 'total'),
        bill: { total: moneyField(str(b.total)), outOfScope: moneyField(str(b.outOfScope)), partialSelfPay: moneyField(str(b.partialSelfPay)), inScope: moneyField(str(b.inScope)) },
      };
    });
    const y = (d.y ?? {}) as Record<string, unknown>;
    const ytd = Object.fromEntries(YTD_MONEY.map((k) => [k, moneyField(str(y[k]))])) as Record<YtdMoneyKey, MoneyField>;
    const cats = (Array.isArray(d.c) ? d.c : []).filter((c): c is CategoryId => typeof c === 'string' && isCategoryId(c));
    return {
      region: o.region ?? str(d.r),
      scheme: o.scheme ?? pick(d.s, ['resident', 'employee'] as const, 'resident'),
      retired: d.rt === true,
      categories: o.categories ?? cats,
      ageText: str(d.a), birthDate: str(d.b), admissionsText: str(d.n), ytd, supplied: readSupplied(d.u),
      visits: visits.length ? visits : [o.newVisit()],
    };
  } catch {
    // A damaged fragment is ignored: the form starts empty.
    return null;
  }
}
