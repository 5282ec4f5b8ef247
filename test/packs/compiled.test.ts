// The shipped chunks (rules + texts) are exactly the authoring pack, split: nothing lost, nothing
// stale (scripts/compile-packs.mjs --check and test/node/compiled-packs.test.mjs), and the rules alone are a valid pack an estimate can run on.
import { expect } from '@open-wc/testing';
import { PACK_CATALOG, validatePack } from '../../src/index.js';
import { splitPack, withTexts } from '../../src/packs/texts.js';
import type { RulePack } from '../../src/model/rulepack.js';

describe('compiled pack chunks', () => {
  it('cover every catalog entry', () => {
    expect(PACK_CATALOG.length).to.be.greaterThan(5);
  });
  for (const entry of PACK_CATALOG) {
    it(`${entry.id}: putting the texts back loses nothing (split again gives the same chunks)`, async () => {
      const [rules, texts] = await Promise.all([entry.load(), entry.loadTexts()]);
      const again = splitPack(withTexts(rules, texts));
      expect(again.rules).to.deep.equal(rules);
      expect(again.texts).to.deep.equal(texts);
      expect(Object.keys(texts.texts).length).to.be.greaterThan(0);
    });
    it(`${entry.id}: the rules alone validate and carry no quote, note or guidance`, async () => {
      const rules = await entry.load();
      expect(validatePack(rules).ok).to.equal(true);
      expect(JSON.stringify(rules)).to.not.match(/"(quote|note|guidance)":/);
    });
  }
});
