// The region picker's parts that need the full table — search results, the city/county options,
// the no-match fallbacks, "which rules answer" — in the lazy index chunk (region-index.ts), so the
// initial JS carries only the picker's shell. Its strings (picker-strings.ts) travel with it.
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, LocalText } from '../../src/index.js';
import { NATIONAL_CODE, provinceCodeOf, resolveRegion, retiredCode } from '../../src/regions/code.js';
import { regionTable, type RegionRecord } from '../../src/regions/table.js';
import { createTranslator, type Translate } from '../../src/i18n/translator.js';
import { provinceOf, type RegionEntry } from '../internal/regions.js';
import { provinceInQuery, searchRegions } from '../internal/region-search.js';
import { PICKER_STRINGS } from './picker-strings.js';

const MAX_MATCHES = 8;

/** One result: a region of the full table, or one only a pack names (test packs). */
export interface PickerOption { code: string; name: LocalText; level: 'province' | 'city' | 'county'; parent?: string }

export interface PickerState {
  lang: Lang;
  /** Regions with rules of their own (the pack catalog). */
  regions: RegionEntry[];
  query: string;
  active: number;
  value: string;
  pick: (code: string) => void;
}

// The made-up test packs' places (99xxxx) that the table lacks: initials and their province's name.
const PACK_ONLY_INITIALS: Readonly<Record<string, string>> = { '990100': 'cs' };
const TEST_PROVINCE: LocalText = { 'zh-CN': '测试省（虚构）', en: 'Test province (made up)' };

const translators: Partial<Record<Lang, Translate>> = {};

export class PickerView {
  private readonly t: Translate;

  constructor(private readonly s: PickerState) {
    this.t = translators[s.lang] ??= createTranslator(s.lang, { region: PICKER_STRINGS[s.lang] as unknown as Record<string, unknown> });
  }

  private get table() { return regionTable(); }

  nameOf(code: string): string {
    const { lang } = this.s;
    if (code === NATIONAL_CODE) return this.t('national');
    const rec = this.table.get(code);
    if (rec) return rec.name[lang];
    const pack = this.s.regions.find((r) => r.code === code);
    if (pack) return pack.name[lang];
    return code.startsWith('99') && code.endsWith('0000') ? TEST_PROVINCE[lang] : code;
  }

  /** The province select: every province of the table, then those of pack-only regions (test packs). */
  provinceOptions(selected: string): TemplateResult[] {
    const codes = this.table.records.filter((r) => r.level === 'province').map((r) => r.code);
    for (const r of this.packOnly()) {
      const p = r.level === 'province' ? r.code : provinceOf(r.code);
      if (!codes.includes(p)) codes.push(p);
    }
    return codes.map((c) => html`<option value=${c} ?selected=${c === selected}>${this.nameOf(c)}</option>`);
  }

  /** Regions a pack names that the table lacks (test packs): searchable and offered too. */
  private packOnly(): PickerOption[] {
    return this.s.regions.filter((r) => r.code !== NATIONAL_CODE && !this.table.get(r.code)).map((r) => ({
      code: r.code, name: r.name,
      level: r.code.endsWith('0000') ? 'province' : r.code.endsWith('00') ? 'city' : 'county',
      ...(r.code.endsWith('0000') ? {} : { parent: r.province ?? provinceOf(r.code) }),
    }));
  }

  search(): { hits: PickerOption[]; total: number } {
    const q = this.s.query.trim();
    if (!q) return { hits: [], total: 0 };
    const lq = q.toLowerCase();
    const own = this.packOnly().filter((o) => o.name['zh-CN'].includes(q) || o.name.en.toLowerCase().includes(lq)
      || (PACK_ONLY_INITIALS[o.code] ?? '').startsWith(lq) || o.code.startsWith(q));
    const { hits, total } = searchRegions(this.table, q, MAX_MATCHES);
    return { hits: [...own, ...hits].slice(0, MAX_MATCHES), total: total + own.length };
  }

  /** Which pack answers for a code, given the regions with rules. */
  answerLine(code: string): string {
    const { t } = this;
    const has = (c: string) => this.s.regions.some((r) => r.code === c);
    if (!has(code) && !this.table.has(retiredCode(code)?.to ?? code)) return '';
    const a = resolveRegion(code, has);
    if (!a) return '';
    const region = this.nameOf(a.code);
    if (a.code === NATIONAL_CODE) return t('answers.nationalChosen');
    if (a.answeredBy === a.code) return t('answers.own', { region });
    const layer = this.nameOf(a.answeredBy);
    if (a.level === 'city' || a.level === 'county') return t('answers.city', { region, layer });
    if (a.level === 'province') return t('answers.province', { region, layer });
    return t('answers.national', { region });
  }

  /** "四川省成都市" / "Chengdu, Sichuan": the divisions above a region, and itself. */
  private path(code: string): string {
    const up = this.table.get(code)?.parent ?? (code.endsWith('0000') ? undefined : provinceCodeOf(code));
    const own = this.nameOf(code);
    return up ? this.t('path', { outer: this.nameOf(up), inner: own }) : own;
  }

  private kind(o: PickerOption): string {
    const parent = o.parent ? this.path(o.parent) : '';
    return this.t(`kind.${o.level}`, { parent });
  }

  results(hits: PickerOption[]): TemplateResult[] {
    const { lang, active, pick } = this.s;
    return hits.map((o, i) => html`<li role="option" id=${`opt-${o.code}`} class=${i === active ? 'active' : ''}
      aria-selected=${i === active ? 'true' : 'false'} data-code=${o.code} data-level=${o.level}
      @mousedown=${(e: Event) => e.preventDefault()} @click=${() => pick(o.code)}>
      <span class="name">${o.name[lang]}</span>
      <span class="kind">${this.kind(o)}</span>
    </li>`);
  }

  /**
   * The provinces a query without a match may mean: the one it names in Chinese or full pinyin
   * ("四川某某镇", "sichuanxx"), else those whose initials start it ("scxx" → 四川; "sxxx" → 山西 and
   * 陕西, both offered), at most three.
   */
  private provincesInQuery(): RegionRecord[] {
    const named = provinceInQuery(this.table, this.s.query);
    if (named) return [named];
    const q = this.s.query.trim();
    if (/[\u3400-\u9fff]/.test(q)) return [];
    const lq = q.toLowerCase().replace(/[^a-z]/g, '');
    if (lq.length < 3) return [];
    return this.table.records.filter((r) => {
      if (r.level !== 'province') return false;
      const coreInitials = r.initials.slice(0, [...r.core].length);
      return coreInitials.length >= 2 && lq.startsWith(coreInitials);
    }).slice(0, 3);
  }

  /** No match: the province(s) the query names, and the national rules — never a dead end. */
  noMatch(): TemplateResult {
    const { t } = this;
    const { lang, pick } = this.s;
    const provinces = this.provincesInQuery();
    return html`<div class="none" role="group" aria-labelledby="none-text">
      <p id="none-text">${t('none', { query: this.s.query.trim() })} ${t('noneHint')}</p>
      <ul class="fallbacks">
        ${provinces.map((province) => html`<li><button type="button" class="secondary" @click=${() => pick(province.code)}>
          ${t('useProvince', { province: province.name[lang] })}</button></li>`)}
        <li><button type="button" class="secondary" @click=${() => pick(NATIONAL_CODE)}>${t('useNational')}</button></li>
      </ul>
    </div>`;
  }

  /** The second select's options for a province: the whole province, then each city with its counties. */
  cityOptions(province: string): TemplateResult[] {
    const { t } = this;
    const { lang, value } = this.s;
    const opt = (code: string, label: string) => html`<option value=${code} ?selected=${value === code}>${label}</option>`;
    const out: TemplateResult[] = [opt(province, t('wholeProvince', { province: this.nameOf(province) }))];
    const direct: RegionRecord[] = [];
    for (const child of this.table.children(province)) {
      if (child.level === 'county') {
        direct.push(child);
        continue;
      }
      out.push(html`<optgroup label=${child.name[lang]}>
        ${opt(child.code, t('wholeCity', { city: child.name[lang] }))}
        ${this.table.children(child.code).map((c) => opt(c.code, c.name[lang]))}
      </optgroup>`);
    }
    if (direct.length) {
      // 直辖市 districts, or 省直辖县级 units beside the cities.
      const label = out.length > 1 ? t('provinceDirect') : t('districts');
      out.push(html`<optgroup label=${label}>${direct.map((c) => opt(c.code, c.name[lang]))}</optgroup>`);
    }
    for (const r of this.packOnly()) if (r.code !== province && provinceOf(r.code) === province) out.push(opt(r.code, r.name[lang]));
    return out;
  }
}
