// Pack faults as whole, localised error entries: a validation problem is said in the person's
// language (engine locale `packProblem.<code>`, never the validator's English inside a zh-CN
// message), and a missing rule names the parameter and the cell it was asked for.
import type { InputFault } from '../contract/validate-input.js';
import type { Translate } from '../i18n/translator.js';
import type { PackIssue } from '../packs/validate.js';

/** `pack.invalid` faults; `where` turns the validator's path ("$.parameters…") into the error path. */
export function packInvalidFaults(issues: PackIssue[], where: (p: string) => string, t?: Translate): InputFault[] {
  return issues.map((i) => {
    const path = where(i.path);
    const code = i.code ?? 'other';
    const params = i.params ?? {};
    return { code: 'pack.invalid', path, params: { path, problemCode: code, ...params, problem: t ? t(`packProblem.${code}`, params) : i.problem } };
  });
}

/** A missing-rule fault's `dims` in words when no layer had the key at all (never an empty "（）"). */
export function missingDims(params: Record<string, string>, t: Translate): string {
  if (params.dims) return params.dims;
  let cell: Record<string, unknown> = {};
  try {
    cell = JSON.parse(params.cell ?? '{}') as Record<string, unknown>;
  } catch { /* no cell */ }
  const parts = Object.entries(cell ?? {}).map(([d, v]) => `${d}=${String(v)}`);
  return parts.length ? parts.join(', ') : t('error.dims-any');
}

/** Where a fault raised inside the engine points: the pack field for a missing rule or figure. */
export function engineFaultPath(code: string, path: string, params: Record<string, string>): string {
  if (path) return path;
  if (code === 'param-missing' && params.pack && params.key) return `${params.pack}:parameters.${params.key}`;
  if (code === 'series-missing' && params.pack && params.series) return `${params.pack}:series.${params.series}`;
  return path;
}
