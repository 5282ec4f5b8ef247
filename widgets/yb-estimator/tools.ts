// The estimator's tools under the result: copy the plain-text summary, print, and on hotline desks
// the read-aloud script, the case reference and the shortcut list.
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../internal/i18n.js';
import type { YbResult } from '../yb-result/yb-result.js';
import type { ShortcutAction } from './shortcut-keys.js';

export interface ToolsView {
  t: Translate;
  hotline: boolean;
  hasResult: boolean;
  summary: string;
  script: () => string;
  caseRef: string;
  scriptOpen: boolean;
  copyStatus: string;
  kbd(action: ShortcutAction): string | typeof nothing;
  shortcutHelp(): TemplateResult | typeof nothing;
  copy(): void;
  print(): void;
  toggleScript(): void;
}

export function renderTools(v: ToolsView): TemplateResult {
  const { t, hotline } = v;
  return html`<div class="tools" part="tools">
    <div class="actions">
      <button type="button" id="copy" ?disabled=${!v.hasResult} aria-keyshortcuts=${v.kbd('copy')} @click=${() => v.copy()}>${t(hotline ? 'tools.copySummary' : 'tools.copyFamily')}</button>
      ${hotline ? html`<button type="button" id="script-toggle" class="secondary" aria-expanded=${v.scriptOpen ? 'true' : 'false'} aria-controls="script"
          aria-keyshortcuts=${v.kbd('script')} @click=${() => v.toggleScript()}>${t('tools.script')}</button>`
        : html`<button type="button" class="secondary" @click=${() => v.print()}>${t('tools.print')}</button>`}
    </div>
    <p class="status" role="status">${v.copyStatus}</p>
    ${hotline && v.caseRef ? html`<p>${t('tools.caseRef')} <span class="caseref" data-case-ref>${v.caseRef}</span></p>` : nothing}
    ${hotline ? html`<div id="script">${v.scriptOpen ? html`<h3>${t('tools.scriptHeading')}</h3><p class="script" lang="zh-CN">${v.script() || t('tools.nothingToCopy')}</p>` : nothing}</div>` : nothing}
    <details class="noprint"><summary>${t('tools.summaryText')}</summary>
      <label for="summary-text" class="visually-hidden">${t('tools.summaryText')}</label>
      <textarea id="summary-text" readonly .value=${v.summary}></textarea></details>
    ${hotline ? v.shortcutHelp() : nothing}
  </div>`;
}

/** Copies the summary; when the clipboard refuses, opens and selects the text for a manual copy. Returns the status key. */
export async function copySummary(text: string, root: HTMLElement | DocumentFragment): Promise<'tools.nothingToCopy' | 'tools.copied' | 'tools.copyFailed'> {
  if (!text) return 'tools.nothingToCopy';
  try {
    await navigator.clipboard.writeText(text);
    return 'tools.copied';
  } catch {
    const area = root.querySelector<HTMLTextAreaElement>('#summary-text');
    const details = area?.closest('details');
    if (details) details.open = true;
    area?.focus();
    area?.select();
    return 'tools.copyFailed';
  }
}

/** Prints the result with its explanation open (the form is hidden by @media print). */
export async function printResult(root: HTMLElement | DocumentFragment): Promise<void> {
  const r = root.querySelector<YbResult>('yb-result');
  r?.toggleExplanation(true);
  await r?.updateComplete;
  window.print();
}
