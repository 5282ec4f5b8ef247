// Golden case files, one JSON array per pack or topic: every test/golden/*.json is listed here
// (test/node/golden-index.test.mjs fails when a file is missing from this list).
import g_cn_000000 from './cn-000000.json';
import g_cn_110000 from './cn-110000.json';
import g_cn_120000 from './cn-120000.json';
import g_cn_140000 from './cn-140000.json';
import g_cn_140100 from './cn-140100.json';
import g_cn_150000 from './cn-150000.json';
import g_cn_220000 from './cn-220000.json';
import g_cn_220100 from './cn-220100.json';
import g_cn_220200 from './cn-220200.json';
import g_cn_310000 from './cn-310000.json';
import g_cn_321300 from './cn-321300.json';
import g_cn_330000 from './cn-330000.json';
import g_cn_350000 from './cn-350000.json';
import g_cn_370302 from './cn-370302.json';
import g_cn_420000 from './cn-420000.json';
import g_cn_420100 from './cn-420100.json';
import g_cn_430000 from './cn-430000.json';
import g_cn_440000 from './cn-440000.json';
import g_cn_440100 from './cn-440100.json';
import g_cn_440300 from './cn-440300.json';
import g_cn_442000 from './cn-442000.json';
import g_cn_450000 from './cn-450000.json';
import g_cn_460000 from './cn-460000.json';
import g_cn_620000 from './cn-620000.json';
import g_ranges from './ranges.json';
import g_regressions from './regressions.json';
import g_test_city from './test-city.json';
import g_variations from './variations.json';
import g_worked_examples from './worked-examples.json';

export interface GoldenCase {
  id: string;
  title: string;
  origin: { kind: 'hand-calculated' | 'official-example' | 'regression'; ref?: string };
  /** The estimate input; `pack` may be a fixture name (string) from test/fixtures/packs. */
  input: Record<string, unknown>;
  /** With a fixture pack: parameters (and series) an inline pack extending the fixture redefines. */
  overlay?: { parameters: Record<string, unknown>; series?: Record<string, unknown> };
  /** The hand-worked derivation, line by line. */
  derivation: string[];
  expect: {
    visits?: Record<string, Partial<Record<'basic' | 'critical' | 'assistance' | 'tilt' | 'outOfPocket', string>>>;
    totals?: Partial<Record<'basic' | 'critical' | 'assistance' | 'tilt' | 'outOfPocket' | 'total', string>>;
    applied?: string;
    /** null = no hint expected. */
    applicationHint?: { category: string; outOfPocket: string } | null;
    warnings?: string[];
    error?: { code: string; path?: string };
    /** Bounded estimates: whether no unknown can move the total, its out-of-pocket range, and the keys of the unknowns that moved it. */
    exact?: boolean;
    range?: { low: string; high: string };
    unknowns?: string[];
  };
}

export const GOLDEN_FILES: Record<string, GoldenCase[]> = {
  'cn-000000': g_cn_000000 as unknown as GoldenCase[],
  'cn-110000': g_cn_110000 as unknown as GoldenCase[],
  'cn-120000': g_cn_120000 as unknown as GoldenCase[],
  'cn-140000': g_cn_140000 as unknown as GoldenCase[],
  'cn-140100': g_cn_140100 as unknown as GoldenCase[],
  'cn-150000': g_cn_150000 as unknown as GoldenCase[],
  'cn-220000': g_cn_220000 as unknown as GoldenCase[],
  'cn-220100': g_cn_220100 as unknown as GoldenCase[],
  'cn-220200': g_cn_220200 as unknown as GoldenCase[],
  'cn-310000': g_cn_310000 as unknown as GoldenCase[],
  'cn-321300': g_cn_321300 as unknown as GoldenCase[],
  'cn-330000': g_cn_330000 as unknown as GoldenCase[],
  'cn-350000': g_cn_350000 as unknown as GoldenCase[],
  'cn-370302': g_cn_370302 as unknown as GoldenCase[],
  'cn-420000': g_cn_420000 as unknown as GoldenCase[],
  'cn-420100': g_cn_420100 as unknown as GoldenCase[],
  'cn-430000': g_cn_430000 as unknown as GoldenCase[],
  'cn-440000': g_cn_440000 as unknown as GoldenCase[],
  'cn-440100': g_cn_440100 as unknown as GoldenCase[],
  'cn-440300': g_cn_440300 as unknown as GoldenCase[],
  'cn-442000': g_cn_442000 as unknown as GoldenCase[],
  'cn-450000': g_cn_450000 as unknown as GoldenCase[],
  'cn-460000': g_cn_460000 as unknown as GoldenCase[],
  'cn-620000': g_cn_620000 as unknown as GoldenCase[],
  'ranges': g_ranges as unknown as GoldenCase[],
  'regressions': g_regressions as unknown as GoldenCase[],
  'test-city': g_test_city as unknown as GoldenCase[],
  'variations': g_variations as unknown as GoldenCase[],
  'worked-examples': g_worked_examples as unknown as GoldenCase[],
};
