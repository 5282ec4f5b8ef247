// `npm run test:fuzz`: the 100,000-scenarios-per-pack run of test/fuzz/scale.test.ts (too slow for
// the default suite, which runs the same file with 1,000 per pack), and 20,000 cases per target of the
// hostile-keys fuzz (test/fuzz/hostile-keys.test.ts; 150 in the default suite). Chromium, as the default config.
import base from './web-test-runner.config.mjs';

const SCENARIOS = Number(process.env.YB_FUZZ_SCENARIOS || 100000);
const HOSTILE = Number(process.env.YB_FUZZ_HOSTILE || 20000);

export default {
  ...base,
  files: ['test/fuzz/scale.test.ts', 'test/fuzz/hostile-keys.test.ts'],
  concurrency: 1,
  testsFinishTimeout: 4 * 60 * 60 * 1000,
  testFramework: { config: { timeout: 0 } },
  testRunnerHtml: (testFramework) => `<!doctype html><html><body>
<script>window.__YB_FUZZ_SCENARIOS__ = ${SCENARIOS}; window.__YB_FUZZ_HOSTILE__ = ${HOSTILE};</script>
<script type="module" src="${testFramework}"></script>
</body></html>`,
};
