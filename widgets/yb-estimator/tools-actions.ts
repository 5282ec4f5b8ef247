// The tools' actions (copy, print), loaded when first used: off the initial JS.
import type { YbResult } from '../yb-result/yb-result.js';

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
