// Lazy chunk: the English strings (widgets and engine), loaded only when an element shows English.
export { default as ui } from '../i18n/ui.en.js';
export { default as engine } from '../../src/i18n/engine.en.js';
