import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  PARAMS,
  type EstimateOutput, type Lang, type ParamRead, type TraceStep, type VisitResult, type CategoryInfo, type Guidance, type ParamKey,
  type ResolvedCitation, type TierFigures,
} from '../../src/index.js';
import { unknownSentence } from '../internal/unknown-text.js';
import {
  assumptionSentence, groupDigits, immaterialSentence, immaterialUnknowns, scaleWords, valueWords,
} from '../internal/plain-words.js';
// Lazy element (loaded with the first result): decimal.js arithmetic for the bar geometry is fine here.
import { Dec, sourceLink } from '../../src/index.js';
import { hostStyles } from '../internal/host.styles.js';
import { disclosureStyles } from '../internal/disclosure.styles.js';
import { tierTokens } from '../internal/tier.styles.js';
import type { Translate } from '../internal/i18n.js';
import { LocaleController } from '../internal/locale-controller.js';
import { afterPending, track } from '../internal/pending.js';
import { formatMoney, shareToPercent } from '../internal/format.js';
import { WIDGETS_VERSION } from '../internal/define.js';
import { ensureFullStrings } from '../internal/full-strings.js';
import type { ApplicationNotice as HardshipNotice } from '../../src/index.js';
import { resultStyles } from './yb-result.styles.js';
import { webHref } from '../internal/safe-url.js';

/** Width of a part in a whole, as a percent string with 3 decimals, for SVG geometry. */
function partPercent(part: string, whole: string): string {
  const w = new Dec(whole);
  if (w.isZero()) return '0';
  return new Dec(part).dividedBy(w).times(100).toFixed(3, Dec.ROUND_HALF_UP);
}

/** Said by the range display (bar, sentences) or the quiet note, not as warnings. */
const RANGE_WARNINGS = new Set(['range-estimate', 'unknowns-immaterial']);
/** Steps that state "there is no cap/limit": never said of a cap that is only unpublished. */
const NO_LIMIT_STEP = /\.(cap|limit)\.none$/;

export const TIERS = ['basic', 'critical', 'assistance', 'tilt', 'outOfPocket'] as const;
export type TierKey = (typeof TIERS)[number];

/**
 * @summary The estimate: what is left to pay (the most likely figure, largest), and — when a local
 * number the region has not published moves it — its range as a scale with a text equivalent and
 * one plain sentence per such number; what each tier pays as an SVG stacked bar with a text
 * alternative and a table, the effective reimbursement rate, assumptions, next steps, and an
 * expandable step-by-step explanation with the policy citation of every figure.
 * @csspart result - The result section.
 * @csspart chart - The stacked bar (SVG, role=img).
 * @csspart table - The tier table.
 * @csspart explanation - The step-by-step explanation (details).
 * @cssprop [--yb-accent=#0b5cad] - Buttons, links, checked radios and boxes.
 * @cssprop [--yb-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--yb-text=#1a1a1a] - Text colour.
 * @cssprop [--yb-muted=#4d4d4d] - Secondary text.
 * @cssprop [--yb-bg=#ffffff] - Background.
 * @cssprop [--yb-surface=#f4f6f8] - Panels.
 * @cssprop [--yb-border=#6b6b6b] - Field and box borders.
 * @cssprop [--yb-error=#b3261e] - Error messages.
 * @cssprop [--yb-warn-bg=#fff4d6] - Warnings and notes.
 * @cssprop [--yb-radius=6px] - Corner radius.
 * @cssprop [--yb-space=0.75rem] - Spacing.
 * @cssprop [--yb-focus-ring=#1a73e8] - Focus outline colour.
 * @cssprop [--yb-font] - Font family.
 * @cssprop [--yb-font-size=1rem] - Base font size.
 * @cssprop [--yb-tier-basic=#1f5fa8] - Bar and swatch colour: 基本医保.
 * @cssprop [--yb-tier-critical=#00796b] - Bar and swatch colour: 大病保险.
 * @cssprop [--yb-tier-assistance=#6a3d9a] - Bar and swatch colour: 医疗救助.
 * @cssprop [--yb-tier-tilt=#a0522d] - Bar and swatch colour: 倾斜救助.
 * @cssprop [--yb-tier-out-of-pocket=#b3261e] - Bar and swatch colour: 个人自付.
 */
export class YbResult extends LitElement {
  // ── statics ──
  static version = WIDGETS_VERSION;
  static override styles = [hostStyles, tierTokens, resultStyles, disclosureStyles];

  // ── properties ──
  /** The engine's output (estimateSync); null shows the reserved empty state. */
  @property({ attribute: false }) output: EstimateOutput | null = null;
  /** Localised engine error messages to show instead of a result. */
  @property({ attribute: false }) errors: string[] = [];
  /** Assistance categories of the region's pack (access, names) for next steps. */
  @property({ attribute: false }) categories: CategoryInfo[] = [];
  /** The region's guidance (how to get assistance, where, service line). */
  @property({ attribute: false }) guidance: Guidance | undefined = undefined;
  /** 因病致贫重病患者 hint, computed by the estimator from data. */
  @property({ attribute: false }) hardship: HardshipNotice | null = null;
  /** The input changed and is not valid yet: the shown result is the last valid one. */
  @property({ type: Boolean }) stale = false;
  /** Text shown while there is nothing to compute yet. */
  @property() placeholder = '';
  /** `zh-CN` (default) or `en`. */
  @property() override lang = '';
  /** Accessible name of the result region (distinct per instance on a page); default: the heading. */
  @property() label = '';
  /** `citizen` | `elder` | `hotline`: presentation only. */
  @property({ reflect: true }) mode: 'citizen' | 'elder' | 'hotline' = 'citizen';

  // ── state ──
  @state() private explanationOpen = false;
  private loc = new LocaleController(this, (p) => track(this.pending, p));
  private pending = new Set<Promise<unknown>>();
  private get t(): Translate { return this.loc.t; }
  private get tLang(): Lang { return this.loc.lang; }

  // ── lifecycle ──
  constructor() {
    super();
    ensureFullStrings(); // this element is loaded on demand: all strings travel with it
  }

  /** Also waits for strings loading on demand (English). */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterPending(this.pending, () => super.getUpdateComplete());
  }

  override willUpdate(_changed: PropertyValues<this>): void {
    this.loc.sync();
  }

  /** Opens or closes the step-by-step explanation (hotline shortcut). */
  toggleExplanation(open = !this.explanationOpen): void {
    this.explanationOpen = open;
  }

  // ── handlers ──
  private onToggle(e: Event): void {
    this.explanationOpen = (e.target as HTMLDetailsElement).open;
  }

  // ── render ──
  private money(v: string): string {
    return this.t('money.amount', { amount: formatMoney(v, this.tLang) });
  }

  /** The result rests on a value the person supplied (the "user-supplied" layer). */
  private userSupplied(): boolean {
    const out = this.output;
    if (!out) return false;
    return out.assumptions.some((a) => a.cite.some((c) => c.doc.reliability === 'USER'))
      || out.visits.some((v) => (v.trace ?? []).some((s) => s.params.some((p) => p.layer.startsWith('user-') || p.cite.some((c) => c.doc.reliability === 'USER'))));
  }

  /** Tiers whose figure moves between the generous and the strict corner (a range, not a fixed figure). */
  private movingTiers(r: { generous: TierFigures; strict: TierFigures }, central: TierFigures): Set<TierKey> {
    return new Set(TIERS.filter((k) => r.generous[k] !== r.strict[k] || r.generous[k] !== central[k]));
  }

  /**
   * One small mark per figure source, explained once in a legend under the table (issue 12 item 2):
   * "*" rests on a value the person supplied, "≈" moves with an unpublished number. The bill the
   * person typed is never marked.
   */
  private marks(opts: { user: boolean; range: boolean }) {
    if (!opts.user && !opts.range) return nothing;
    // <wbr>: at 320 px the marks may go under the amount; an amount itself never breaks.
    return html`<wbr>${opts.user ? html`<sup class="mark user-mark"><span aria-hidden="true">${this.t('marks.user')}</span><span class="visually-hidden">${this.t('marks.userSr')}</span></sup>` : nothing}${opts.range ? html`<sup class="mark range-mark"><span aria-hidden="true">${this.t('marks.range')}</span><span class="visually-hidden">${this.t('marks.rangeSr')}</span></sup>` : nothing}`;
  }

  private renderLegend(out: EstimateOutput) {
    const user = this.userSupplied();
    const range = !out.totals.exact;
    if (!user && !range) return nothing;
    return html`<ul class="legend plain-list" data-legend>
      ${user ? html`<li data-legend="user"><span class="mark-key" aria-hidden="true">${this.t('marks.user')}</span> ${this.t('marks.userLegend')}</li>` : nothing}
      ${range ? html`<li data-legend="range"><span class="mark-key" aria-hidden="true">${this.t('marks.range')}</span> ${this.t('marks.rangeLegend')}</li>` : nothing}
    </ul>`;
  }

  /** Moves focus to the result heading (after the person supplied the last missing value). */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#h')?.focus();
  }

  private tierName(k: TierKey): string {
    return this.t(`engine:tier.${k}`);
  }

  private renderChart(out: EstimateOutput) {
    const tot = out.totals;
    let x = new Dec(0);
    const rects = TIERS.map((k) => {
      const w = partPercent(tot[k], tot.total);
      const r = svg`<rect class="seg-${k}" x="${x.toFixed(3)}%" y="0" width="${w}%" height="100%"></rect>`;
      x = x.plus(w);
      return r;
    });
    const alt = this.t('chart.alt', {
      total: this.money(tot.total), basic: this.money(tot.basic), critical: this.money(tot.critical),
      assistance: this.money(tot.assistance), tilt: this.money(tot.tilt), outOfPocket: this.money(tot.outOfPocket),
    });
    return html`<svg part="chart" role="img" aria-label=${alt} focusable="false" preserveAspectRatio="none">${rects}</svg>`;
  }

  private renderTable(out: EstimateOutput) {
    const tot = out.totals;
    const user = this.userSupplied();
    const moving = this.movingTiers(tot.range, tot);
    let left = new Dec(tot.total);
    let leftMoves = false;
    const rows = TIERS.filter((k) => k !== 'outOfPocket').map((k) => {
      left = left.minus(tot[k]);
      leftMoves ||= moving.has(k);
      const remaining = left.toFixed(2);
      return html`<tr>
        <th scope="row"><span class="swatch sw-${k}" aria-hidden="true"></span>${this.tierName(k)}</th>
        <td class="num" data-figure=${k} data-value=${tot[k]}><span class="amt">${this.money(tot[k])}</span>${this.marks({ user, range: moving.has(k) })}</td>
        <td class="num" data-left=${k} data-value=${remaining}><span class="amt">${this.money(remaining)}</span>${this.marks({ user, range: leftMoves })}</td>
      </tr>`;
    });
    return html`<div class="table-wrap"><table part="table">
      <caption>${this.t('table.caption')}</caption>
      <thead><tr><th scope="col">${this.t('table.tier')}</th><th scope="col">${this.t('table.pays')}</th><th scope="col">${this.t('table.left')}</th></tr></thead>
      <tbody>
        <tr><th scope="row">${this.t('table.total')}</th><td class="num" data-figure="total" data-value=${tot.total}><span class="amt">${this.money(tot.total)}</span></td><td class="num"></td></tr>
        ${rows}
        <tr class="total"><th scope="row"><span class="swatch sw-outOfPocket" aria-hidden="true"></span>${this.tierName('outOfPocket')}</th>
          <td class="num" data-figure="outOfPocket" data-value=${tot.outOfPocket}><span class="amt">${this.money(tot.outOfPocket)}</span>${this.marks({ user, range: moving.has('outOfPocket') })}</td><td class="num"></td></tr>
      </tbody>
    </table></div>`;
  }

  private renderVisits(out: EstimateOutput) {
    if (out.visits.length < 2) return nothing;
    const user = this.userSupplied();
    return html`<div class="table-wrap"><table>
      <caption>${this.t('table.visitsCaption')}</caption>
      <thead><tr><th scope="col">${this.t('table.visit')}</th>${TIERS.map((k) => html`<th scope="col">${this.tierName(k)}</th>`)}</tr></thead>
      <tbody>${out.visits.map((v, i) => {
        const moving = this.movingTiers(v.range, v);
        return html`<tr>
        <th scope="row">${this.visitTitle(v, i)}</th>
        ${TIERS.map((k) => html`<td class="num" data-visit=${v.id} data-figure=${k} data-value=${v[k]}><span class="amt">${this.money(v[k])}</span>${this.marks({ user, range: moving.has(k) })}</td>`)}
      </tr>`;
      })}</tbody>
    </table></div>`;
  }

  private visitTitle(v: VisitResult, i: number): string {
    return this.t('engine:trace.visit', { n: String(i + 1), kind: this.t(`engine:kind.${v.kind}`), date: v.date });
  }

  private renderAssumptions(out: EstimateOutput) {
    if (!out.assumptions.length) return nothing;
    return html`<h3>${this.t('assumptions.heading')}</h3>
      <p>${this.t('assumptions.intro')}</p>
      <ul class="plain assumptions">${out.assumptions.map((a) => {
        const user = a.cite.some((c) => c.doc.reliability === 'USER');
        // Said by registry kind, never the raw key or value (issue 12 item 2); those are in 技术详情.
        return html`<li data-assumption>${assumptionSentence(a, this.t, this.tLang)}${user ? html` <span class="supplied-by">${this.t('source.user')}</span>` : nothing}</li>`;
      })}</ul>`;
  }

  /** Unpublished numbers that did not move the result, one plain sentence each. */
  private renderImmaterial(out: EstimateOutput) {
    const reads = immaterialUnknowns(out);
    return html`<p class="quiet" data-note="immaterial">${this.t('range.immaterial')}</p>
      ${reads.length ? html`<ul class="plain quiet immaterial">${reads.map((p) => html`<li data-unknown=${p.key}>${immaterialSentence(out, p, this.t, this.tLang)}</li>`)}</ul>` : nothing}`;
  }

  private renderNextSteps(out: EstimateOutput) {
    const applied = out.identity.applied;
    const info = this.categories.find((c) => c.id === applied);
    const g = this.guidance;
    let lead: string;
    if (applied === 'none' || !info) lead = this.t('next.none');
    else if (info.access === 'automatic') lead = this.t('next.automatic', { category: info.name[this.tLang] });
    else lead = this.t('next.application', { category: info.name[this.tLang] });
    return html`<h3>${this.t('next.heading')}</h3>
      <ul class="plain">
        <li>${lead}</li>
        ${g ? html`<li>${g.howToGet[this.tLang]}</li>` : nothing}
        ${g?.applyAt ? html`<li>${this.t('next.applyAt', { place: g.applyAt[this.tLang] })}</li>` : nothing}
        ${g?.serviceLine ? html`<li>${this.t('next.serviceLinePrefix')} <a href="tel:${g.serviceLine}">${g.serviceLine}</a></li>` : html`<li>${this.t('next.serviceLineGeneric')}</li>`}
        ${g ? html`<li>${this.t('next.notCovered', { text: g.notCovered[this.tLang] })}</li>` : nothing}
      </ul>`;
  }

  private renderHardship() {
    const h = this.hardship;
    if (!h) return nothing;
    const info = this.categories.find((c) => c.id === h.category);
    const category = info ? info.name[this.tLang] : this.t(`engine:category.${h.category}`);
    const text = h.threshold
      ? this.t('hardship.derived', { category,
        outOfPocket: this.money(h.outOfPocket), threshold: this.money(h.threshold.value),
        series: h.threshold.seriesLabel[this.tLang], year: h.threshold.year, base: this.money(h.threshold.base), rate: h.threshold.rate,
      })
      : this.t('hardship.conditional', { category, outOfPocket: this.money(h.outOfPocket) });
    const extra = this.t('hardship.extra', { extra: this.money(h.extra) });
    const how = this.guidance?.howToGet[this.tLang];
    return html`<div class="hardship" role="note">
      <p><strong>${this.t('hardship.heading')}</strong></p>
      <p>${text}</p>
      <p>${extra}</p>
      <p>${how ? this.t('hardship.howLocal', { how }) : this.t('hardship.howGeneric')}</p>
    </div>`;
  }

  /** An unpublished number read from its bounds: its range in words (never its central value as the rule). */
  private renderUnknownRead(p: ParamRead) {
    const u = p.unknown;
    if (!u) return nothing;
    const words = (v: ParamRead['value']) => valueWords(p.key, v, this.t, this.tLang);
    return html`<br>${this.t('plain.unknownRead', {
      low: words(u.low), high: u.high === null ? this.t('engine:value.unbounded') : words(u.high),
      central: u.central === null ? this.t('engine:value.none') : words(u.central), picked: this.t(`engine:corner.${u.picked}`),
      basis: groupDigits(u.basis?.[this.tLang] ?? '', this.tLang),
    })}`;
  }

  /**
   * A source link by how far it can be trusted (issue 11 item 5): "查看原文" only for an official
   * source (OFF, OFF-MIRROR); a repost (MEDIA, SEC) is a plain link labelled "转载，非官方"; a value
   * the person supplied (USER), test data (TEST) and content farms never link (`sourceLink`).
   */
  private renderSourceLink(c: ResolvedCitation) {
    const rel = c.doc.reliability;
    if (rel === 'USER' || rel === 'TEST') return html` <span class="src-note" data-source=${rel}>${this.t(rel === 'USER' ? 'source.user' : 'source.test')}</span>`;
    const kind = sourceLink(c.doc);
    const href = kind ? webHref(c.doc.url) : undefined;
    if (!href) return nothing;
    if (kind === 'original') {
      return html` <a class="src-official" data-source=${rel} href=${href} target="_blank" rel="noopener noreferrer">${this.t('source.official')}</a>`;
    }
    return html` <a class="src-repost" data-source=${rel} href=${href} target="_blank" rel="noopener noreferrer">${this.t('source.repost')}</a>`;
  }

  private renderParam(p: ParamRead) {
    const spec = Object.hasOwn(PARAMS, p.key) ? PARAMS[p.key as ParamKey] : undefined;
    const user = p.cite.some((c) => c.doc.reliability === 'USER');
    return html`<li>${this.t('plain.param', {
      label: spec ? spec.label[this.tLang] : this.t('plain.aValue'),
      value: p.unknown ? this.t('trace.unknownValue') : valueWords(p.key, p.value, this.t, this.tLang),
      status: this.t(`engine:status.${p.status}`),
    })}${this.renderUnknownRead(p)}
      ${p.cite.map((c) => html`<br>${user && c.doc.reliability === 'USER' ? this.t('source.user') : this.t('engine:trace.source', {
        title: this.t('trace.docTitle', { title: c.doc.title }),
        docNumber: c.doc.docNumber ? this.t('trace.docNumber', { docNumber: c.doc.docNumber }) : '',
        clause: c.clause,
      })}${this.renderSourceLink(c)}
      ${c.quote ? html`<br><q>${c.quote}</q>` : nothing}`)}
      ${p.modifiers.map((m) => html`<br>${this.t('trace.modifier', { label: m.label[this.tLang], status: this.t(`engine:status.${m.status}`) })}`)}
    </li>`;
  }

  /** A step's sentence; "no cap" is not said when the cap was only unpublished (issue 10: no unknown stated as a rule). */
  private stepText(s: TraceStep): string {
    const unknownCap = NO_LIMIT_STEP.test(s.id) ? s.params.find((p) => p.unknown) : undefined;
    if (unknownCap?.unknown) {
      const spec = PARAMS[unknownCap.key as ParamKey];
      return this.t('trace.capUnknown', {
        label: spec ? spec.label[this.tLang] : this.t('plain.aValue'),
        low: valueWords(unknownCap.key, unknownCap.unknown.low, this.t, this.tLang),
      });
    }
    // Amounts in the engine's sentence get thousands separators (the engine writes plain decimals).
    const vars = Object.fromEntries(Object.entries(s.vars ?? {}).map(([k, v]) => [k, this.stepVar(v)]));
    return this.t(`engine:trace.${s.id}`, vars);
  }

  /** A trace sentence's value in words: amounts grouped, band scales ("0.00+:60%; …") as "0 元以上 60%". */
  private stepVar(v: string): string {
    if (typeof v !== 'string') return v;
    if (/^\d+\.\d{2}$/.test(v)) return formatMoney(v, this.tLang);
    if (v.includes('+:')) {
      const bands = [...v.matchAll(/([\d.]+)\+:([\d.]+)%/g)].map((m) => `${m[1]}+:${new Dec(m[2]!).dividedBy(100).toString()}`);
      if (bands.length) return scaleWords(bands.join(' '), this.t, this.tLang);
    }
    return groupDigits(v, this.tLang);
  }

  private renderStep(s: TraceStep) {
    return html`<li class=${s.applied ? 'applied' : 'skipped'}>
      <span class="visually-hidden">${this.t(s.applied ? 'trace.applied' : 'trace.notApplied')}</span>
      ${this.stepText(s)}
      ${s.params.length ? html`<ul class="cite">${s.params.map((p) => this.renderParam(p))}</ul>` : nothing}
    </li>`;
  }

  /**
   * The range of out-of-pocket on a scale from 0 to the bill: the shaded span low–high with the most
   * likely mark; a text equivalent is the image's name and the sentence under it.
   */
  private renderRange(out: EstimateOutput) {
    const tot = out.totals;
    const r = tot.range.outOfPocket;
    const f = (v: string) => formatMoney(v, this.tLang);
    const lowX = partPercent(r.low, tot.total);
    const highX = partPercent(r.high, tot.total);
    const midX = partPercent(tot.outOfPocket, tot.total);
    const width = new Dec(highX).minus(lowX).toFixed(3);
    const bar = this.t('range.bar', { low: f(r.low), high: f(r.high), central: f(tot.outOfPocket) });
    return html`<div class="range" data-range-low=${r.low} data-range-high=${r.high} data-range-central=${tot.outOfPocket}>
      <p class="range-text" data-figure="range">${this.t('range.between', { low: f(r.low), high: f(r.high) })}</p>
      <svg class="range-bar" role="img" aria-label=${bar} focusable="false" preserveAspectRatio="none">
        <rect class="track" x="0" y="35%" width="100%" height="30%"></rect>
        <rect class="span" x="${lowX}%" y="15%" width="${width}%" height="70%"></rect>
        <rect class="mark" x="${midX}%" y="0" width="3" height="100%"></rect>
      </svg>
      <div class="range-ends" aria-hidden="true">
        <span>${this.t('range.low', { amount: this.money(r.low) })}</span>
        <span class="mid">${this.t('range.central', { amount: this.money(tot.outOfPocket) })}</span>
        <span>${this.t('range.high', { amount: this.money(r.high) })}</span>
      </div>
      ${out.unknowns.length ? html`<p>${this.t('range.because')}</p>
        <ul class="plain unknowns">${out.unknowns.map((u) => html`<li data-unknown=${u.key}>${unknownSentence(u, this.t, this.tLang)}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private renderExplanation(out: EstimateOutput) {
    return html`<details part="explanation" ?open=${this.explanationOpen} @toggle=${this.onToggle}>
      <summary>${this.t('trace.heading')}</summary>
      ${this.explanationOpen
        // The steps (dozens of sentences per stay) are rendered only while the explanation is open:
        // a closed disclosure shows nothing, and each keystroke re-renders the result (issue 15).
        ? out.visits.map((v, i) => html`<h3>${this.visitTitle(v, i)}</h3><ol class="steps">${(v.trace ?? []).map((s) => this.renderStep(s))}</ol>`)
        : nothing}
    </details>`;
  }

  /** Pack ids, checksum, layers and raw keys: for staff only, in their own disclosure (issue 12 item 2). */
  private renderTech(out: EstimateOutput) {
    return html`<details class="tech" part="tech" data-tech>
      <summary>${this.t('tech.heading')}</summary>
      <p>${this.t('tech.intro')}</p>
      <ul class="plain mono">
        <li>${this.t('tech.region', { code: out.region?.code ?? out.pack.region.code })}</li>
        <li>${this.t('tech.pack', { pack: out.pack.layers.join(' → ') })}</li>
        <li>${this.t('tech.hash', { hash: out.pack.hash })}</li>
        <li>${this.t('tech.engine', { version: out.engine.version })}</li>
      </ul>
      ${out.assumptions.length ? html`<h4>${this.t('tech.assumptionsHeading')}</h4><ul class="plain mono">${out.assumptions.map((a) => html`<li>${this.t('tech.assumption', { key: a.key, value: a.value, layer: a.layer })}</li>`)}</ul>` : nothing}
      ${out.unknowns.length ? html`<h4>${this.t('tech.unknownsHeading')}</h4><ul class="plain mono">${out.unknowns.map((u) => html`<li>${this.t('tech.unknown', { key: u.key, low: u.low, high: u.high ?? '∞', central: u.central ?? '∞', layer: u.layer })}</li>`)}</ul>` : nothing}
    </details>`;
  }

  override render() {
    const out = this.output;
    if (this.errors.length) {
      return html`<section part="result" aria-label=${this.label || this.t('result.heading')}><h2 id="h" tabindex="-1">${this.t('result.heading')}</h2>
        <ul class="errors plain">${this.errors.map((e) => html`<li>${e}</li>`)}</ul></section>`;
    }
    if (!out) {
      return html`<section part="result" aria-label=${this.label || this.t('result.heading')}><h2 id="h" tabindex="-1">${this.t('result.heading')}</h2>
        <p class="placeholder">${this.placeholder || this.t('result.placeholder')}</p></section>`;
    }
    const rate = shareToPercent(out.totals.reimbursedShare);
    const warnings = out.warnings.filter((w) => !RANGE_WARNINGS.has(w.code));
    const immaterial = out.warnings.some((w) => w.code === 'unknowns-immaterial');
    return html`<section part="result" aria-label=${this.label || this.t('result.heading')} class=${this.stale ? 'stale' : ''}>
      <h2 id="h" tabindex="-1">${this.t('result.heading')}</h2>
      ${this.stale ? html`<p class="stale-note">${this.t('result.stale')}</p>` : nothing}
      ${warnings.length ? html`<ul class="warnings">${warnings.map((w) => html`<li>${groupDigits(w.message, this.tLang)}</li>`)}</ul>` : nothing}
      <div class="headline">
        <p class="pay">${this.t('result.youPay')} <span class="big" data-figure="headline-outOfPocket" data-exact=${out.totals.exact ? 'true' : 'false'}>${this.money(out.totals.outOfPocket)}</span>${this.marks({ user: this.userSupplied(), range: false })}</p>
        <p class="rate" data-figure="rate" data-value=${out.totals.reimbursedShare}>${this.t('result.rate', { rate })}</p>
      </div>
      ${out.totals.exact
        ? immaterial ? this.renderImmaterial(out) : nothing
        : this.renderRange(out)}
      ${this.renderChart(out)}
      ${this.renderTable(out)}
      ${this.renderVisits(out)}
      ${this.renderLegend(out)}
      ${this.renderHardship()}
      ${this.renderAssumptions(out)}
      ${this.renderNextSteps(out)}
      ${this.renderExplanation(out)}
      ${this.renderTech(out)}
    </section>`;
  }
}
