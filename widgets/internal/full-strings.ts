// Every zh-CN string (result details and the full engine strings), for the elements that are
// defined on demand and render them (<yb-result>, <yb-missing-rule>). Only lazy chunks import
// this module; the initial chunk carries the form's strings alone (widgets/internal/i18n.ts).
import { ENGINE_LOCALES } from '../../src/index.js';
import uiDetailsZh from '../i18n/ui-details.zh-CN.js';
import { completeStrings } from './i18n.js';

/** Idempotent: makes the zh-CN translators of every element include all strings. */
export function ensureFullStrings(): void {
  completeStrings(uiDetailsZh, ENGINE_LOCALES['zh-CN']);
}
