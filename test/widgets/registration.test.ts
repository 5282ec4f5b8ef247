import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/register.js';
import { defineLazyElements } from '../../widgets/register.js';
import { YbEstimator, YbMissingRule, YbMoneyInput, YbRegionPicker, YbResult, YbWhatIf, defineOnce } from '../../widgets/index.js';

describe('registration', () => {
  it('a registered element passes axe', async () => {
    const el = await fixture(html`<yb-money-input label="总费用"></yb-money-input>`);
    await expect(el).to.be.accessible();
  });

  it('registers the form elements at once, the others on demand', async () => {
    expect(customElements.get('yb-estimator')).to.equal(YbEstimator);
    expect(customElements.get('yb-money-input')).to.equal(YbMoneyInput);
    expect(customElements.get('yb-region-picker')).to.equal(YbRegionPicker);
    await defineLazyElements();
    await defineLazyElements(); // memoised: a second call defines nothing twice
    expect(customElements.get('yb-result')).to.equal(YbResult);
    expect(customElements.get('yb-missing-rule')).to.equal(YbMissingRule);
    expect(customElements.get('yb-what-if')).to.equal(YbWhatIf);
  });

  it('loading the registration twice does not throw', async () => {
    const again = '../../widgets/register.ts?second-copy';
    await import(/* @vite-ignore */ again);
    expect(() => defineOnce('yb-estimator', YbEstimator)).to.not.throw();
    class Other extends YbEstimator { static override version = '9.9.9'; }
    const warn = console.warn;
    let warned = '';
    console.warn = (m: string) => { warned = m; };
    try {
      expect(() => defineOnce('yb-estimator', Other)).to.not.throw();
    } finally {
      console.warn = warn;
    }
    expect(warned).to.contain('9.9.9');
    expect(customElements.get('yb-estimator')).to.equal(YbEstimator);
  });

  it('importing the classes registers nothing new (index.ts has no side effects)', async () => {
    const mod = await import('../../widgets/index.js');
    expect(Object.keys(mod)).to.include('YbEstimator');
    expect(customElements.get('yb-estimator')).to.equal(YbEstimator);
  });
});
