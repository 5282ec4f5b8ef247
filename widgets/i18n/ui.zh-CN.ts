// The widgets' own strings, zh-CN (the default language). Keys must match ui.en.ts exactly (tested).
// Sentences are whole templates with {{placeholders}}: never join sentence parts in code.
import form from './ui-form.zh-CN.js';
import details from './ui-details.zh-CN.js';

export default { ...form, ...details };
