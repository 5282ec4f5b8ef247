// Hotline keyboard shortcuts (mode="hotline"): Alt+digit (Alt+Shift+digit also works where
// Alt+digit switches tabs) moves to a field or runs a tool. A Lit ReactiveController: it owns the
// key map, the listener and the help list; the host only says how to run its tools.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translate } from '../internal/i18n.js';
import type { YbResult } from '../yb-result/yb-result.js';
import type { YbMissingRule } from '../yb-missing-rule/yb-missing-rule.js';

const SHORTCUTS = {
  Digit1: 'region', Digit2: 'scheme', Digit3: 'identity', Digit4: 'age', Digit5: 'bill',
  Digit6: 'addVisit', Digit7: 'yearToDate', Digit8: 'explanation', Digit9: 'copy', Digit0: 'script',
  KeyM: 'missing',
} as const;
export type ShortcutAction = (typeof SHORTCUTS)[keyof typeof SHORTCUTS];
export const SHORTCUT_KEYS = Object.fromEntries(Object.entries(SHORTCUTS).map(([code, action]) => [action, `Alt+${code.replace(/^(Digit|Key)/, '')}`])) as Record<ShortcutAction, string>;

export interface HotlineHost extends ReactiveControllerHost, HTMLElement {
  mode: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  addVisit(): Promise<void>;
  copySummary(): Promise<void>;
  toggleScript(): void;
}

export class HotlineController implements ReactiveController {
  private readonly onKey = (e: KeyboardEvent) => this.handle(e);

  constructor(private readonly host: HotlineHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKey);
  }

  /** The key of an action for aria-keyshortcuts, in hotline mode only. */
  kbd(action: ShortcutAction): string | typeof nothing {
    return this.host.mode === 'hotline' ? SHORTCUT_KEYS[action] : nothing;
  }

  renderHelp(t: Translate): TemplateResult {
    return html`<details class="noprint" id="shortcuts"><summary>${t('shortcuts.heading')}</summary>
      <p class="hint">${t('shortcuts.note')}</p>
      <dl class="keys">${(Object.keys(SHORTCUT_KEYS) as ShortcutAction[]).map((a) => html`<dt><kbd>${SHORTCUT_KEYS[a]}</kbd></dt><dd>${t(`shortcuts.${a}`)}</dd>`)}</dl>
    </details>`;
  }

  private focusFirst(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private handle(e: KeyboardEvent): void {
    if (this.host.mode !== 'hotline' || !e.altKey || e.ctrlKey || e.metaKey) return;
    const action = (SHORTCUTS as Record<string, ShortcutAction | undefined>)[e.code];
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    this.run(action);
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
