// Every pack an estimate uses is validated before use — the top pack as well as its parents, the
// shipped packs as well as those a host hands over (`<yb-estimator .packs>`, `estimateSync(input,
// packs)`, an inline `pack`). Once per object: the verdict is kept in a WeakMap, so the keystroke
// path neither revalidates nor keeps a pack alive. Packs are treated as immutable once used: an
// object changed in place after its first estimate is not checked again (hand over a new object).
import { validatePack, type PackValidation } from './validate.js';

const verdicts = new WeakMap<object, PackValidation>();

export function validateOnce(pack: unknown): PackValidation {
  if (typeof pack !== 'object' || pack === null) return validatePack(pack);
  let v = verdicts.get(pack);
  if (!v) {
    v = validatePack(pack);
    verdicts.set(pack, v);
  }
  return v;
}
