// <yb-what-if>: out-of-pocket (and each tier) against the size of one visit's bill, with every bend
// labelled by the rule that causes it (src/engine/what-if.ts), a data-table alternative and a
// comparison of assistance categories for the same bill. Thin: every figure comes from the engine.
// Strict-CSP safe: no inline styles (SVG geometry is attributes; colours come from classes).
import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  whatIfCurve, compareCategories, isWhatIfError, WHAT_IF_SERIES,
  type EstimateInput, type Lang, type RulePack, type WhatIfBend, type WhatIfCurve, type WhatIfFigures,
} from '../../src/index.js';
// Lazy element (defined when its section is opened): decimal.js for the chart geometry is fine here.
import { Dec } from '../../src/index.js';
import { formatMoney } from '../internal/format.js';
import { hostStyles } from '../internal/host.styles.js';
import { tierTokens } from '../internal/tier.styles.js';
import { WIDGETS_VERSION } from '../internal/define.js';
import { whatIfStyles } from './yb-what-if.styles.js';
import { LocaleController } from '../internal/locale-controller.js';
import { ensureFullStrings } from '../internal/full-strings.js';
import { afterPending, track } from '../internal/pending.js';

type Series = (typeof WHAT_IF_SERIES)[number];

// Its strings are in the i18n bundles (widgets/i18n/ui-details.zh-CN.ts, ui.en.ts: whatIfChart);
// bend labels are nested there (whatIfChart.bend.basic.deductible …).
type Key = string;

/**
 * Chart geometry in CSS px: the viewBox is as wide as the element is rendered (measured), so a
 * 13 px label is 13 px on a 360 px phone too (issue 12 item 5: labels ≥ 12 px as rendered).
 */
const TICK_PX = 13;
const M = { l: 52, r: 14, t: 26, b: 48 };
/** The x axis sits this far under the zero line, so a low 个人自付 line never hugs it. */
const AXIS_GAP = 6;
interface Geom { W: number; H: number; PW: number; PH: number; xTicks: number }
function geometry(width: number): Geom {
  const W = Math.max(280, Math.round(width));
  const H = Math.round(Math.min(320, Math.max(240, W * 0.62)));
  return { W, H, PW: W - M.l - M.r, PH: H - M.t - M.b - AXIS_GAP, xTicks: W < 480 ? 2 : 4 };
}
const SERIES_ORDER: Series[] = ['basic', 'critical', 'assistance', 'tilt', 'outOfPocket'];
/** The comparison puts 个人自付 first, beside the identity: the figure a person compares is never off-screen. */
const COMPARE_ORDER: Series[] = ['outOfPocket', 'basic', 'critical', 'assistance', 'tilt'];

/**
 * @summary What-if chart: each tier and out-of-pocket as one visit's bill grows, bends labelled.
 * @csspart chart - The figure holding the SVG chart.
 * @csspart table - The data table alternative.
 * @csspart compare - The category comparison table.
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
export class YbWhatIf extends LitElement {
  static version = WIDGETS_VERSION;
  static override styles = [hostStyles, tierTokens, whatIfStyles];

  /** The estimate input (same JSON as estimate()); its visit `visit-index` is the one varied. */
  @property({ attribute: false }) input: EstimateInput | null = null;
  /** Rule packs already loaded (the shipped chain or a test pack). */
  @property({ attribute: false }) packs: RulePack[] = [];
  @property({ type: Number, attribute: 'visit-index' }) visitIndex = 0;
  /** Bill range (money strings); defaults: the visit's fixed parts … 4 × its bill. */
  @property() from = '';
  @property() to = '';
  /** Compare the categories of the pack for the same bill (on by default). */
  @property({ type: Boolean, attribute: 'no-compare' }) noCompare = false;
  @property() override lang = '';

  @state() private curve: WhatIfCurve | null = null;
  @state() private compare: { category: string; figures: WhatIfFigures }[] = [];
  @state() private errors: string[] = [];
  @state() private tableOpen = false;

  private pending = new Set<Promise<unknown>>();
  private loc = new LocaleController(this, (p) => track(this.pending, p));
  private get l(): Lang { return this.loc.lang; }
  /** Rendered width of the element (CSS px), for the viewBox; 640 until measured. */
  @state() private width = 640;
  private resize?: ResizeObserver;

  constructor() {
    super();
    ensureFullStrings(); // this element is loaded on demand: all strings travel with it
  }

  /** Also waits for strings loading on demand (English). */
  protected override getUpdateComplete(): Promise<boolean> {
    return afterPending(this.pending, () => super.getUpdateComplete());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      // Next frame: re-laying out inside the observer's callback would loop (and report an error).
      if (w > 0 && w !== this.width) requestAnimationFrame(() => { this.width = w; });
    });
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  /** A bend's name in plain words, from its cause keys ("大病保险从这里开始报销"). */
  private bendName(b: WhatIfBend): string {
    return b.causes.map((x) => this.t(`bend.${x.key}` as Key)).join(this.t('sep'));
  }

  private t(key: Key, vars: Record<string, string> = {}): string {
    return this.loc.t(`whatIfChart.${key}`, vars);
  }
  private money(v: string): string {
    return this.t('yuan', { amount: formatMoney(v, this.l) });
  }

  override willUpdate(changed: PropertyValues): void {
    const langChanged = this.loc.sync();
    if (this.clientWidth > 0 && Math.round(this.clientWidth) !== this.width) this.width = Math.round(this.clientWidth);
    if (langChanged || changed.has('input') || changed.has('packs') || changed.has('visitIndex') || changed.has('from') || changed.has('to') || changed.has('lang') || changed.has('noCompare')) {
      this.recompute();
    }
  }

  private recompute(): void {
    this.curve = null;
    this.compare = [];
    this.errors = [];
    if (!this.input) return;
    const input = { ...this.input, options: { ...(this.input.options ?? {}), lang: this.l, trace: false } };
    const c = whatIfCurve(input, this.packs, {
      visitIndex: this.visitIndex, ...(this.from ? { from: this.from } : {}), ...(this.to ? { to: this.to } : {}),
    });
    if (isWhatIfError(c)) {
      this.errors = c.errors.map((e) => e.message);
      return;
    }
    this.curve = c;
    if (!this.noCompare) {
      const rows = compareCategories(input, this.packs, this.visitIndex);
      this.compare = isWhatIfError(rows) ? [] : rows;
    }
  }

  private categoryName(id: string): string {
    if (id === 'none') return this.t('none');
    for (const p of [...this.packs, ...(this.input?.pack ? [this.input.pack] : [])]) {
      const c = p.categories.find((x) => x.id === id);
      if (c) return c.name[this.l];
    }
    return id;
  }

  private currentBill(): string | undefined {
    const v = this.input?.visits[this.visitIndex];
    return v?.total;
  }

  override render() {
    return html`<section aria-labelledby="h">
      <h2 id="h">${this.t('heading')}</h2>
      ${this.errors.length
        ? html`<p class="errors" role="alert">${this.errors.join(' ')}</p>`
        : this.curve ? this.renderCurve(this.curve) : html`<p class="placeholder">${this.t('placeholder')}</p>`}
    </section>`;
  }

  private renderCurve(c: WhatIfCurve): TemplateResult {
    const g = geometry(this.width);
    const oop = (at: string) => c.points.find((p) => p.total === at)?.outOfPocket ?? '0';
    const first = c.points[0];
    const last = c.points[c.points.length - 1];
    const bendsText = c.bends.map((b) => this.t('bendItem', { at: formatYuan(b.at, this.l), labels: this.bendName(b), oop: formatYuan(oop(b.at), this.l) })).join(this.t('sep'));
    const now = this.currentBill();
    return html`
      <p>${this.t('intro')}</p>
      <figure part="chart">
        <svg viewBox="0 0 ${g.W} ${g.H}" width=${g.W} height=${g.H} role="img" aria-labelledby="chart-title" aria-describedby="curve-ends bends" focusable="false">
          <title id="chart-title">${this.t('chartTitle')}</title>
          <desc id="chart-desc">${this.t('chartDesc', { from: formatYuan(c.from, this.l), to: formatYuan(c.to, this.l), n: String(c.bends.length), bends: bendsText || this.t('noBends') })}</desc>
          ${this.renderPlot(c, g)}
        </svg>
        <figcaption>
          <ul class="legend" aria-label=${this.t('chartTitle')}>
            ${SERIES_ORDER.slice().reverse().map((s) => html`<li><span class="swatch sw-${s}" aria-hidden="true"></span>${this.t(s)}</li>`)}
            ${now !== undefined ? html`<li data-legend="now"><span class="swatch sw-now" aria-hidden="true"></span>${this.t('nowLegend', { at: formatMoney(now, this.l) })}</li>` : nothing}
          </ul>
        </figcaption>
      </figure>
      <p id="curve-ends">${first && last ? this.t('curveEnds', { from: formatYuan(c.from, this.l), to: formatYuan(c.to, this.l), oopFrom: formatYuan(first.outOfPocket, this.l), oopTo: formatYuan(last.outOfPocket, this.l) }) : nothing}</p>
      ${c.bends.length ? html`<h3 id="bends-h">${this.t('bendsHeading')}</h3>
        <ol class="bends" id="bends" aria-labelledby="bends-h">
          ${c.bends.map((b) => html`<li data-at=${b.at}>${this.t('bendItem', { at: formatYuan(b.at, this.l), labels: this.bendName(b), oop: formatYuan(oop(b.at), this.l) })}</li>`)}
        </ol>` : html`<p id="bends">${this.t('noBends')}</p>`}
      <div>
        <button type="button" class="secondary" aria-expanded=${this.tableOpen ? 'true' : 'false'} aria-controls="table"
          @click=${() => { this.tableOpen = !this.tableOpen; }}>${this.t(this.tableOpen ? 'hideTable' : 'showTable')}</button>
      </div>
      <div class="table-wrap scroll" id="table" part="table" ?hidden=${!this.tableOpen} tabindex=${this.tableOpen ? '0' : '-1'} role="region" aria-label=${this.t('tableCaption')}>${this.tableOpen ? this.renderTable(c) : nothing}</div>
      ${this.compare.length ? this.renderCompare() : nothing}`;
  }

  private renderPlot(c: WhatIfCurve, g: Geom) {
    const x0 = new Dec(c.from);
    const span = new Dec(c.to).minus(x0);
    let yMax = new Dec(1);
    for (const p of c.points) for (const s of SERIES_ORDER) if (new Dec(p[s]).greaterThan(yMax)) yMax = new Dec(p[s]);
    yMax = niceCeil(yMax);
    const base = M.t + g.PH;
    const X = (t: string) => new Dec(t).minus(x0).dividedBy(span).times(g.PW).plus(M.l).toFixed(1);
    const Y = (v: string) => new Dec(base).minus(new Dec(v).dividedBy(yMax).times(g.PH)).toFixed(1);
    const yTicks = [0, 1, 2, 3, 4];
    const xTicks = Array.from({ length: g.xTicks + 1 }, (_, i) => i);
    const xTick = (i: number) => x0.plus(span.times(i).dividedBy(g.xTicks)).toFixed(2);
    const yTick = (i: number) => yMax.times(i).dividedBy(4).toFixed(2);
    const oop = (at: string) => c.points.find((p) => p.total === at)?.outOfPocket ?? '0';
    const now = this.currentBill();
    const nowIn = now !== undefined && new Dec(now).greaterThanOrEqualTo(c.from) && new Dec(now).lessThanOrEqualTo(c.to);
    const axisY = base + AXIS_GAP;
    const nowX = nowIn ? Number(X(now!)) : 0;
    const nowAnchor = nowX > g.W - 70 ? 'end' : nowX < M.l + 40 ? 'start' : 'middle';
    return svg`
      <g aria-hidden="true">
        ${yTicks.map((i) => svg`<line class="grid" x1=${M.l} x2=${g.W - M.r} y1=${Y(yTick(i))} y2=${Y(yTick(i))}></line>
          <text class="tick" x=${M.l - 6} y=${Y(yTick(i))} text-anchor="end" dominant-baseline="middle">${compact(yTick(i), this.l)}</text>`)}
        ${xTicks.map((i) => svg`<text class="tick x-tick" x=${X(xTick(i))} y=${axisY + 17} text-anchor=${i === 0 ? 'start' : i === g.xTicks ? 'end' : 'middle'}>${compact(xTick(i), this.l)}</text>`)}
        <line class="axis" x1=${M.l} x2=${g.W - M.r} y1=${axisY} y2=${axisY}></line>
        <line class="axis" x1=${M.l} x2=${M.l} y1=${M.t} y2=${axisY}></line>
        <text class="tick axis-title" x=${M.l + g.PW / 2} y=${g.H - 4} text-anchor="middle">${this.t('axisX')}</text>
        ${c.bends.map((b) => svg`<line class="bend-line" x1=${X(b.at)} x2=${X(b.at)} y1=${M.t} y2=${base}></line>`)}
        ${nowIn ? svg`<line class="now-line" x1=${X(now!)} x2=${X(now!)} y1=${M.t} y2=${base}></line>
          <text class="tick now-label" x=${X(now!)} y=${M.t - 10} text-anchor=${nowAnchor}>${this.t('nowLabel')}</text>` : nothing}
        ${SERIES_ORDER.map((s) => svg`<polyline class="line line-${s}" points=${c.points.map((p) => `${X(p.total)},${Y(p[s])}`).join(' ')}></polyline>`)}
        ${c.bends.map((b, i) => svg`<circle class="bend-dot" cx=${X(b.at)} cy=${Y(oop(b.at))} r="10"></circle>
          <text class="bend-num" x=${X(b.at)} y=${Y(oop(b.at))}>${i + 1}</text>`)}
      </g>`;
  }

  private renderTable(c: WhatIfCurve): TemplateResult {
    const bendAt = new Map(c.bends.map((b, i) => [b.at, i + 1]));
    const now = this.currentBill();
    return html`<table>
      <caption>${this.t('tableCaption')}</caption>
      <thead><tr><th scope="col">${this.t('total')}</th><th scope="col">${this.t('bendCol')}</th>
        ${SERIES_ORDER.map((s) => html`<th scope="col">${this.t(s)}</th>`)}</tr></thead>
      <tbody>${c.points.map((p) => html`<tr class=${`${bendAt.has(p.total) ? 'is-bend' : ''} ${now !== undefined && new Dec(now).equals(p.total) ? 'current' : ''}`}>
        <th scope="row">${formatMoney(p.total, this.l)}</th>
        <td>${bendAt.has(p.total) ? String(bendAt.get(p.total)) : ''}</td>
        ${SERIES_ORDER.map((s) => html`<td>${formatMoney(p[s], this.l)}</td>`)}</tr>`)}</tbody>
    </table>`;
  }

  private renderCompare(): TemplateResult {
    const total = this.currentBill() ?? '0';
    // At 360 px the comparison scrolls inside its own focusable region, with a visible hint and edge
    // shadows (issue 12 item 5); the page itself never scrolls sideways.
    return html`<h3 id="cmp-h">${this.t('compareHeading')}</h3>
      <p id="cmp-cap">${this.t('compareCaption', { total: formatMoney(total, this.l) })}</p>
      <p class="scroll-hint" id="cmp-hint">${this.t('scrollHint')}</p>
      <div class="table-wrap scroll" part="compare" tabindex="0" role="region" aria-labelledby="cmp-h" aria-describedby="cmp-hint"><table aria-labelledby="cmp-cap">
        <thead><tr><th scope="col">${this.t('category')}</th>${COMPARE_ORDER.map((s) => html`<th scope="col">${this.t(s)}</th>`)}</tr></thead>
        <tbody>${this.compare.map((r) => html`<tr><th scope="row">${this.categoryName(r.category)}</th>
          ${COMPARE_ORDER.map((s) => html`<td data-series=${s}>${formatMoney(r.figures[s], this.l)}</td>`)}</tr>`)}</tbody>
      </table></div>`;
  }
}

/** A round axis maximum ≥ v: 1, 2, 2.5 or 5 × 10^k. */
function niceCeil(v: Dec): Dec {
  const k = Math.max(0, v.toFixed(0).length - 1);
  const unit = new Dec(10).pow(k);
  for (const m of ['1', '2', '2.5', '5', '10']) {
    const c = unit.times(m);
    if (c.greaterThanOrEqualTo(v)) return c;
  }
  return unit.times(10);
}

/** Axis labels: 万 for zh-CN, k for en. */
function compact(v: string, lang: Lang): string {
  const d = new Dec(v);
  if (lang === 'zh-CN') return d.greaterThanOrEqualTo(10000) ? `${d.dividedBy(10000).toDecimalPlaces(1).toString()}万` : d.toDecimalPlaces(0).toString();
  return d.greaterThanOrEqualTo(1000) ? `${d.dividedBy(1000).toDecimalPlaces(0).toString()}k` : d.toDecimalPlaces(0).toString();
}

/** Money rounded to the yuan, grouped ("94,600"): for bends and the curve's words, never for a figure to the fen
 * (kept in this lazy element, not in the initial chunk's format.ts). */
function formatYuan(value: string, lang: Lang): string {
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { maximumFractionDigits: 0, roundingMode: 'halfExpand', useGrouping: true } as Intl.NumberFormatOptions);
  return (nf.format as unknown as (v: string) => string)(value);
}
