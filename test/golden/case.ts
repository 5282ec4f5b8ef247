// The shape of a golden case (test/golden/*.json: one JSON array of cases per pack or topic).
// The list of case files is generated: test/golden/index.ts (scripts/build-golden-index.mjs).
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
