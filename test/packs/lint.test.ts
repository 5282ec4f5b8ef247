// Runs the pack linter over every shipped pack, and checks that it catches planted faults.
import { expect } from '@open-wc/testing';
import { PACK_CATALOG, type RulePack } from '../../src/index.js';
import { lintPacks } from './lint.js';
import { withTexts } from '../../src/packs/texts.js';

async function shipped(): Promise<RulePack[]> {
  // Whole packs, quotes included: the rules chunk alone would let the quote check pass vacuously.
  return Promise.all(PACK_CATALOG.map(async (e) => withTexts(await e.load(), await e.loadTexts())));
}

async function archiveFor(packs: RulePack[]): Promise<Record<string, string>> {
  const files = new Set(packs.flatMap((p) => Object.values(p.sources).map((s) => s.archived).filter((x): x is string => !!x)));
  const out: Record<string, string> = {};
  for (const f of files) {
    const r = await fetch(new URL(`../../src/policy/${f}`, import.meta.url));
    if (r.ok) out[f] = await r.text();
  }
  return out;
}

describe('pack linter', () => {
  it('every shipped pack passes', async () => {
    const packs = await shipped();
    expect(packs.length).to.be.greaterThanOrEqual(9);
    const issues = lintPacks(packs, await archiveFor(packs));
    expect(issues, JSON.stringify(issues, null, 1)).to.deep.equal([]);
  });

  it('catalog codes match the packs they load', async () => {
    for (const e of PACK_CATALOG) {
      const p = await e.load();
      expect(p.id, e.code).to.equal(e.id);
      expect(p.region.code).to.equal(e.code);
    }
  });

  it('catches a misquote, a missing source, a 二类 ratio below 70 % and a non-zero 一类 deductible', async () => {
    const packs = await shipped();
    const archive = await archiveFor(packs);
    const bad = structuredClone(packs.find((p) => p.id === 'cn-220200')!);
    bad.parameters['assistance.deductible']![0]!.cite[0]!.quote = '一類救助對象設起付標準500元';
    bad.parameters['assistance.rate']![0]!.cite.push({ source: 'nowhere', clause: 'x' });
    ((bad.parameters['assistance.rate']![0]!.value as Record<string, Record<string, string>>).subsistence!)['*'] = '0.65';
    (bad.parameters['assistance.deductible']![0]!.value as Record<string, string>)['extreme-poverty'] = '100';
    const issues = lintPacks([...packs.filter((p) => p.id !== 'cn-220200'), bad], archive).filter((i) => i.pack === 'cn-220200');
    const problems = issues.map((i) => i.problem).join('\n');
    expect(problems).to.contain('quote not found');
    expect(problems).to.contain('unknown source nowhere');
    expect(problems).to.contain('below the 16号 floor 0.7');
    expect(problems).to.contain('一类 has no deductible');
  });

});
