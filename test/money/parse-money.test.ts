// The money parser: every form people type, and every form it must refuse.
import { expect } from '@open-wc/testing';
import { parseMoney } from '../../src/index.js';

const accepted: [string, string][] = [
  ['12000', '12000.00'], ['12万', '120000.00'], ['1.2万元', '12000.00'], ['１２０００', '12000.00'],
  ['12,000', '12000.00'], ['12,000元', '12000.00'], ['￥12000', '12000.00'], ['¥12,000.50', '12000.50'],
  ['12000.5', '12000.50'], [' 12000 ', '12000.00'], ['0', '0.00'], ['0.01', '0.01'], ['.5', '0.50'],
  ['１．５万', '15000.00'], ['1.2345万', '12345.00'], ['1.234567万', '12345.67'], ['12000元整', '12000.00'], ['3000块', '3000.00'],
  ['人民币5000', '5000.00'], ['1000000000', '1000000000.00'], ['007', '7.00'], ['12w', '120000.00'],
];
const refused: [string, string][] = [
  ['', 'empty'], ['   ', 'empty'], ['abc', 'invalid'], ['−5', 'negative'], ['-5', 'negative'], ['－5', 'negative'],
  ['1e30', 'invalid'], ['12万万', 'invalid'], ['NaN', 'invalid'], ['Infinity', 'invalid'], ['1,2', 'invalid'],
  ['12.345', 'too-precise'], ['1.2345678万', 'too-precise'], ['1000000000.01', 'too-large'], ['10亿', 'invalid'],
  ['12 000 abc', 'invalid'], ['1..2', 'invalid'], ['0x10', 'invalid'], ['-', 'invalid'],
];

describe('parseMoney', () => {
  for (const [text, value] of accepted) {
    it(`accepts ${JSON.stringify(text)} as ${value}`, () => {
      expect(parseMoney(text)).to.deep.equal({ ok: true, value });
    });
  }
  for (const [text, error] of refused) {
    it(`refuses ${JSON.stringify(text)} (${error})`, () => {
      expect(parseMoney(text)).to.deep.equal({ ok: false, error });
    });
  }
  it('refuses what is not text', () => {
    expect(parseMoney(null)).to.deep.equal({ ok: false, error: 'invalid' });
    expect(parseMoney({})).to.deep.equal({ ok: false, error: 'invalid' });
  });
});
