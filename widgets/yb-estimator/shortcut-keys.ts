// The hotline key map (Alt+digit; Alt+Shift+digit also works where Alt+digit switches tabs). Only
// this table is in the initial JS, for aria-keyshortcuts; the listener and the quick-entry keys
// load with the first hotline-mode instance (hotline-controller.ts).
export const SHORTCUTS = {
  Digit1: 'region', Digit2: 'scheme', Digit3: 'identity', Digit4: 'age', Digit5: 'bill',
  Digit6: 'addVisit', Digit7: 'yearToDate', Digit8: 'explanation', Digit9: 'copy', Digit0: 'script',
  KeyM: 'missing',
} as const;
export type ShortcutAction = (typeof SHORTCUTS)[keyof typeof SHORTCUTS];
export const SHORTCUT_KEYS = Object.fromEntries(Object.entries(SHORTCUTS).map(([code, action]) => [action, `Alt+${code.replace(/^(Digit|Key)/, '')}`])) as Record<ShortcutAction, string>;
