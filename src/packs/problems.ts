// Rule-pack validation problems as codes with parameters, so an error result can say them in the
// person's language (engine locale keys `packProblem.<code>`). The validator (validate.ts) words
// each problem in English for developers; this table reads the code and its figures back from that
// wording. A problem not listed here gets the code `other`, whose message still names the field.

export interface ProblemCode { code: string; params: Record<string, string> }

const TABLE: [RegExp, string, string[]][] = [
  [/^must be an object$/, 'object', []],
  [/^is required$/, 'required', []],
  [/^is not a known key$/, 'unknown-key', []],
  [/^is not a known parameter$/, 'unknown-parameter', []],
  [/^must be a non-empty string$/, 'text', []],
  [/^must match (.+)$/, 'pattern', ['pattern']],
  [/^must be a date YYYY-MM-DD$/, 'date', []],
  [/^must be one of (.+)$/, 'one-of', ['allowed']],
  [/^must be a decimal string such as "1000\.00"$/, 'decimal', []],
  [/^must be ≥ (.+)$/, 'min', ['min']],
  [/^must be ≤ (.+)$/, 'max', ['max']],
  [/^must list at least one citation$/, 'cite', []],
  [/^must be a non-empty list of dated values$/, 'entries', []],
  [/^must be a non-empty list$/, 'list', []],
  [/^must be a list$/, 'list', []],
  [/^must list at least one scheme$/, 'list', []],
  [/^the first band must start at "0"$/, 'first-band', []],
  [/^bands must rise strictly$/, 'bands-rise', []],
  [/^only money values may be derived$/, 'derive-money', []],
  [/^must be a whole number from 1 to 3$/, 'fallback-years', []],
  [/^must be 1 \(上年\) or 2 \(上上年\)$/, 'year-offset', []],
  [/^must be true or false$/, 'bool', []],
  [/^must give values by (\S+)$/, 'table-empty', ['dim']],
  [/^is not a (\S+)(?: \(one of (.+), or \*\))?$/, 'not-dim', ['dim', 'allowed']],
  [/^must be a whole number of years$/, 'years', []],
  [/^must be after from$/, 'after-from', []],
  [/^remove takes no value$/, 'remove-value', []],
  [/^overlaps entry (\d+)(?: \(same start date\))?$/, 'overlap', ['entry']],
  [/^must be 1$/, 'schema-version', []],
  [/^source ids are lower-case letters, digits and -$/, 'id', []],
  [/^series ids are lower-case letters, digits and -$/, 'id', []],
  [/^must be an object keyed by year$/, 'object', []],
  [/^only numbers \(money, rates, scales\) may be given as a range$/, 'range-kind', []],
  [/^may be null \(no cap\) only for caps and limits$/, 'range-null', []],
  [/^must be a plain value$/, 'range-plain', []],
  [/^must lie between low and high$/, 'range-order', []],
  [/^must be keyed by a year$/, 'year-key', []],
  [/^is listed twice$/, 'twice', []],
  [/^must be a whole number ≥ 1$/, 'rank', []],
  [/^must be an https: or http: address$/, 'url', []],
];

export function problemCode(problem: string): ProblemCode {
  for (const [re, code, names] of TABLE) {
    const m = re.exec(problem);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((n, i) => { params[n] = m[i + 1] ?? '[a-z-]'; }); // a pool id: lower-case letters and -
    return { code, params };
  }
  return { code: 'other', params: {} };
}
