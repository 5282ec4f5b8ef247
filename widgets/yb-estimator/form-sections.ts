// The estimator's form, as template functions over a view of the element (its strings, the form
// state and the edits it accepts). Pure rendering: every change goes back through `edit`, so the
// element stays the one owner of the form state.
import { html, nothing, type TemplateResult } from 'lit';
import {
  HOSPITAL_LEVELS, PLACES, VISIT_KINDS, needsLevel,
  type CategoryId, type CategoryInfo, type Lang, type Scheme,
} from '../../src/index.js';
import type { Translate } from '../internal/i18n.js';
import { formatMoney } from '../internal/format.js';
import type { MoneyInputDetail } from '../internal/events.js';
import type { RegionEntry } from '../internal/regions.js';
import { SHORTCUT_KEYS, type ShortcutAction } from './shortcut-keys.js';
import {
  YTD_MONEY, splitTotal, todayIso,
  type BillPart, type FormState, type MoneyField, type VisitForm, type YtdMoneyKey,
} from './form-model.js';

export interface FormView {
  t: Translate;
  lang: Lang;
  form: FormState;
  mode: string;
  /** Default date of a new visit. */
  visitDate: string;
  ageError: string;
  locked: { region: boolean; scheme: boolean; category: boolean };
  /** Schemes the region's pack offers. */
  schemes: readonly Scheme[];
  categories: CategoryInfo[];
  regions: RegionEntry[];
  kbd(action: ShortcutAction): string | typeof nothing;
  edit(patch: Partial<FormState>): void;
  onRegion(e: CustomEvent<{ code: string }>): void;
  addVisit(): Promise<void>;
  removeVisit(key: number): Promise<void>;
}

const value = (e: Event) => (e.target as HTMLInputElement).value;

function editVisit(v: FormView, key: number, patch: Partial<VisitForm>): void {
  v.edit({ visits: v.form.visits.map((x) => (x.key === key ? { ...x, ...patch } : x)) });
}

export function renderRegion(v: FormView): TemplateResult {
  return html`<yb-region-picker .regions=${v.regions} .value=${v.form.region} lang=${v.lang}
    ?locked=${v.locked.region} shortcut=${v.kbd('region')}
    @yb-region-change=${(e: CustomEvent<{ code: string }>) => v.onRegion(e)}></yb-region-picker>`;
}

function renderRetired(v: FormView): TemplateResult {
  return html`<label class="choice"><input type="checkbox" id="retired" .checked=${v.form.retired}
    @change=${(e: Event) => v.edit({ retired: (e.target as HTMLInputElement).checked })}>
    <span>${v.t('scheme.retired')}</span></label>`;
}

export function renderPerson(v: FormView): TemplateResult {
  const { form: f, t } = v;
  if (v.locked.scheme) {
    return html`<fieldset><legend>${t('scheme.legend')}</legend>
      <p class="locked-value scheme-locked" tabindex="-1">${t('scheme.locked', { scheme: t(`engine:scheme.${f.scheme}`) })}</p>
      ${f.scheme === 'employee' ? renderRetired(v) : nothing}</fieldset>`;
  }
  return html`<fieldset>
    <legend>${t('scheme.legend')}</legend>
    ${(['resident', 'employee'] as const).map((s) => html`<label class="choice">
      <input type="radio" name="scheme" id="scheme-${s}" value=${s} .checked=${f.scheme === s} ?disabled=${!v.schemes.includes(s)}
        aria-keyshortcuts=${v.kbd('scheme')} @change=${(e: Event) => v.edit({ scheme: value(e) as Scheme })}>
      <span>${t(`engine:scheme.${s}`)}<small>${t(`scheme.help.${s}`)}</small></span></label>`)}
    ${f.scheme === 'employee' ? renderRetired(v) : nothing}
  </fieldset>`;
}

export function renderIdentity(v: FormView): TemplateResult {
  const { form: f, t, lang } = v;
  const cats = v.categories;
  const help = html`<details class="noprint"><summary>${t('identity.unsureSummary')}</summary><p class="hint">${t('identity.unsureText')}</p></details>`;
  if (v.locked.category) {
    const names = f.categories.map((c) => cats.find((k) => k.id === c)?.name[lang] ?? t(`engine:category.${c}`));
    return html`<fieldset><legend>${t('identity.legend')}</legend>
      <p class="locked-value identity-locked" tabindex="-1">${t('identity.locked', { identities: names.length ? names.join(t('identity.joiner')) : t('engine:category.none') })}</p></fieldset>`;
  }
  const onCategory = (e: Event) => {
    const box = e.target as HTMLInputElement;
    const id = box.value as CategoryId;
    const rest = v.form.categories.filter((c) => c !== id);
    v.edit({ categories: box.checked ? [...rest, id] : rest });
  };
  return html`<fieldset>
    <legend>${t('identity.legend')}</legend>
    <p class="hint">${t('identity.hint')}</p>
    ${cats.length ? cats.map((c, i) => html`<label class="choice">
      <input type="checkbox" name="category" id="cat-${i}" value=${c.id} .checked=${f.categories.includes(c.id)}
        aria-keyshortcuts=${i === 0 ? v.kbd('identity') : nothing} @change=${onCategory}>
      <span>${t('identity.option', { name: c.name[lang], localClass: c.localClass[lang] })}
        <small>${c.description[lang]} ${t(c.access === 'automatic' ? 'identity.automatic' : 'identity.application')}</small></span>
    </label>`) : html`<p class="hint">${t('identity.pickRegionFirst')}</p>`}
    ${help}
  </fieldset>`;
}

export function renderAge(v: FormView): TemplateResult {
  const { form: f, t } = v;
  return html`<fieldset>
    <legend>${t('age.legend')}</legend>
    <p class="hint" id="age-hint">${t('age.hint')}</p>
    <div class="row">
      <div><label for="age">${t('age.age')}</label>
        <input id="age" type="text" inputmode="numeric" autocomplete="off" .value=${f.ageText} ?disabled=${!!f.birthDate}
          aria-describedby="age-hint age-error" aria-invalid=${v.ageError ? 'true' : 'false'} aria-keyshortcuts=${v.kbd('age')}
          @input=${(e: Event) => v.edit({ ageText: value(e) })}></div>
      <div><label for="birth">${t('age.birthDate')}</label>
        <input id="birth" type="date" .value=${f.birthDate} aria-describedby="age-hint" @change=${(e: Event) => v.edit({ birthDate: value(e) })}></div>
    </div>
    <p class="error" id="age-error" aria-live="polite">${v.ageError}</p>
  </fieldset>`;
}

function renderMoney(v: FormView, id: string, label: string, field: MoneyField, onInput: (e: CustomEvent<MoneyInputDetail>) => void, opts: { hint?: string; bill?: boolean; shortcut?: string } = {}): TemplateResult {
  return html`<yb-money-input id=${id} label=${label} hint=${opts.hint ?? ''} lang=${v.lang} .text=${field.text}
    ?data-bill=${opts.bill ?? false} shortcut=${opts.shortcut ?? ''} @yb-money-input=${onInput}></yb-money-input>`;
}

function renderVisit(v: FormView, visit: VisitForm, i: number): TemplateResult {
  const { t } = v;
  const id = `v${visit.key}`;
  const b = visit.bill;
  const shortcut = i === 0 ? SHORTCUT_KEYS.bill : '';
  const onSelect = (field: 'kind' | 'level' | 'place') => (e: Event) => editVisit(v, visit.key, { [field]: value(e) } as Partial<VisitForm>);
  const onMode = (e: Event) => editVisit(v, visit.key, { billMode: value(e) as VisitForm['billMode'] });
  const onBill = (part: BillPart) => (e: CustomEvent<MoneyInputDetail>) =>
    editVisit(v, visit.key, { bill: { ...(v.form.visits.find((x) => x.key === visit.key) ?? visit).bill, [part]: { text: e.detail.text, value: e.detail.value } } });
  return html`<fieldset class="visit">
    <legend>${t('visit.legend', { n: String(i + 1) })}</legend>
    <div class="row">
      <div><label for="${id}-kind">${t('visit.kind')}</label>
        <select id="${id}-kind" @change=${onSelect('kind')}>
          ${VISIT_KINDS.map((k) => html`<option value=${k} ?selected=${visit.kind === k}>${t(`engine:kind.${k}`)}</option>`)}
        </select></div>
      ${needsLevel(visit.kind) ? html`<div><label for="${id}-level">${t('visit.level')}</label>
        <select id="${id}-level" @change=${onSelect('level')}>
          ${HOSPITAL_LEVELS.map((k) => html`<option value=${k} ?selected=${visit.level === k}>${t(`engine:level.${k}`)}</option>`)}
        </select></div>` : nothing}
      <div><label for="${id}-place">${t('visit.place')}</label>
        <select id="${id}-place" @change=${onSelect('place')}>
          ${PLACES.map((k) => html`<option value=${k} ?selected=${visit.place === k}>${t(`engine:place.${k}`)}</option>`)}
        </select></div>
      <div><label for="${id}-date">${t('visit.date')}</label>
        <input id="${id}-date" type="date" .value=${visit.date || v.visitDate || todayIso()} @change=${(e: Event) => editVisit(v, visit.key, { date: value(e) })}></div>
    </div>
    <fieldset>
      <legend>${t('visit.billMode')}</legend>
      <div class="row">
        <label class="choice"><input type="radio" name="${id}-mode" value="total" .checked=${visit.billMode === 'total'} @change=${onMode}><span>${t('visit.modeTotal')}</span></label>
        <label class="choice"><input type="radio" name="${id}-mode" value="split" .checked=${visit.billMode === 'split'} @change=${onMode}><span>${t('visit.modeSplit')}</span></label>
      </div>
    </fieldset>
    ${visit.billMode === 'total'
      ? renderMoney(v, `${id}-total`, t('visit.total'), b.total, onBill('total'), { hint: t('visit.totalHint'), bill: true, shortcut })
      : html`
        ${renderMoney(v, `${id}-outOfScope`, t('visit.outOfScope'), b.outOfScope, onBill('outOfScope'), { hint: t('visit.outOfScopeHint'), bill: true, shortcut })}
        ${renderMoney(v, `${id}-partialSelfPay`, t('visit.partialSelfPay'), b.partialSelfPay, onBill('partialSelfPay'), { hint: t('visit.partialSelfPayHint') })}
        ${renderMoney(v, `${id}-inScope`, t('visit.inScope'), b.inScope, onBill('inScope'), { hint: t('visit.inScopeHint') })}
        <p class="sum">${t('visit.splitTotal', { total: t('money.amount', { amount: formatMoney(splitTotal(b), v.lang) }) })}</p>`}
    ${v.form.visits.length > 1 ? html`<div class="actions"><button type="button" class="secondary" @click=${() => v.removeVisit(visit.key)}>${t('visit.remove', { n: String(i + 1) })}</button></div>` : nothing}
  </fieldset>`;
}

export function renderVisits(v: FormView): TemplateResult {
  return html`<div class="visits">
    ${v.form.visits.map((x, i) => renderVisit(v, x, i))}
    <div class="actions"><button type="button" id="add-visit" class="secondary" aria-keyshortcuts=${v.kbd('addVisit')} @click=${() => v.addVisit()}>${v.t('visit.add')}</button></div>
  </div>`;
}

export function renderYearToDate(v: FormView): TemplateResult {
  const { form: f, t } = v;
  const onYtd = (k: YtdMoneyKey) => (e: CustomEvent<MoneyInputDetail>) => v.edit({ ytd: { ...v.form.ytd, [k]: { text: e.detail.text, value: e.detail.value } } });
  const body = html`
    <p class="hint">${t('ytd.hint')}</p>
    <div><label for="ytd-admissions">${t('ytd.inpatientAdmissions')}</label>
      <input id="ytd-admissions" type="text" inputmode="numeric" autocomplete="off" .value=${f.admissionsText} aria-keyshortcuts=${v.kbd('yearToDate')}
        @input=${(e: Event) => v.edit({ admissionsText: value(e) })}></div>
    ${YTD_MONEY.map((k) => renderMoney(v, `ytd-${k}`, t(`ytd.${k}`), f.ytd[k], onYtd(k)))}`;
  if (v.mode === 'elder') return html`<fieldset><legend>${t('ytd.legend')}</legend>${body}</fieldset>`;
  return html`<details id="ytd"><summary>${t('ytd.legend')}</summary><fieldset><legend class="visually-hidden">${t('ytd.legend')}</legend>${body}</fieldset></details>`;
}

/** The form's sections in order (elder mode shows one per screen, then the result). */
export const FORM_STEPS = ['region', 'person', 'identity', 'age', 'visits', 'yearToDate'] as const;
export const FORM_SECTIONS: Record<(typeof FORM_STEPS)[number], (v: FormView) => TemplateResult> = {
  region: renderRegion, person: renderPerson, identity: renderIdentity, age: renderAge, visits: renderVisits, yearToDate: renderYearToDate,
};
