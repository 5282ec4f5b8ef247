import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/register.js';
import type { YbRegionPicker, RegionEntry } from '../../widgets/index.js';

const REGIONS: RegionEntry[] = [
  { code: '440300', name: { 'zh-CN': '深圳市', en: 'Shenzhen' }, province: '440000' },
  { code: '440100', name: { 'zh-CN': '广州市', en: 'Guangzhou' }, province: '440000' },
  { code: '220200', name: { 'zh-CN': '吉林市', en: 'Jilin City' }, province: '220000' },
  { code: '990100', name: { 'zh-CN': '测试市（虚构）', en: 'Test City (made up)' } },
];

const q = <T extends Element>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;

describe('yb-region-picker', () => {
  it('passes axe', async () => {
    const el = await fixture<YbRegionPicker>(html`<yb-region-picker .regions=${REGIONS}></yb-region-picker>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe in English and locked', async () => {
    const en = await fixture<YbRegionPicker>(html`<yb-region-picker lang="en" .regions=${REGIONS}></yb-region-picker>`);
    await expect(en).to.be.accessible();
    const locked = await fixture<YbRegionPicker>(html`<yb-region-picker locked value="440300" .regions=${REGIONS}></yb-region-picker>`);
    expect(locked.shadowRoot!.textContent).to.contain('深圳市');
    expect(locked.shadowRoot!.querySelector('select')).to.equal(null);
    await expect(locked).to.be.accessible();
  });

  it('finds a city by pinyin initials and picks it with Enter', async () => {
    const el = await fixture<YbRegionPicker>(html`<yb-region-picker .regions=${REGIONS}></yb-region-picker>`);
    let picked = '';
    el.addEventListener('yb-region-change', (e) => { picked = (e as CustomEvent<{ code: string }>).detail.code; });
    q<HTMLInputElement>(el, '#search').focus();
    await sendKeys({ type: 'sz' });
    await el.updateComplete;
    expect(q(el, 'ul.matches').textContent).to.contain('深圳市');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(picked).to.equal('440300');
    expect(q<HTMLSelectElement>(el, '#province').value).to.equal('440000');
    expect(q<HTMLSelectElement>(el, '#city').value).to.equal('440300');
  });

  it('finds by Chinese name and by province', async () => {
    const el = await fixture<YbRegionPicker>(html`<yb-region-picker .regions=${REGIONS}></yb-region-picker>`);
    const search = q<HTMLInputElement>(el, '#search');
    search.value = '广州';
    search.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('ul.matches button').length).to.equal(1);
    search.value = '广东';
    search.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('ul.matches button').length).to.equal(2);
  });

  it('province then city by keyboard-driven selects', async () => {
    const el = await fixture<YbRegionPicker>(html`<yb-region-picker .regions=${REGIONS}></yb-region-picker>`);
    let picked = '';
    el.addEventListener('yb-region-change', (e) => { picked = (e as CustomEvent<{ code: string }>).detail.code; });
    const province = q<HTMLSelectElement>(el, '#province');
    province.value = '440000';
    province.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const city = q<HTMLSelectElement>(el, '#city');
    expect(city.disabled).to.equal(false);
    expect([...city.options].map((o) => o.value)).to.deep.equal(['', '440100', '440300']);
    city.value = '440100';
    city.dispatchEvent(new Event('change'));
    expect(picked).to.equal('440100');
  });

  it('setting value from code fires nothing', async () => {
    const el = await fixture<YbRegionPicker>(html`<yb-region-picker .regions=${REGIONS}></yb-region-picker>`);
    let fired = 0;
    el.addEventListener('yb-region-change', () => fired++);
    el.value = '220200';
    await el.updateComplete;
    expect(q<HTMLSelectElement>(el, '#city').value).to.equal('220200');
    expect(fired).to.equal(0);
  });
});
