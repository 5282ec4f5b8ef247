// A shipped pack travels as two chunks: its rules (every number, switch, citation reference and
// category) and its texts (verbatim quotes, notes, the region's guidance). The rules are what an
// estimate needs; the texts load when a person opens the explanation or the next steps. The
// authoring file under data/ stays whole; scripts/compile-packs.mjs writes both chunks to compiled/.
import type { Guidance, RulePack } from '../model/rulepack.js';

export interface PackTexts {
  id: string;
  guidance?: Guidance;
  /** JSON-pointer-like path of each quote or note → its text. */
  texts: Record<string, string>;
}

const TEXT_KEYS = new Set(['quote', 'note']);

export function splitPack(pack: RulePack): { rules: RulePack; texts: PackTexts } {
  const texts: Record<string, string> = {};
  const strip = (x: unknown, path: string): unknown => {
    if (Array.isArray(x)) return x.map((v, i) => strip(v, `${path}/${i}`));
    if (x && typeof x === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(x)) {
        if (TEXT_KEYS.has(k) && typeof v === 'string') texts[`${path}/${k}`] = v;
        // A bounded number's basis is words for people, like a quote: it travels with the texts.
        else if (k === 'basis' && path.endsWith('/range') && v && typeof v === 'object') {
          for (const [lang, text] of Object.entries(v)) if (typeof text === 'string') texts[`${path}/basis/${lang}`] = text;
        }
        else if (!(path === '' && k === 'guidance')) out[k] = strip(v, `${path}/${k}`);
      }
      return out;
    }
    return x;
  };
  const rules = strip(pack, '') as RulePack;
  return { rules, texts: { id: pack.id, ...(pack.guidance ? { guidance: pack.guidance } : {}), texts } };
}

/** Puts the texts back: the result equals the authoring pack. */
export function withTexts(rules: RulePack, texts: PackTexts): RulePack {
  if (texts.id !== rules.id) return rules;
  const pack = structuredClone(rules) as unknown as Record<string, unknown>;
  for (const [path, text] of Object.entries(texts.texts)) {
    const parts = path.split('/').slice(1);
    const key = parts.pop()!;
    let node: unknown = pack;
    for (const p of parts) {
      const parent = node as Record<string, unknown> | undefined;
      // A range's basis was taken out whole: put its object back before its words.
      if (p === 'basis' && parent && typeof parent === 'object' && !Object.prototype.hasOwnProperty.call(parent, 'basis')) parent.basis = {};
      node = parent?.[p];
    }
    if (node && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, key) === false) {
      (node as Record<string, unknown>)[key] = text;
    }
  }
  if (texts.guidance) pack.guidance = texts.guidance;
  return pack as unknown as RulePack;
}
