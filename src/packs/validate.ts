// Strict rule-pack validation: unknown keys rejected, money and rates as decimal strings, every
// value cited and dated, no overlapping intervals. Hand-written (not Ajv) because Ajv compiles
// validators with `new Function`, which a strict Content-Security-Policy forbids; the JSON
// Schema twin (rulepack.v1.schema.json) is cross-checked against this in the tests.
import { DECIMAL_STRING, Dec } from '../money/decimal.js';
import { DIM_VALUES, PARAMS, type Dim, type LeafType, type ParamKey } from './registry.js';
import { problemCode } from './problems.js';
import { CATEGORY_IDS, HOSPITAL_LEVELS, PLACES, SCHEMES, STATUSES, VISIT_KINDS } from '../model/vocabulary.js';
import type { RulePack } from '../model/rulepack.js';

/** `problem` in English for developers; `code` and `params` for a localised message (problems.ts). */
export interface PackIssue { path: string; problem: string; code?: string; params?: Record<string, string> }
export type PackValidation = { ok: true; pack: RulePack } | { ok: false; issues: PackIssue[] };

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const POOL = /^[a-z][a-z-]{0,31}$/;
const MAX_TEXT = 2000;

type Json = unknown;
const isObj = (x: Json): x is Record<string, Json> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An absolute http: or https: URL (the only addresses a pack may link to). */
export function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export function isValidDate(s: unknown): s is string {
  if (typeof s !== 'string' || !DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map((p) => parseInt(p, 10)) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

class Checker {
  issues: PackIssue[] = [];
  fail(path: string, problem: string): false {
    if (this.issues.length < 50) this.issues.push({ path, problem, ...problemCode(problem) });
    return false;
  }
  keys(path: string, x: Json, required: string[], optional: string[] = []): x is Record<string, Json> {
    if (!isObj(x)) return this.fail(path, 'must be an object');
    let ok = true;
    for (const k of required) if (!Object.hasOwn(x, k)) ok = this.fail(`${path}.${k}`, 'is required');
    for (const k of Object.keys(x)) {
      if (!required.includes(k) && !optional.includes(k)) ok = this.fail(`${path}.${k}`, 'is not a known key');
    }
    return ok;
  }
  text(path: string, x: Json, pattern?: RegExp): boolean {
    if (typeof x !== 'string' || x.length === 0 || x.length > MAX_TEXT) return this.fail(path, 'must be a non-empty string');
    if (pattern && !pattern.test(x)) return this.fail(path, `must match ${pattern.source}`);
    return true;
  }
  date(path: string, x: Json): boolean {
    return isValidDate(x) || this.fail(path, 'must be a date YYYY-MM-DD');
  }
  oneOf(path: string, x: Json, allowed: readonly string[]): boolean {
    return (typeof x === 'string' && allowed.includes(x)) || this.fail(path, `must be one of ${allowed.join(', ')}`);
  }
  decimal(path: string, x: Json, lo?: string, hi?: string): boolean {
    if (typeof x !== 'string' || !DECIMAL_STRING.test(x)) return this.fail(path, 'must be a decimal string such as "1000.00"');
    const d = new Dec(x);
    if (lo !== undefined && d.lessThan(lo)) return this.fail(path, `must be ≥ ${lo}`);
    if (hi !== undefined && d.greaterThan(hi)) return this.fail(path, `must be ≤ ${hi}`);
    return true;
  }
  localText(path: string, x: Json): boolean {
    if (!this.keys(path, x, ['zh-CN', 'en'])) return false;
    return this.text(`${path}.zh-CN`, x['zh-CN']) && this.text(`${path}.en`, x.en);
  }
  cites(path: string, x: Json): boolean {
    if (!Array.isArray(x) || x.length === 0) return this.fail(path, 'must list at least one citation');
    x.forEach((c, i) => {
      const p = `${path}[${i}]`;
      if (!this.keys(p, c, ['source', 'clause'], ['quote', 'note'])) return;
      this.text(`${p}.source`, c.source);
      this.text(`${p}.clause`, c.clause);
      if ('quote' in c) this.text(`${p}.quote`, c.quote);
      if ('note' in c) this.text(`${p}.note`, c.note);
    });
    return true;
  }
  status(path: string, x: Json): boolean {
    return this.oneOf(path, x, STATUSES);
  }
}

function checkScale(c: Checker, path: string, x: Json): boolean {
  if (!c.keys(path, x, ['bands'])) return false;
  const bands = x.bands;
  if (!Array.isArray(bands) || bands.length === 0) return c.fail(`${path}.bands`, 'must be a non-empty list');
  let prev: InstanceType<typeof Dec> | null = null;
  bands.forEach((b, i) => {
    const p = `${path}.bands[${i}]`;
    if (!c.keys(p, b, ['from', 'rate'])) return;
    if (!c.decimal(`${p}.from`, b.from, '0') || !c.decimal(`${p}.rate`, b.rate, '0', '1')) return;
    const from = new Dec(b.from as string);
    if (i === 0 && !from.isZero()) c.fail(`${p}.from`, 'the first band must start at "0"');
    if (prev && !from.greaterThan(prev)) c.fail(`${p}.from`, 'bands must rise strictly');
    prev = from;
  });
  return true;
}

/** A numeric leaf's comparable magnitude: marginal rates at each band edge for scales. */
function ordered(a: Json, b: Json): boolean {
  if (b === null) return true; // null = no upper bound
  if (a === null) return false;
  if (typeof a === 'string' && typeof b === 'string') return new Dec(a).lessThanOrEqualTo(b);
  const bands = (x: Json): { from: string; rate: string }[] =>
    isObj(x) && Array.isArray(x.bands) ? x.bands as { from: string; rate: string }[] : typeof x === 'string' ? [{ from: '0', rate: x }] : [];
  const ba = bands(a);
  const bb = bands(b);
  const rateAt = (bs: { from: string; rate: string }[], at: InstanceType<typeof Dec>) =>
    bs.filter((band) => new Dec(band.from).lessThanOrEqualTo(at)).pop()?.rate ?? '0';
  return [...ba, ...bb].every((band) => new Dec(rateAt(ba, new Dec(band.from))).lessThanOrEqualTo(rateAt(bb, new Dec(band.from))));
}

const RANGEABLE: readonly LeafType[] = ['money', 'money-or-none', 'rate', 'rate-or-scale', 'scale'];

/** A range leaf (an unpublished local number, bounded by cited data): low ≤ central ≤ high. */
function checkRange(c: Checker, path: string, x: Record<string, Json>, leaf: LeafType): boolean {
  if (!RANGEABLE.includes(leaf)) return c.fail(path, 'only numbers (money, rates, scales) may be given as a range');
  const before = c.issues.length;
  if (!c.keys(path, x, ['range'])) return false;
  const r = x.range;
  if (!c.keys(`${path}.range`, r, ['low', 'high', 'central'], ['basis'])) return false;
  const plain: LeafType = leaf === 'money-or-none' ? 'money' : leaf;
  let ok = checkLeaf(c, `${path}.range.low`, r.low, plain);
  for (const k of ['high', 'central'] as const) {
    if (r[k] === null) {
      if (leaf !== 'money-or-none') ok = c.fail(`${path}.range.${k}`, 'may be null (no cap) only for caps and limits');
    } else if (isObj(r[k]) && ('derive' in (r[k] as object) || 'range' in (r[k] as object))) {
      ok = c.fail(`${path}.range.${k}`, 'must be a plain value');
    } else ok = checkLeaf(c, `${path}.range.${k}`, r[k], plain) && ok;
  }
  if (isObj(r.low) && ('derive' in r.low || 'range' in r.low)) ok = c.fail(`${path}.range.low`, 'must be a plain value');
  if ('basis' in r) c.localText(`${path}.range.basis`, r.basis);
  // Order is compared only once every end is a valid number (a bad band rate is reported, not thrown on).
  if (!ok || c.issues.length > before) return false;
  if (!ordered(r.low, r.central)) c.fail(`${path}.range.central`, 'must lie between low and high');
  else if (!ordered(r.central, r.high)) c.fail(`${path}.range.central`, 'must lie between low and high');
  return true;
}

function checkLeaf(c: Checker, path: string, x: Json, leaf: LeafType): boolean {
  if (isObj(x) && 'range' in x) return checkRange(c, path, x, leaf);
  if (isObj(x) && 'derive' in x) {
    if (leaf !== 'money' && leaf !== 'money-or-none') return c.fail(path, 'only money values may be derived');
    if (!c.keys(path, x, ['derive'])) return false;
    const d = x.derive;
    if (!c.keys(`${path}.derive`, d, ['series', 'rate', 'yearOffset', 'rounding'], ['official', 'fallbackYears'])) return false;
    if ('fallbackYears' in d && !(Number.isInteger(d.fallbackYears) && (d.fallbackYears as number) >= 1 && (d.fallbackYears as number) <= 3)) {
      c.fail(`${path}.derive.fallbackYears`, 'must be a whole number from 1 to 3');
    }
    c.text(`${path}.derive.series`, d.series);
    c.decimal(`${path}.derive.rate`, d.rate, '0', '100');
    if (d.yearOffset !== 1 && d.yearOffset !== 2) c.fail(`${path}.derive.yearOffset`, 'must be 1 (上年) or 2 (上上年)');
    c.oneOf(`${path}.derive.rounding`, d.rounding, ['none', 'yuan']);
    if ('official' in d) c.decimal(`${path}.derive.official`, d.official, '0');
    return true;
  }
  switch (leaf) {
    case 'money': return c.decimal(path, x, '0');
    case 'money-or-none': return x === null || c.decimal(path, x, '0');
    case 'rate': return c.decimal(path, x, '0', '1');
    case 'rate-or-scale': return isObj(x) ? checkScale(c, path, x) : c.decimal(path, x, '0', '1');
    case 'scale': return checkScale(c, path, x);
    case 'bool': return typeof x === 'boolean' || c.fail(path, 'must be true or false');
    case 'pool': return c.text(path, x, POOL);
    default: return c.oneOf(path, x, leaf.slice('enum:'.length).split('|'));
  }
}

const isLeafShape = (x: Json): boolean =>
  !isObj(x) || 'derive' in x || 'bands' in x || 'range' in x;

function checkTable(c: Checker, path: string, x: Json, dims: Dim[], leaf: LeafType): void {
  if (isLeafShape(x) || dims.length === 0) {
    checkLeaf(c, path, x, leaf);
    return;
  }
  const [dim, ...rest] = dims as [Dim, ...Dim[]];
  const allowed = DIM_VALUES[dim];
  const table = x as Record<string, Json>;
  if (Object.keys(table).length === 0) c.fail(path, `must give values by ${dim}`);
  for (const [k, v] of Object.entries(table)) {
    const p = `${path}.${k}`;
    if (k !== '*' && (allowed ? !allowed.includes(k) : !POOL.test(k))) {
      c.fail(p, `is not a ${dim}${allowed ? ` (one of ${allowed.join(', ')}, or *)` : ''}`);
      continue;
    }
    checkTable(c, p, v, rest, leaf);
  }
}

function checkCondition(c: Checker, path: string, x: Json): void {
  if (!c.keys(path, x, [], ['ageLte', 'ageGte', 'retired', 'categories', 'kinds', 'places', 'levels', 'schemes'])) return;
  for (const k of ['ageLte', 'ageGte'] as const) {
    if (Object.hasOwn(x, k) && !(Number.isInteger(x[k]) && (x[k] as number) >= 0 && (x[k] as number) <= 150)) c.fail(`${path}.${k}`, 'must be a whole number of years');
  }
  if ('retired' in x && typeof x.retired !== 'boolean') c.fail(`${path}.retired`, 'must be true or false');
  const lists: [string, readonly string[]][] = [
    ['categories', [...CATEGORY_IDS, 'none']], ['kinds', VISIT_KINDS], ['places', PLACES],
    ['levels', HOSPITAL_LEVELS], ['schemes', SCHEMES],
  ];
  for (const [k, allowed] of lists) {
    if (!Object.hasOwn(x, k)) continue;
    const v = x[k];
    if (!Array.isArray(v) || v.length === 0) c.fail(`${path}.${k}`, 'must be a non-empty list');
    else v.forEach((e, i) => c.oneOf(`${path}.${k}[${i}]`, e, allowed));
  }
}

function checkEntries(c: Checker, path: string, key: ParamKey, x: Json): void {
  if (!Array.isArray(x) || x.length === 0) {
    c.fail(path, 'must be a non-empty list of dated values');
    return;
  }
  const spec = PARAMS[key];
  const spans: [string, string, number][] = [];
  x.forEach((e, i) => {
    const p = `${path}[${i}]`;
    if (!c.keys(p, e, ['from', 'value', 'status', 'cite'], ['to', 'modifiers', 'note'])) return;
    if (!c.date(`${p}.from`, e.from)) return;
    if ('to' in e && c.date(`${p}.to`, e.to) && (e.to as string) <= (e.from as string)) c.fail(`${p}.to`, 'must be after from');
    checkTable(c, `${p}.value`, e.value, [...spec.dims], spec.leaf);
    c.status(`${p}.status`, e.status);
    c.cites(`${p}.cite`, e.cite);
    if ('note' in e) c.text(`${p}.note`, e.note);
    if ('modifiers' in e) {
      if (!Array.isArray(e.modifiers)) c.fail(`${p}.modifiers`, 'must be a list');
      else e.modifiers.forEach((m, j) => {
        const mp = `${p}.modifiers[${j}]`;
        if (!c.keys(mp, m, ['id', 'when', 'op', 'label', 'status', 'cite'], ['value', 'capAt'])) return;
        c.text(`${mp}.id`, m.id, ID);
        checkCondition(c, `${mp}.when`, m.when);
        c.oneOf(`${mp}.op`, m.op, ['add', 'multiply', 'replace', 'remove']);
        if (m.op === 'remove') {
          if ('value' in m) c.fail(`${mp}.value`, 'remove takes no value');
        } else c.decimal(`${mp}.value`, m.value, '-100', '100000000');
        if ('capAt' in m) c.decimal(`${mp}.capAt`, m.capAt, '0');
        c.localText(`${mp}.label`, m.label);
        c.status(`${mp}.status`, m.status);
        c.cites(`${mp}.cite`, m.cite);
      });
    }
    spans.push([e.from as string, typeof e.to === 'string' ? e.to : '9999-12-31', i]);
  });
  spans.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (let i = 1; i < spans.length; i++) {
    const prev = spans[i - 1]!;
    const cur = spans[i]!;
    if (cur[0] === prev[0]) c.fail(`${path}[${cur[2]}].from`, `overlaps entry ${prev[2]} (same start date)`);
    else if ('to' in (x[prev[2]] as object) && cur[0] < prev[1]) c.fail(`${path}[${cur[2]}].from`, `overlaps entry ${prev[2]}`);
  }
}

export function validatePack(raw: unknown): PackValidation {
  const c = new Checker();
  const p = '$';
  if (!c.keys(p, raw, ['schemaVersion', 'id', 'version', 'region', 'title', 'kind', 'schemes', 'lastReviewed', 'sources', 'categories', 'parameters'], ['$schema', 'extends', 'series', 'guidance'])) {
    return { ok: false, issues: c.issues };
  }
  const x = raw;
  if (x.schemaVersion !== 1) c.fail(`${p}.schemaVersion`, 'must be 1');
  c.text(`${p}.id`, x.id, ID);
  c.text(`${p}.version`, x.version);
  if ('$schema' in x) c.text(`${p}.$schema`, x.$schema);
  if ('extends' in x) c.text(`${p}.extends`, x.extends, ID);
  c.oneOf(`${p}.kind`, x.kind, ['region', 'national-guideline', 'test']);
  c.date(`${p}.lastReviewed`, x.lastReviewed);
  if (c.keys(`${p}.region`, x.region, ['code', 'name'], ['province'])) {
    c.text(`${p}.region.code`, x.region.code, /^\d{6}$/);
    c.localText(`${p}.region.name`, x.region.name);
    if ('province' in x.region) c.text(`${p}.region.province`, x.region.province, /^\d{6}$/);
  }
  c.localText(`${p}.title`, x.title);
  if (!Array.isArray(x.schemes) || x.schemes.length === 0) c.fail(`${p}.schemes`, 'must list at least one scheme');
  else x.schemes.forEach((s, i) => c.oneOf(`${p}.schemes[${i}]`, s, SCHEMES));

  if (isObj(x.sources)) {
    for (const [id, s] of Object.entries(x.sources)) {
      const sp = `${p}.sources.${id}`;
      if (!ID.test(id)) c.fail(sp, 'source ids are lower-case letters, digits and -');
      if (!c.keys(sp, s, ['title', 'issuer', 'date', 'reliability'], ['docNumber', 'url', 'archived', 'note'])) continue;
      c.text(`${sp}.title`, s.title);
      c.text(`${sp}.issuer`, s.issuer);
      c.date(`${sp}.date`, s.date);
      c.oneOf(`${sp}.reliability`, s.reliability, ['OFF', 'OFF-MIRROR', 'MEDIA', 'SEC', 'TEST', 'USER']);
      for (const k of ['docNumber', 'url', 'archived', 'note']) if (k in s) c.text(`${sp}.${k}`, s[k]);
      // A 查看原文 link opens this address: only web addresses, never javascript:, data: or file:.
      if (typeof s.url === 'string' && s.url.length && !isWebUrl(s.url)) c.fail(`${sp}.url`, 'must be an https: or http: address');
    }
  } else c.fail(`${p}.sources`, 'must be an object');

  if ('series' in x) {
    if (!isObj(x.series)) c.fail(`${p}.series`, 'must be an object');
    else for (const [id, s] of Object.entries(x.series)) {
      const sp = `${p}.series.${id}`;
      if (!ID.test(id)) c.fail(sp, 'series ids are lower-case letters, digits and -');
      if (!c.keys(sp, s, ['label', 'points'])) continue;
      c.localText(`${sp}.label`, s.label);
      if (!isObj(s.points)) { c.fail(`${sp}.points`, 'must be an object keyed by year'); continue; }
      for (const [year, pt] of Object.entries(s.points)) {
        const pp = `${sp}.points.${year}`;
        if (!/^(19|20)\d\d$/.test(year)) c.fail(pp, 'must be keyed by a year');
        // A year not yet published may be bounded instead (status estimated/assumed, cited).
        if (isObj(pt) && 'range' in pt) {
          if (!c.keys(pp, pt, ['range', 'status', 'cite'])) continue;
          checkRange(c, pp, { range: pt.range }, 'money');
        } else {
          if (!c.keys(pp, pt, ['value', 'status', 'cite'])) continue;
          c.decimal(`${pp}.value`, pt.value, '0');
        }
        c.status(`${pp}.status`, pt.status);
        c.cites(`${pp}.cite`, pt.cite);
      }
    }
  }

  if (Array.isArray(x.categories)) {
    const seen = new Set<string>();
    x.categories.forEach((cat, i) => {
      const cp = `${p}.categories[${i}]`;
      if (!c.keys(cp, cat, ['id', 'localClass', 'name', 'description', 'access', 'rank'])) return;
      if (c.oneOf(`${cp}.id`, cat.id, CATEGORY_IDS)) {
        if (seen.has(cat.id as string)) c.fail(`${cp}.id`, 'is listed twice');
        seen.add(cat.id as string);
      }
      c.localText(`${cp}.localClass`, cat.localClass);
      c.localText(`${cp}.name`, cat.name);
      c.localText(`${cp}.description`, cat.description);
      c.oneOf(`${cp}.access`, cat.access, ['automatic', 'application']);
      if (!Number.isInteger(cat.rank) || (cat.rank as number) < 1) c.fail(`${cp}.rank`, 'must be a whole number ≥ 1');
    });
  } else c.fail(`${p}.categories`, 'must be a list');

  if ('guidance' in x && c.keys(`${p}.guidance`, x.guidance, ['howToGet', 'notCovered'], ['applyAt', 'serviceLine', 'cite'])) {
    const g = x.guidance;
    c.localText(`${p}.guidance.howToGet`, g.howToGet);
    c.localText(`${p}.guidance.notCovered`, g.notCovered);
    if ('applyAt' in g) c.localText(`${p}.guidance.applyAt`, g.applyAt);
    if ('serviceLine' in g) c.text(`${p}.guidance.serviceLine`, g.serviceLine, /^[0-9+\- ]{3,20}$/);
    if ('cite' in g) c.cites(`${p}.guidance.cite`, g.cite);
  }

  if (isObj(x.parameters)) {
    for (const [key, entries] of Object.entries(x.parameters)) {
      if (!Object.hasOwn(PARAMS, key)) { c.fail(`${p}.parameters.${key}`, 'is not a known parameter'); continue; }
      checkEntries(c, `${p}.parameters.${key}`, key as ParamKey, entries);
    }
  } else c.fail(`${p}.parameters`, 'must be an object');

  // Citations must name a source of this pack (a parent layer's sources are checked on layering).
  return c.issues.length ? { ok: false, issues: c.issues } : { ok: true, pack: raw as unknown as RulePack };
}
