// Engine locale bundles. Static imports: the Node CLI and the synchronous estimate() use both;
// the widgets load the one they need lazily through loadEngineLocale().
import zh from './engine.zh-CN.js';
import en from './engine.en.js';
import type { Lang } from '../model/io.js';

export const ENGINE_LOCALES: Record<Lang, Record<string, unknown>> = { 'zh-CN': zh, en };
