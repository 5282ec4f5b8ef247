// `npm run bench` (scripts/bench.mjs), browser half: test/perf/ in Chromium, as the default config,
// one file at a time (timings), with the sample count handed to the page.
import base from './web-test-runner.config.mjs';

const SAMPLES = Number(process.env.YB_BENCH_SAMPLES || 60);

export default {
  ...base,
  files: ['test/perf/**/*.test.ts'],
  concurrency: 1,
  testsFinishTimeout: 60 * 60 * 1000,
  testFramework: { config: { timeout: 0 } },
  testRunnerHtml: (testFramework) => `<!doctype html><html><body>
<script>window.__YB_BENCH_SAMPLES__ = ${SAMPLES};</script>
<script type="module" src="${testFramework}"></script>
</body></html>`,
};
