// Elements that are defined on demand (dynamic import + defineOnce), so the initial chunk carries
// only the form: <yb-result> when the first result or refusal is shown, <yb-missing-rule> when a
// rule is missing, <yb-what-if> when its section is opened. Each import is memoised per page.
// The class module is imported and defined here (not through a side-effect-only register module,
// which a bundler honouring package.json "sideEffects" would drop from the chunk).
import { defineOnce } from './define.js';

const memo = new Map<string, Promise<unknown>>();

function once(tag: string, load: () => Promise<unknown>): Promise<unknown> {
  let p = memo.get(tag);
  if (!p) {
    p = load().catch((e: unknown) => {
      memo.delete(tag);
      throw e;
    });
    memo.set(tag, p);
  }
  return p;
}

export const loadResultElement = (): Promise<unknown> =>
  once('yb-result', () => import('../yb-result/yb-result.js').then((m) => defineOnce('yb-result', m.YbResult)));
export const loadMissingRuleElement = (): Promise<unknown> =>
  once('yb-missing-rule', () => import('../yb-missing-rule/yb-missing-rule.js').then((m) => defineOnce('yb-missing-rule', m.YbMissingRule)));
export const loadWhatIfElement = (): Promise<unknown> =>
  once('yb-what-if', () => import('../yb-what-if/yb-what-if.js').then((m) => defineOnce('yb-what-if', m.YbWhatIf)));
