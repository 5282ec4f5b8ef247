// Golden case files, one JSON array per pack or topic. Add a file here to have it run.
import testCity from './test-city.json';
import variations from './variations.json';

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
  };
}

export const GOLDEN_FILES: Record<string, GoldenCase[]> = {
  'test-city': testCity as GoldenCase[],
  variations: variations as GoldenCase[],
};
