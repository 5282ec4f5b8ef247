// Runs every golden case (test/golden/*.json) through estimate(), exact to the fen.
import { expect } from '@open-wc/testing';
import { estimateSync, isEstimateError, loadPackChain, type RulePack } from '../../src/index.js';
import { GOLDEN_FILES, type GoldenCase } from '../golden/index.js';
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';

/**
 * `pack: "<fixture>"` names a test pack; with `overlay`, the case runs on an inline pack that
 * extends the fixture and redefines only the overlay's parameters (this also exercises layering).
 */
function resolveFixture(c: GoldenCase): Record<string, unknown> {
  const input = c.input;
  const pack = input.pack;
  if (typeof pack !== 'string') return input;
  const found: RulePack | undefined = FIXTURE_PACKS[pack];
  if (!found) throw new Error(`unknown fixture pack ${pack}`);
  if (!c.overlay) return { ...input, pack: found };
  const inline: RulePack = {
    schemaVersion: 1, id: `overlay-${c.id}`.slice(0, 60), version: '1.0.0', kind: 'test', extends: found.id,
    region: found.region, title: { 'zh-CN': `测试覆盖：${c.id}`, en: `Test overlay: ${c.id}` },
    schemes: found.schemes, lastReviewed: found.lastReviewed, sources: {}, categories: [],
    parameters: c.overlay.parameters as RulePack['parameters'],
    ...(c.overlay.series ? { series: c.overlay.series as RulePack['series'] } : {}),
  };
  return { ...input, pack: inline };
}

async function packsFor(input: Record<string, unknown>): Promise<RulePack[]> {
  const packs: RulePack[] = Object.values(FIXTURE_PACKS);
  if (typeof input.region === 'string') packs.push(...(await loadPackChain(input.region)).values());
  // An inline pack may extend a shipped pack (e.g. a test completion of a region pack): load its chain.
  const ext = (input.pack as { extends?: unknown } | undefined)?.extends;
  if (typeof ext === 'string') packs.push(...(await loadPackChain(ext)).values());
  return packs;
}

for (const [file, cases] of Object.entries(GOLDEN_FILES)) {
  describe(`golden: ${file}`, () => {
    it('has cases, each with a derivation', () => {
      expect(cases.length).to.be.greaterThan(0);
      for (const c of cases) expect(c.derivation.length, c.id).to.be.greaterThan(0);
    });
    for (const c of cases) {
      it(`${c.id}: ${c.title}`, async () => {
        const input = resolveFixture(c);
        const out = estimateSync(input, await packsFor(input));
        if (c.expect.error) {
          expect(isEstimateError(out), JSON.stringify(out).slice(0, 400)).to.equal(true);
          if (!isEstimateError(out)) return;
          const hit = out.errors.find((e) => e.code === c.expect.error!.code && (c.expect.error!.path === undefined || e.path === c.expect.error!.path));
          expect(hit, JSON.stringify(out.errors)).to.not.equal(undefined);
          return;
        }
        if (isEstimateError(out)) throw new Error(JSON.stringify(out.errors));
        for (const [id, want] of Object.entries(c.expect.visits ?? {})) {
          const got = out.visits.find((v) => v.id === id);
          expect(got, `visit ${id}`).to.not.equal(undefined);
          for (const [k, val] of Object.entries(want)) expect(got![k as keyof typeof want], `${id}.${k}`).to.equal(val);
        }
        for (const [k, val] of Object.entries(c.expect.totals ?? {})) {
          expect(out.totals[k as keyof typeof out.totals], `totals.${k}`).to.equal(val);
        }
        if (c.expect.applied) expect(out.identity.applied).to.equal(c.expect.applied);
        if (c.expect.applicationHint === null) expect(out.applicationHint).to.equal(undefined);
        else if (c.expect.applicationHint) {
          expect(out.applicationHint?.category).to.equal(c.expect.applicationHint.category);
          expect(out.applicationHint?.outOfPocket).to.equal(c.expect.applicationHint.outOfPocket);
        }
        if (c.expect.exact !== undefined) expect(out.totals.exact, 'totals.exact').to.equal(c.expect.exact);
        if (c.expect.range) expect(out.totals.range.outOfPocket, 'totals.range.outOfPocket').to.deep.equal(c.expect.range);
        if (c.expect.unknowns) expect(out.unknowns.map((u) => u.key).sort(), 'unknowns').to.deep.equal([...c.expect.unknowns].sort());
        // Conservation holds at each evaluated point, and the central figure lies inside the range.
        for (const f of [out.totals.range.generous, out.totals.range.strict]) {
          const sum = [f.basic, f.critical, f.assistance, f.tilt, f.outOfPocket].reduce((s, x) => s + Math.round(Number(x) * 100), 0);
          expect(sum, 'conservation at an end').to.equal(Math.round(Number(out.totals.total) * 100));
        }
        if (c.expect.warnings) expect(out.warnings.map((w) => w.code).sort()).to.deep.equal([...c.expect.warnings].sort());
      });
    }
  });
}
