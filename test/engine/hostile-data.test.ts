// Hostile data (issue 13): keys from data never reach Object.prototype, every pack is checked
// before use (the top pack a host hands over too), resolved values stay in their domain, and
// every fault is a whole, localised error that names its field.
import { expect } from '@open-wc/testing';
import {
  ENGINE_LOCALES, PARAMS, estimateSync, isEstimateError, parseMoney, userValuesPack, validatePack,
  type EstimateResult, type RulePack, type UserValue,
} from '../../src/index.js';
import { validateOnce } from '../../src/packs/validated.js';
import { outOfDomain } from '../../src/packs/domain.js';
import { problemCode } from '../../src/packs/problems.js';
import { assertBasicWithinScope } from '../../src/engine/invariants.js';
import { Dec } from '../../src/money/decimal.js';
import { EngineFault } from '../../src/model/fault.js';
import { webHref } from '../../widgets/internal/safe-url.js';
import { FIXTURE_PACKS } from '../fixtures/packs/index.js';

const TEST = FIXTURE_PACKS['test-city']!;
const clone = (): RulePack => structuredClone(TEST);
const person = { scheme: 'resident', age: 40, categories: ['subsistence'] };
const visit = { kind: 'inpatient', date: '2025-03-10', hospitalLevel: 'tertiary', total: '100000' };
const byRegion = (packs: RulePack[], lang: 'zh-CN' | 'en' = 'zh-CN') =>
  estimateSync({ region: '990100', person, visits: [visit], options: { lang } }, packs);
const errorsOf = (r: EstimateResult) => {
  if (!isEstimateError(r)) throw new Error(`expected an error, got ${JSON.stringify(r.totals)}`);
  return r.errors;
};
const PROTO_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'ybPolluted', 'main'];
const unpolluted = () => {
  for (const k of PROTO_NAMES.slice(5)) expect(Object.hasOwn(Object.prototype, k), k).to.equal(false);
  expect(({} as Record<string, unknown>).ybPolluted).to.equal(undefined);
};
/** Sets an own key (even "__proto__"), as JSON.parse would. */
const setOwn = (o: object, k: string, v: unknown) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

describe('hostile data: packs handed over as the top pack (.packs, estimateSync)', () => {
  it('a negative deductible in the top pack is refused with its path, in both languages', () => {
    const p = clone();
    (p.parameters['basic.deductible']![0]!.value as Record<string, Record<string, Record<string, string>>>)['*']!.inpatient!.tertiary = '-20000';
    for (const lang of ['zh-CN', 'en'] as const) {
      const errs = errorsOf(byRegion([p], lang));
      expect(errs.map((e) => e.code)).to.deep.equal(['pack.invalid']);
      expect(errs[0]!.path).to.equal('test-990100:$.parameters.basic.deductible[0].value.*.inpatient.tertiary');
      expect(errs[0]!.message).to.include(lang === 'en' ? 'must be ≥ 0' : '不能小于 0');
      if (lang === 'zh-CN') expect(errs[0]!.message).to.not.match(/must|is not/);
    }
  });

  for (const rate of ['1.5', 'abc']) {
    it(`a rate "${rate}" in the top pack is pack.invalid, never "internal"`, () => {
      const p = clone();
      (p.parameters['basic.rate']![0]!.value as Record<string, Record<string, Record<string, string>>>).resident!.inpatient!.tertiary = rate;
      const errs = errorsOf(byRegion([p]));
      expect(errs.map((e) => e.code)).to.deep.equal(['pack.invalid']);
      expect(errs[0]!.path).to.include('basic.rate[0].value.resident.inpatient.tertiary');
    });
  }

  it('a pack is validated once per object (the keystroke path does not revalidate)', () => {
    const p = clone();
    const first = validateOnce(p);
    expect(first.ok).to.equal(true);
    expect(validateOnce(p)).to.equal(first);
    expect(validateOnce(clone())).to.not.equal(first);
  });
});

describe('hostile data: prototype names as keys', () => {
  afterEach(() => {
    for (const k of ['ybPolluted', 'main']) delete (Object.prototype as Record<string, unknown>)[k];
  });

  it('supplied values with "__proto__" cells never write Object.prototype; the layer is refused with its path', () => {
    const values = [
      { key: 'basic.annualCap', cell: { scheme: '__proto__', pool: 'ybPolluted' }, value: '1' },
      { key: 'assistance.annualLimit', cell: { category: '__proto__', pool: 'main' }, value: '0' },
    ] as UserValue[];
    const overlay = userValuesPack(TEST, values, '2025-03-10', { layers: [TEST], date: '2025-03-10' });
    unpolluted();
    const errs = errorsOf(estimateSync({ pack: overlay, person, visits: [visit] }, [TEST]));
    expect(errs.every((e) => e.code === 'pack.invalid' && e.path.includes('__proto__')), JSON.stringify(errs)).to.equal(true);
    unpolluted();
  });

  it('a supplied value for "constructor" (not a parameter) is named, never "internal"', () => {
    const overlay = userValuesPack(TEST, [{ key: 'constructor' as never, cell: {}, value: '1' }], '2025-03-10', { layers: [TEST] });
    const errs = errorsOf(estimateSync({ pack: overlay, person, visits: [visit] }, [TEST]));
    expect(errs.map((e) => [e.code, e.path])).to.deep.equal([['pack.invalid', 'pack.parameters.constructor']]);
  });

  it('supplied series named "__proto__" or "constructor" stay own keys', () => {
    const overlay = userValuesPack(TEST, [], '2025-03-10', { layers: [TEST], series: [{ series: '__proto__', year: 2024, value: '1' }, { series: 'constructor', year: 2024, value: '1' }] });
    unpolluted();
    expect(Object.hasOwn(overlay.series!, '__proto__')).to.equal(true);
    const errs = errorsOf(estimateSync({ pack: overlay, person, visits: [visit] }, [TEST]));
    expect(errs.map((e) => e.path)).to.deep.equal(['pack.series.__proto__']);
  });

  it('a pool id "constructor" is an ordinary own key (looked up as own property only)', () => {
    const p = clone();
    p.parameters['basic.capPool']![0]!.value = { '*': { '*': 'constructor' } };
    p.parameters['basic.annualCap']![0]!.value = { '*': { constructor: '100000' } };
    p.parameters['assistance.limitPool']![0]!.value = { '*': 'prototype' };
    p.parameters['assistance.annualLimit']![0]!.value = { '*': { prototype: '30000' } };
    const a = byRegion([p]);
    const b = byRegion([TEST]);
    if (isEstimateError(a) || isEstimateError(b)) throw new Error(JSON.stringify(a));
    expect(a.totals).to.deep.equal(b.totals);
  });

  it('a table without the cell asked for, but with "toString"/"__proto__" keys from JSON, is not read through the prototype', () => {
    const p = clone();
    // JSON.parse makes "__proto__" an own key: validation refuses it as a scheme.
    const table = JSON.parse('{"__proto__": {"*": "per-visit"}, "*": {"*": "per-visit"}}') as Record<string, unknown>;
    p.parameters['basic.deductibleMode']![0]!.value = table as never;
    const errs = errorsOf(byRegion([p]));
    expect(errs.map((e) => e.path)).to.deep.equal(['test-990100:$.parameters.basic.deductibleMode[0].value.__proto__']);
  });

  it('a cited source "constructor" that the pack does not declare is an unknown source', () => {
    const p = clone();
    p.parameters['tilt.rate']![0]!.cite[0]!.source = 'constructor';
    expect(errorsOf(byRegion([p])).map((e) => e.code)).to.deep.equal(['pack.unknown-source']);
  });

  it('a pack with an own "__proto__" key is refused and Object.prototype untouched', () => {
    const p = JSON.parse(JSON.stringify(TEST).replace('{', '{"__proto__": {"ybPolluted": true},')) as RulePack;
    expect(validatePack(p).ok).to.equal(false);
    expect(errorsOf(estimateSync({ pack: p, person, visits: [visit] }, [])).map((e) => e.path)).to.deep.equal(['pack.__proto__']);
    unpolluted();
  });
});

describe('hostile data: values after modifiers stay in their domain', () => {
  it('add 0.5 to basic.rate (0.6 → 1.1) is refused with the parameter, not paid beyond the in-scope amount', () => {
    const p = clone();
    const m = p.parameters['basic.rate']![0]!.modifiers![0]!;
    m.when = {};
    m.value = '0.5';
    const errs = errorsOf(byRegion([p]));
    expect(errs.map((e) => [e.code, e.path])).to.deep.equal([['pack.out-of-domain', 'test-990100:parameters.basic.rate']]);
    expect(errs[0]!.message).to.include('[0, 1]').and.include('基本医保支付比例');
  });

  it('+5 on assistance.rate is refused (it would zero out-of-pocket)', () => {
    const p = clone();
    const m = p.parameters['assistance.rate']![0]!.modifiers![0]!;
    m.when = {};
    m.value = '5';
    m.capAt = '10';
    expect(errorsOf(byRegion([p])).map((e) => e.code)).to.deep.equal(['pack.out-of-domain']);
  });

  it('domains by leaf type', () => {
    expect(outOfDomain('rate', '1')).to.equal(null);
    expect(outOfDomain('rate', '1.0001')).to.equal('[0, 1]');
    expect(outOfDomain('rate', '-0.1')).to.equal('[0, 1]');
    expect(outOfDomain('money', '-1')).to.equal('≥ 0');
    expect(outOfDomain('money', '0')).to.equal(null);
    expect(outOfDomain('money-or-none', null)).to.equal(null);
    expect(outOfDomain('scale', { bands: [{ from: '0', rate: '0.9' }, { from: '10', rate: '1.2' }] })).to.equal('[0, 1]');
    expect(outOfDomain('bool', '1')).to.equal('true | false');
    expect(outOfDomain('enum:a|b', 'c')).to.equal('a | b');
  });

  it('the engine asserts basic ≤ in-scope (total − out-of-scope − class-B co-payment) for each visit', () => {
    const settled = [{ index: 0, id: 'v1', kind: 'inpatient' as const, date: '2025-03-10', level: 'tertiary' as const, place: 'local' as const, total: new Dec('1000'), outOfScope: new Dec('300'), partialSelfPay: new Dec('100') }];
    const result = (basic: string) => [{ id: 'v1', kind: 'inpatient' as const, date: '2025-03-10', total: '1000.00', basic, critical: '0.00', assistance: '0.00', tilt: '0.00', outOfPocket: '0.00' }];
    expect(() => assertBasicWithinScope(result('600.00'), settled)).to.not.throw();
    let caught: unknown;
    try {
      assertBasicWithinScope(result('600.01'), settled);
    } catch (e) {
      caught = e;
    }
    expect(caught).to.be.instanceOf(EngineFault);
    expect((caught as EngineFault).path).to.equal('visits[0]');
  });
});

describe('hostile data: links, messages, edge input', () => {
  it('only http(s) addresses pass pack validation and the link binding', () => {
    for (const [url, ok] of [['https://www.nhsa.gov.cn/x', true], ['http://example.gov.cn/', true], ['javascript:alert(1)', false], ['JavaScript:alert(1)', false],
      [' javascript:alert(1)', false], ['data:text/html,x', false], ['file:///etc/passwd', false], ['//evil.example/x', false], ['vbscript:x', false]] as const) {
      const p = clone();
      p.sources.test!.url = url;
      expect(validatePack(p).ok, url).to.equal(ok);
      expect(webHref(url) !== undefined, url).to.equal(ok);
    }
  });

  it('every validator problem has a code and a message in both languages (no English inside zh-CN)', () => {
    const broken = clone() as unknown as Record<string, unknown>;
    const params = broken.parameters as Record<string, unknown[]>;
    (params['basic.rate']![0] as Record<string, unknown>).value = { resident: { inpatient: { tertiary: '1.5', primary: 'x' }, bogus: '1' } };
    (params['critical.scale']![0] as Record<string, unknown>).value = { bands: [{ from: '5', rate: '0.5' }, { from: '1', rate: '-1' }] };
    params['tilt.rate']!.push({ from: '2020-01-01', value: { '*': '0.5' }, status: 'maybe', cite: [] });
    broken.schemaVersion = 2;
    broken.kind = 'other';
    const v = validatePack(broken);
    if (v.ok) throw new Error('expected problems');
    expect(v.issues.length).to.be.greaterThan(6);
    const zh = ENGINE_LOCALES['zh-CN']! as { packProblem: Record<string, string> };
    const en = ENGINE_LOCALES.en! as { packProblem: Record<string, string> };
    for (const i of v.issues) {
      expect(i.code, i.problem).to.not.equal('other');
      expect(zh.packProblem[i.code!], i.code).to.be.a('string');
      expect(en.packProblem[i.code!], i.code).to.be.a('string');
    }
    const r = estimateSync({ pack: broken, person, visits: [visit] }, []);
    for (const e of errorsOf(r)) expect(e.message).to.not.match(/must|is not|should/);
    expect(problemCode('something new').code).to.equal('other');
  });

  it('"12 34" is not 1234.00; spaces beside a unit or sign still read', () => {
    expect(parseMoney('12 34')).to.deep.equal({ ok: false, error: 'invalid' });
    expect(parseMoney('1.2 34')).to.deep.equal({ ok: false, error: 'invalid' });
    expect(parseMoney('12 万')).to.deep.equal({ ok: true, value: '120000.00' });
    expect(parseMoney('¥ 12000')).to.deep.equal({ ok: true, value: '12000.00' });
    expect(parseMoney(' 12000 元')).to.deep.equal({ ok: true, value: '12000.00' });
  });

  it('yearToDate with visits in one year applies; across two years it is refused with a message naming the years', () => {
    const base = { pack: TEST, person, yearToDate: { inpatientAdmissions: 1 } };
    expect(isEstimateError(estimateSync({ ...base, visits: [visit, { ...visit, date: '2025-12-31' }] }, []))).to.equal(false);
    const errs = errorsOf(estimateSync({ ...base, visits: [{ ...visit, date: '2024-12-31' }, visit] }, []));
    expect(errs.map((e) => [e.code, e.path])).to.deep.equal([['input.ytd-years', 'yearToDate']]);
    expect(errs[0]!.message).to.include('2024, 2025');
  });

  it('a birth date more than 130 years before a visit is refused like age 131', () => {
    const errs = errorsOf(estimateSync({ pack: TEST, person: { scheme: 'resident', birthDate: '1894-03-09', categories: [] }, visits: [visit] }, []));
    expect(errs.map((e) => e.path)).to.deep.equal(['person.birthDate']);
    const ok = estimateSync({ pack: TEST, person: { scheme: 'resident', birthDate: '1895-03-10', categories: [] }, visits: [visit] }, []);
    expect(isEstimateError(ok)).to.equal(false);
  });

  it('a missing rule never shows empty brackets, in both languages', () => {
    const p = clone();
    delete p.parameters['tilt.mode'];
    for (const lang of ['zh-CN', 'en'] as const) {
      const errs = errorsOf(estimateSync({ pack: p, person, visits: [{ ...visit, total: '300000' }], options: { lang } }, []));
      expect(errs[0]!.code).to.equal('param-missing');
      expect(errs[0]!.path).to.equal('test-990100:parameters.tilt.mode');
      expect(errs[0]!.message).to.not.match(/（）|\(\)/);
      expect(errs[0]!.message).to.include(lang === 'en' ? PARAMS['tilt.mode'].label.en : PARAMS['tilt.mode'].label['zh-CN']);
    }
  });
});
