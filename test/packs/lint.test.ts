// Runs the pack linter over every shipped pack, and checks that it catches planted faults.
import { expect } from '@open-wc/testing';
import { PACK_CATALOG, type RulePack } from '../../src/index.js';
import { lintPacks } from './lint.js';
import { withTexts } from '../../src/packs/texts.js';
import { isLinkable, sourceLink, sourceTrustProblems } from '../../src/packs/source-trust.js';

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

  it('catches a spam host, a content farm tagged above SEC, an OFF source off a government domain and a repeated shared source', async () => {
    const packs = await shipped();
    const archive = await archiveFor(packs);
    const bad = structuredClone(packs.find((p) => p.id === 'cn-442000')!);
    bad.sources['zs-zrfz-2023']!.url = 'http://fengdujob.net/go/x.html';
    bad.sources['zs-yzzsnet-2022']!.reliability = 'MEDIA';
    bad.sources['zs-hsa-2025']!.url = 'http://hsa.zs.example.com/post.html';
    bad.sources['nhsa-2020-56'] = structuredClone(packs.find((p) => p.id === 'cn-000000')!.sources['nhsa-2020-56']!);
    const problems = lintPacks([...packs.filter((p) => p.id !== 'cn-442000'), bad], archive)
      .filter((i) => i.pack === 'cn-442000').map((i) => i.problem).join('\n');
    expect(problems).to.contain('fengdujob.net is a spam host');
    expect(problems).to.contain('yzzsnet.com is a content farm');
    expect(problems).to.contain('OFF source on hsa.zs.example.com, not a government domain');
    expect(problems).to.contain("repeats cn-000000's source verbatim");
  });

  it('links official and ordinary secondary pages, never spam, content farms or non-http URLs', () => {
    expect(isLinkable({ url: 'http://hsa.zs.gov.cn/zwgk/post.html' })).to.equal(true);
    expect(isLinkable({ url: 'https://hk01.com/article/983190' })).to.equal(true);
    expect(isLinkable({ url: 'http://ccschy.com/techan/111101.html' })).to.equal(false);
    expect(isLinkable({ url: 'http://m.qebk.com/techan/110831.html' })).to.equal(false);
    expect(isLinkable({ url: 'http://3spqzx.icu/najiang/1.html' })).to.equal(false);
    expect(isLinkable({ url: 'javascript:alert(1)' })).to.equal(false);
    expect(isLinkable({})).to.equal(false);
    expect(sourceTrustProblems({ url: 'ftp://x.gov.cn/a', reliability: 'OFF' })[0]).to.contain('not http(s)');
    expect(sourceTrustProblems({ url: 'https://www.sz.gov.cn/a', reliability: 'SEC' })[0]).to.contain('government domain');
    expect(sourceTrustProblems({ url: 'https://www.sz.gov.cn/a', reliability: 'OFF' })).to.deep.equal([]);
  });

  it('one rule for how citizen-facing pages link a source: original, repost or not at all', () => {
    expect(sourceLink({ url: 'https://www.sz.gov.cn/a', reliability: 'OFF' })).to.equal('original');
    expect(sourceLink({ url: 'https://mirror.example.com/a', reliability: 'OFF-MIRROR' })).to.equal('original');
    expect(sourceLink({ url: 'https://hk01.com/article/983190', reliability: 'MEDIA' })).to.equal('repost');
    // A content farm is never linked, not even as a repost.
    expect(sourceLink({ url: 'http://ccschy.com/techan/111101.html', reliability: 'SEC' })).to.equal(null);
    expect(sourceLink({ url: 'https://www.sz.gov.cn/a', reliability: 'USER' })).to.equal(null);
    expect(sourceLink({ url: 'https://www.sz.gov.cn/a', reliability: 'TEST' })).to.equal(null);
    expect(sourceLink({ reliability: 'OFF' })).to.equal(null);
  });

});
