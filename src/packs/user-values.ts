// Values a person or hotline agent supplies for rules a pack lacks (an unknown cap, an income
// figure not yet published…). They form one more layer on top of the shipped pack, cited as
// "supplied by you" with status `estimated`, so every figure resting on them says so — the
// shipped pack itself is never changed and no other region's rules are ever used.
import { PARAMS, type ParamKey } from './registry.js';
import { pickEntry } from './resolve.js';
import type { Leaf, Modifier, RulePack, Table } from '../model/rulepack.js';
import { dict, isParamKey, own } from './own.js';

export interface UserValue {
  key: ParamKey;
  /** The table cell, by dimension (as an engine param-missing fault's `cell` names it). */
  cell: Record<string, string>;
  /** Decimal string (money in 元, rates as a fraction: "0.7"), or null for "no cap". */
  value: string | null;
}

/** A statistical figure the pack lacks (e.g. 上年居民人均可支配收入 for a year not in its series). */
export interface UserSeriesValue { series: string; year: number; value: string }

export const USER_SOURCE_ID = 'user-supplied';

/**
 * @param layers the shipped chain under the new layer (nearest first); the exceptions (modifiers)
 *   in force on `date` for a supplied key are carried over, so e.g. the 大病 tilt for 低保
 *   (起付 −50 %, +5 points) still applies on top of a supplied 大病 figure.
 */
export function userValuesPack(
  base: RulePack, values: UserValue[], today: string,
  opts: { layers?: RulePack[]; date?: string; series?: UserSeriesValue[] } = {},
): RulePack {
  // Null-prototype maps, own look-ups: a key or cell such as "__proto__" from a share link stays a
  // plain (invalid) key that validation of this layer then names, never a write to Object.prototype.
  const parameters: RulePack['parameters'] = dict();
  const tables = new Map<ParamKey, Table | Leaf>();
  for (const raw of values) {
    // A single ratio for a banded parameter is a one-band scale.
    const v: { key: ParamKey; cell: Record<string, string>; value: Leaf } = isParamKey(raw.key) && PARAMS[raw.key].leaf === 'scale' && typeof raw.value === 'string'
      ? { ...raw, value: { bands: [{ from: '0', rate: raw.value }] } }
      : raw;
    const dims = (isParamKey(v.key) ? PARAMS[v.key].dims : []) as readonly string[];
    if (dims.length === 0) {
      tables.set(v.key, v.value);
      continue;
    }
    const root = (tables.get(v.key) as Table | undefined) ?? dict<Leaf | Table>();
    let node: Table = root;
    dims.forEach((d, i) => {
      const k = own(v.cell, d) ?? '*';
      if (i === dims.length - 1) node[k] = v.value;
      else node = (own(node, k) as Table | undefined) ?? (node[k] = dict<Leaf | Table>());
    });
    tables.set(v.key, root);
  }
  const layers = opts.layers ?? [base];
  for (const [key, value] of tables) {
    let modifiers: Modifier[] | undefined;
    for (const l of layers) {
      const e = pickEntry(own(l.parameters, key), opts.date ?? today);
      if (e) {
        modifiers = e.modifiers;
        break;
      }
    }
    parameters[key] = [{
      from: '1900-01-01', value, status: 'estimated',
      cite: [{ source: USER_SOURCE_ID, clause: '—' }],
      ...(modifiers?.length ? { modifiers } : {}),
    }];
  }
  const series: NonNullable<RulePack['series']> = dict();
  for (const sv of opts.series ?? []) {
    const label = layers.map((l) => own(l.series, sv.series)?.label).find((x) => x !== undefined)
      ?? { 'zh-CN': sv.series, en: sv.series };
    if (!own(series, sv.series)) series[sv.series] = { label, points: dict() };
    series[sv.series]!.points[String(sv.year)] = { value: sv.value, status: 'estimated', cite: [{ source: USER_SOURCE_ID, clause: '—' }] };
  }
  return {
    schemaVersion: 1,
    id: `user-${base.id}`.slice(0, 64),
    ...(Object.keys(series).length ? { series } : {}),
    version: '1',
    kind: base.kind,
    extends: base.id,
    region: base.region,
    title: { 'zh-CN': `${base.title['zh-CN']}（含您补充的数值）`, en: `${base.title.en} (with values you supplied)` },
    schemes: base.schemes,
    lastReviewed: base.lastReviewed,
    sources: {
      [USER_SOURCE_ID]: {
        title: '您补充填写的数值（非官方）', issuer: '使用者 / the person using the estimator', date: today, reliability: 'USER',
        note: 'Typed in by the person for a rule the shipped pack lacks; not an official figure.',
      },
    },
    categories: [],
    parameters,
  };
}
