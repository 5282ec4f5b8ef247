// Golden case files, one JSON array per pack or topic. Add a file here to have it run.
import testCity from './test-city.json';
import variations from './variations.json';
import cn000000 from './cn-000000.json';
import cn220000 from './cn-220000.json';
import cn220100 from './cn-220100.json';
import cn220200 from './cn-220200.json';
import cn440000 from './cn-440000.json';
import cn440100 from './cn-440100.json';
import cn440300 from './cn-440300.json';
import cn321300 from './cn-321300.json';
import cn370302 from './cn-370302.json';
import cn120000 from './cn-120000.json';
import cn140000 from './cn-140000.json';
import cn150000 from './cn-150000.json';
import cn310000 from './cn-310000.json';
import cn330000 from './cn-330000.json';
import cn350000 from './cn-350000.json';
import cn420000 from './cn-420000.json';
import cn430000 from './cn-430000.json';
import cn450000 from './cn-450000.json';
import cn460000 from './cn-460000.json';
import cn620000 from './cn-620000.json';
import cn110000 from './cn-110000.json';
import cn442000 from './cn-442000.json';
import workedExamples from './worked-examples.json';
import regressions from './regressions.json';
import ranges from './ranges.json';

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
  'test-city': testCity as unknown as unknown as GoldenCase[],
  variations: variations as unknown as unknown as GoldenCase[],
  'cn-000000': cn000000 as unknown as unknown as GoldenCase[],
  'cn-220000': cn220000 as unknown as unknown as GoldenCase[],
  'cn-220100': cn220100 as unknown as unknown as GoldenCase[],
  'cn-220200': cn220200 as unknown as unknown as GoldenCase[],
  'cn-440000': cn440000 as unknown as unknown as GoldenCase[],
  'cn-440100': cn440100 as unknown as unknown as GoldenCase[],
  'cn-440300': cn440300 as unknown as unknown as GoldenCase[],
  'cn-321300': cn321300 as unknown as unknown as GoldenCase[],
  'cn-370302': cn370302 as unknown as unknown as GoldenCase[],
  'cn-120000': cn120000 as unknown as unknown as GoldenCase[],
  'cn-140000': cn140000 as unknown as unknown as GoldenCase[],
  'cn-150000': cn150000 as unknown as unknown as GoldenCase[],
  'cn-310000': cn310000 as unknown as unknown as GoldenCase[],
  'cn-330000': cn330000 as unknown as unknown as GoldenCase[],
  'cn-350000': cn350000 as unknown as unknown as GoldenCase[],
  'cn-420000': cn420000 as unknown as unknown as GoldenCase[],
  'cn-430000': cn430000 as unknown as unknown as GoldenCase[],
  'cn-450000': cn450000 as unknown as unknown as GoldenCase[],
  'cn-460000': cn460000 as unknown as unknown as GoldenCase[],
  'cn-620000': cn620000 as unknown as unknown as GoldenCase[],
  'worked-examples': workedExamples as unknown as unknown as GoldenCase[],
  regressions: regressions as unknown as unknown as GoldenCase[],
  ranges: ranges as unknown as unknown as GoldenCase[],
  'test-city': testCity as unknown as GoldenCase[],
  variations: variations as unknown as GoldenCase[],
  'cn-000000': cn000000 as unknown as GoldenCase[],
  'cn-220000': cn220000 as unknown as GoldenCase[],
  'cn-220100': cn220100 as unknown as GoldenCase[],
  'cn-220200': cn220200 as unknown as GoldenCase[],
  'cn-440000': cn440000 as unknown as GoldenCase[],
  'cn-440100': cn440100 as unknown as GoldenCase[],
  'cn-440300': cn440300 as unknown as GoldenCase[],
  'cn-321300': cn321300 as unknown as GoldenCase[],
  'cn-370302': cn370302 as unknown as GoldenCase[],
  'cn-110000': cn110000 as unknown as GoldenCase[],
  'cn-442000': cn442000 as unknown as GoldenCase[],
  'worked-examples': workedExamples as unknown as GoldenCase[],
  regressions: regressions as unknown as GoldenCase[],
  ranges: ranges as unknown as GoldenCase[],
};
