// `npm run test:fuzz`, browser half: a sample of test/fuzz/scale.test.ts in Chromium for engine
// parity (the bulk — up to 100,000 scenarios per pack and the containment check — runs in Node
// worker threads first: scripts/fuzz-node.mjs). Same seeds as the Node run, so the browser's
// scenarios are the first of the Node run's. Per pack: YB_BROWSER_FUZZ_SCENARIOS (default 3,000).
// Also 20,000 cases per target of the hostile-keys fuzz (test/fuzz/hostile-keys.test.ts; 150 in the default suite).
import base from './web-test-runner.config.mjs';

const SCENARIOS = Number(process.env.YB_BROWSER_FUZZ_SCENARIOS || 3000);
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
