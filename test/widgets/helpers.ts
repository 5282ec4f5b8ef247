// Shared helpers for the widget tests: the made-up test pack, settle-and-wait, shadow queries.
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';
import type { RulePack } from '../../src/index.js';
import type { YbEstimator } from '../../widgets/index.js';
import type { YbResult } from '../../widgets/index.js';
import type { YbMoneyInput } from '../../widgets/index.js';

export const TEST_PACK: RulePack = FIXTURE_PACKS['test-city']!;
export const TEST_PACKS: RulePack[] = [TEST_PACK];

export function $<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const found = root.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}

export async function settled(el: YbEstimator): Promise<void> {
  await el.updateComplete;
  const result = el.shadowRoot!.querySelector<YbResult>('yb-result');
  await result?.updateComplete;
  for (const m of el.shadowRoot!.querySelectorAll<YbMoneyInput>('yb-money-input')) await m.updateComplete;
  await el.updateComplete;
}

export function resultOf(el: YbEstimator): YbResult {
  return $<YbResult>(el, 'yb-result');
}

export function figure(el: YbEstimator, name: string): string {
  const r = resultOf(el);
  const cell = r.shadowRoot!.querySelector(`td[data-figure="${name}"]`);
  if (!cell) throw new Error(`no figure ${name}`);
  return cell.getAttribute('data-value') ?? '';
}

/** Types into a yb-money-input the way a user does (fires input events). */
export function typeMoney(m: YbMoneyInput, text: string): void {
  const input = m.shadowRoot!.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export function changeMoney(m: YbMoneyInput): void {
  const input = m.shadowRoot!.querySelector('input')!;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The focused element, through shadow roots. */
export function deepActive(): Element | null {
  let a: Element | null = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** A copy of the test pack with a different kind (e.g. the national guideline). */
export function packVariant(patch: Partial<RulePack>): RulePack {
  return { ...structuredClone(TEST_PACK), ...patch };
}
