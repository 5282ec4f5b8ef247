import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../widgets/register.js';
import type { YbRegionPicker, RegionEntry } from '../../widgets/index.js';
import { regionIndexNow } from '../../widgets/internal/region-index-loader.js';

// Regions with rules of their own, as the estimator passes its catalog (names as the packs give them).
const REGIONS: RegionEntry[] = [
  { code: '000000', name: { 'zh-CN': '全国（国家指导性范围）', en: 'China (national guideline ranges)' } },
  { code: '440000', name: { 'zh-CN': '广东省', en: 'Guangdong Province' } },
  { code: '440300', name: { 'zh-CN': '深圳市', en: 'Shenzhen' }, province: '440000' },
  { code: '440100', name: { 'zh-CN': '广州市', en: 'Guangzhou' }, province: '440000' },
  { code: '220200', name: { 'zh-CN': '吉林市', en: 'Jilin City' }, province: '220000' },
  { code: '990100', name: { 'zh-CN': '测试市（虚构）', en: 'Test City (made up)' } },
];

const q = <T extends Element>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;
const options = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('ul.matches [role="option"]')];
const codes = (el: Element) => options(el).map((o) => o.dataset.code);

async function make(extra = html``, lang = ''): Promise<YbRegionPicker> {
  const el = await fixture<YbRegionPicker>(html`<div>${extra}<yb-region-picker lang=${lang} .regions=${REGIONS}></yb-region-picker></div>`);
  return el.querySelector('yb-region-picker')!;
}

/** Types into the search box as a person would and waits for the lazy index and the render. */
async function search(el: YbRegionPicker, text: string): Promise<void> {
  const box = q<HTMLInputElement>(el, '#search');
  box.value = text;
  box.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

describe('yb-region-picker', () => {
  // First in this file (one page per file): nothing has used a picker yet.
  it('loads the full table only when the picker is first used', async () => {
    expect(regionIndexNow()).to.equal(undefined);
    const el = await make();
    await el.updateComplete;
    expect(regionIndexNow(), 'not loaded by rendering').to.equal(undefined);
    // A pointer on the picker is a first use (focus is another, but a test page in the background
    // gets no focus events).
    q<HTMLInputElement>(el, '#search').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(regionIndexNow(), 'loaded on first use').to.not.equal(undefined);
    expect([...q<HTMLSelectElement>(el, '#province').options].length).to.be.greaterThan(31);
  });

  it('passes axe with results (both languages) and with no match', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await make(html``, lang);
      await search(el, 'cd');
      expect(options(el).length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      if (lang === 'en') continue;
      await search(el, '四川某某镇');
      expect(options(el).length).to.equal(0);
      await expect(el).to.be.accessible();
    }
  });

  it('finds 成都 by Chinese name, full pinyin and initials, and 乌鲁木齐', async () => {
    const el = await make();
    for (const text of ['成都', 'chengdu', 'ChengDu', 'cd']) {
      await search(el, text);
      expect(codes(el), text).to.include('510100');
    }
    await search(el, 'chengdu');
    expect(codes(el)[0]).to.equal('510100');
    await search(el, '乌鲁木齐');
    expect(codes(el)).to.include.members(['650100', '650121']);
    expect(codes(el)[0]).to.equal('650100');
    await search(el, 'wulumuqi');
    expect(codes(el)[0]).to.equal('650100');
  });

  it('labels provinces, cities and counties, with where they are', async () => {
    const el = await make();
    await search(el, '广东');
    const gd = options(el).find((o) => o.dataset.code === '440000')!;
    expect(gd.dataset.level).to.equal('province');
    expect(gd.textContent).to.contain('省级');
    await search(el, '锦江区');
    const jj = options(el).find((o) => o.dataset.code === '510104')!;
    expect(jj.dataset.level).to.equal('county');
    expect(jj.textContent!.replace(/\s+/g, ' ')).to.contain('区县 · 四川省成都市');
    await search(el, '深圳');
    const sz = options(el).find((o) => o.dataset.code === '440300')!;
    expect(sz.textContent!.replace(/\s+/g, ' ')).to.contain('地级市 · 广东省');
  });

  it('keyboard: arrows move the active option (aria-activedescendant), Enter picks, result count announced', async () => {
    const el = await make();
    let picked = '';
    el.addEventListener('yb-region-change', (e) => { picked = (e as CustomEvent<{ code: string }>).detail.code; });
    q<HTMLInputElement>(el, '#search').focus();
    await sendKeys({ type: 'jinjiang' });
    await el.updateComplete;
    const box = q<HTMLInputElement>(el, '#search');
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect(q(el, '#search-status').textContent).to.match(/找到 \d+ 个地区/);
    expect(q(el, '#search-status').getAttribute('role')).to.equal('status');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const second = options(el)[1]!;
    expect(box.getAttribute('aria-activedescendant')).to.equal(second.id);
    expect(second.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(picked).to.equal(second.dataset.code);
    expect(el.value).to.equal(picked);
    expect(q(el, '#search-status').textContent).to.contain('已选择');
  });

  it('a county says which rules answer it: its city, else its province, else the national layer', async () => {
    const el = await make();
    el.value = '440304'; // 福田区 → 深圳市's pack
    await el.updateComplete;
    expect(q(el, '#answers').textContent).to.contain('福田区：按深圳市的规则估算');
    el.value = '445102'; // 潮州 湘桥区: no city pack → 广东省
    await el.updateComplete;
    expect(q(el, '#answers').textContent).to.contain('本地细则尚未收录，按广东省规定估算');
    el.value = '510104'; // 锦江区: nothing for 四川 in this list → national
    await el.updateComplete;
    expect(q(el, '#answers').textContent).to.contain('锦江区：本地细则尚未收录，按全国规定估算');
    el.value = '440300';
    await el.updateComplete;
    expect(q(el, '#answers').textContent).to.contain('按本地规则估算');
  });

  it('no dead ends: a search without a match offers the province it names and the national rules', async () => {
    const el = await make();
    let picked = '';
    el.addEventListener('yb-region-change', (e) => { picked = (e as CustomEvent<{ code: string }>).detail.code; });
    await search(el, '四川某某镇');
    expect(q(el, '#search-status').textContent).to.contain('找到 0 个地区');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.none button')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['按四川省规定估算', '按全国规定估算']);
    buttons[0]!.click();
    expect(picked).to.equal('510000');
    await search(el, 'xyzxyz');
    const only = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.none button')];
    expect(only.map((b) => b.textContent!.trim())).to.deep.equal(['按全国规定估算']);
    only[0]!.click();
    expect(picked).to.equal('000000');
    await el.updateComplete;
    expect(q(el, '#answers').textContent).to.contain('按全国规定估算');
  });

  it('no dead ends by initials: "scxx" offers 四川; an ambiguous "sxxx" offers 山西 and 陕西; both with the national rules', async () => {
    const el = await make();
    let picked = '';
    el.addEventListener('yb-region-change', (e) => { picked = (e as CustomEvent<{ code: string }>).detail.code; });
    const labels = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.none button')].map((b) => b.textContent!.trim());
    await search(el, 'scqqq');
    expect(options(el)).to.have.length(0);
    expect(labels()).to.deep.equal(['按四川省规定估算', '按全国规定估算']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.none button')!.click();
    expect(picked).to.equal('510000');
    await search(el, 'sxqqq');
    expect(labels()).to.deep.equal(['按山西省规定估算', '按陕西省规定估算', '按全国规定估算']);
    // Too short to mean anything: only the national rules.
    await search(el, 'vv');
    expect(labels()).to.deep.equal(['按全国规定估算']);
    // The national choice is one press away from the keyboard, too.
    await search(el, 'xyzxyz');
    const national = el.shadowRoot!.querySelector<HTMLButtonElement>('.none button')!;
    national.focus();
    national.click();
    expect(picked).to.equal('000000');
  });

  it('province then city or county by selects; the province itself is offered as "whole province"', async () => {
    const el = await make();
    let picked = '';
    el.addEventListener('yb-region-change', (e) => { picked = (e as CustomEvent<{ code: string }>).detail.code; });
    const province = q<HTMLSelectElement>(el, '#province');
    // Every province of the mainland is offered, and the test pack's made-up one (99).
    expect([...province.options].filter((o) => o.value && !o.value.startsWith('99')).length).to.equal(31);
    expect([...province.options].map((o) => o.value)).to.include('990000');
    province.value = '510000';
    province.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const city = q<HTMLSelectElement>(el, '#city');
    expect(city.disabled).to.equal(false);
    const values = [...city.options].map((o) => o.value);
    expect(values.slice(0, 2)).to.deep.equal(['', '510000']);
    expect(city.options[1]!.textContent).to.contain('全省');
    expect(values).to.include.members(['510100', '510104', '513400']);
    expect(city.querySelector('optgroup[label="成都市"] option[value="510104"]')).to.not.equal(null);
    city.value = '510104';
    city.dispatchEvent(new Event('change'));
    expect(picked).to.equal('510104');
  });

  it('直辖市 lists its districts; 省直辖县级 units are grouped as such', async () => {
    const el = await make();
    const province = q<HTMLSelectElement>(el, '#province');
    province.value = '110000';
    province.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const city = q<HTMLSelectElement>(el, '#city');
    expect(city.querySelector('option[value="110105"]')!.closest('optgroup')!.label).to.equal('区县');
    province.value = '420000';
    province.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(city.querySelector('option[value="429004"]')!.closest('optgroup')!.label).to.equal('省直辖县级行政区');
  });

  it('English: names, labels and the fallbacks', async () => {
    const el = await make(html``, 'en');
    await search(el, 'chengdu');
    const cd = options(el).find((o) => o.dataset.code === '510100')!;
    expect(cd.textContent!.replace(/\s+/g, ' ')).to.contain('Chengdu');
    expect(cd.textContent).to.contain('City · Sichuan');
    await search(el, 'sichuanxyz');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.none button')].map((b) => b.textContent!.trim());
    expect(buttons).to.deep.equal(['Estimate under the rules of Sichuan', 'Estimate under the national rules']);
  });

  it('locked: shows the region and which rules answer it, no controls', async () => {
    const el = await fixture<YbRegionPicker>(html`<yb-region-picker locked value="440304" .regions=${REGIONS}></yb-region-picker>`);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('福田区');
    expect(el.shadowRoot!.textContent).to.contain('按深圳市的规则估算');
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('regions only a pack names (test packs) are found and picked with Enter', async () => {
    const el = await make();
    let picked = '';
    el.addEventListener('yb-region-change', (e) => { picked = (e as CustomEvent<{ code: string }>).detail.code; });
    q<HTMLInputElement>(el, '#search').focus();
    await sendKeys({ type: 'cs' });
    await el.updateComplete;
    expect(codes(el)[0]).to.equal('990100');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(picked).to.equal('990100');
    expect(q<HTMLSelectElement>(el, '#city').value).to.equal('990100');
  });

  it('setting value from code fires nothing', async () => {
    const el = await make();
    let fired = 0;
    el.addEventListener('yb-region-change', () => fired++);
    el.value = '220200';
    await el.updateComplete;
    expect(q<HTMLSelectElement>(el, '#province').value).to.equal('220000');
    expect(q<HTMLSelectElement>(el, '#city').value).to.equal('220200');
    expect(fired).to.equal(0);
  });
});
