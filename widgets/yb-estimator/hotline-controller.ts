// Hotline desks (mode="hotline", issue 12.6): shortcuts work from page load, wherever focus is on
// the page — a document-level listener, added when the host connects and removed when it leaves —
// but never while the person types in another text field of the page; with several hotline
// instances, the one holding focus answers, else the first one. Quick entry for the common case
// (region, identity, level, bill): after a region is chosen focus moves to the identities, where a
// digit picks one (0: none) and moves on to the hospital level, where a digit picks the level
// (1 一级, 2 二级, 3 三级) and moves on to the bill — e.g. Alt+1, "sz", Enter, 1, 3, "10万".
// Loaded on demand, with the first hotline-mode instance (a Lit ReactiveController).
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { HOSPITAL_LEVELS, needsLevel } from '../../src/index.js';
import type { Translate } from '../internal/i18n.js';
import type { YbResult } from '../yb-result/yb-result.js';
import type { YbMissingRule } from '../yb-missing-rule/yb-missing-rule.js';
import type { FormView } from './form-sections.js';
import { SHORTCUTS, SHORTCUT_KEYS, type ShortcutAction } from './shortcut-keys.js';

export interface HotlineHost extends ReactiveControllerHost, HTMLElement {
  mode: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  addVisit(): Promise<void>;
  copySummary(): Promise<void>;
  toggleScript(): void;
}

/** Connected hotline controllers, in connection order (the first answers keys from outside any). */
const connected: HotlineController[] = [];

/** A field where typed keys are text (a checkbox or radio button is not). */
function isTextField(el: EventTarget | undefined): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type);
}

export class HotlineController implements ReactiveController {
  private readonly onKey = (e: KeyboardEvent) => this.handle(e);

  constructor(private readonly host: HotlineHost, private readonly view: FormView) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!connected.includes(this)) connected.push(this);
    this.host.ownerDocument.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    connected.splice(connected.indexOf(this), 1);
    this.host.ownerDocument.removeEventListener('keydown', this.onKey);
  }

  renderHelp(t: Translate): TemplateResult {
    return html`<details class="noprint" id="shortcuts"><summary>${t('shortcuts.heading')}</summary>
      <p class="hint">${t('shortcuts.note')}</p>
      <p class="hint">${t('hotline.quick')}</p>
      <dl class="keys">${(Object.keys(SHORTCUT_KEYS) as ShortcutAction[]).map((a) => html`<dt><kbd>${SHORTCUT_KEYS[a]}</kbd></dt><dd>${t(`shortcuts.${a}`)}</dd>`)}</dl>
    </details>`;
  }

  /** After a region is chosen by keyboard: on to the identities (else the bill). */
  async regionChosen(): Promise<void> {
    await this.host.updateComplete;
    this.focusFirst('input[name="category"], yb-money-input[data-bill]');
  }

  private focusFirst(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private handle(e: KeyboardEvent): void {
    if (e.defaultPrevented || this.host.mode !== 'hotline') return;
    const path = e.composedPath();
    const hotline = connected.filter((c) => c.host.mode === 'hotline');
    const owner = hotline.find((c) => path.includes(c.host)) ?? hotline[0];
    if (owner !== this) return;
    const inside = path.includes(this.host);
    if (!inside && isTextField(path[0])) return; // someone typing elsewhere on the page
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      const action = (SHORTCUTS as Record<string, ShortcutAction | undefined>)[e.code];
      if (!action) return;
      e.preventDefault();
      this.run(action);
    } else if (inside && !e.altKey && !e.ctrlKey && !e.metaKey && /^Digit\d$/.test(e.code)) {
      if (this.quick(path[0], Number(e.code.slice(5)))) e.preventDefault();
    }
  }

  /** A digit on an identity box or a level list picks by number and moves on. */
  private quick(target: EventTarget | undefined, n: number): boolean {
    const v = this.view;
    if (target instanceof HTMLInputElement && target.name === 'category') {
      const cat = v.categories[n - 1];
      if (n > 0 && !cat) return false;
      v.edit({ categories: cat ? [cat.id] : [] });
      const first = v.form.visits[0];
      void this.host.updateComplete.then(() => this.focusFirst(first && needsLevel(first.kind) ? `#v${first.key}-level` : 'yb-money-input[data-bill]'));
      return true;
    }
    const m = target instanceof HTMLSelectElement ? /^v(\d+)-level$/.exec(target.id) : null;
    const level = HOSPITAL_LEVELS[n - 1];
    if (!m || !level) return false;
    const key = Number(m[1]);
    v.edit({ visits: v.form.visits.map((x) => (x.key === key ? { ...x, level } : x)) });
    void this.host.updateComplete.then(() => this.focusFirst(`#v${key}-total, #v${key}-outOfScope`));
    return true;
  }

  run(action: ShortcutAction): void {
    const root = this.host.renderRoot;
    switch (action) {
      case 'region': this.focusFirst('yb-region-picker'); break;
      case 'scheme': this.focusFirst('input[name="scheme"]:checked, .scheme-locked'); break;
      case 'identity': this.focusFirst('input[name="category"], .identity-locked'); break;
      case 'age': this.focusFirst('#age'); break;
      case 'bill': this.focusFirst('yb-money-input[data-bill]'); break;
      case 'addVisit': void this.host.addVisit(); break;
      case 'yearToDate': {
        const d = root.querySelector<HTMLDetailsElement>('#ytd');
        if (d) d.open = true;
        this.focusFirst('#ytd-admissions');
        break;
      }
      case 'explanation': root.querySelector<YbResult>('yb-result')?.toggleExplanation(); break;
      case 'copy': void this.host.copySummary(); break;
      case 'script': this.host.toggleScript(); break;
      case 'missing': {
        // The question (fallback) is focused; "我知道这个数" is opened at its first field.
        const m = root.querySelector<YbMissingRule>('yb-missing-rule');
        if (m && !m.fault) void m.openEntry();
        else m?.focus();
        break;
      }
    }
  }
}
