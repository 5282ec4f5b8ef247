import { expect } from '@open-wc/testing';
import uiZh from '../../widgets/i18n/ui.zh-CN.js';
import uiEn from '../../widgets/i18n/ui.en.js';
import engineZh from '../../src/i18n/engine.zh-CN.js';
import engineEn from '../../src/i18n/engine.en.js';

function keys(o: unknown, prefix = ''): string[] {
  if (!o || typeof o !== 'object') return [prefix];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}

function placeholders(o: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const walk = (x: unknown, p: string) => {
    if (typeof x === 'string') out[p] = [...x.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, p ? `${p}.${k}` : k);
  };
  walk(o, '');
  return out;
}

describe('locale key sets', () => {
  it('ui.zh-CN and ui.en have identical key sets', () => {
    expect(keys(uiEn)).to.deep.equal(keys(uiZh));
  });
  it('engine.zh-CN and engine.en have identical key sets', () => {
    expect(keys(engineEn)).to.deep.equal(keys(engineZh));
  });
  it('ui templates use the same placeholders in both languages', () => {
    expect(placeholders(uiEn)).to.deep.equal(placeholders(uiZh));
  });
  it('no empty strings', () => {
    for (const l of [uiZh, uiEn]) for (const [k, v] of Object.entries(placeholders(l))) expect(JSON.stringify(l), k).to.not.contain('""') && expect(v).to.be.an('array');
  });
});
