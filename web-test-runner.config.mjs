// Browser tests: every *.test.ts under test/ runs in Debian's headless Chromium.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const chromeArgs = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-gpu', '--disable-dev-shm-usage',
];

export default {
  // Timing budgets (test/perf/bench.test.ts) run in `npm run bench`, on a quiet machine: under the
  // load of a whole suite on two cores they measure the neighbours. The size budget and the leak
  // test (no timing) stay in the default suite.
  // The region picker's file runs in a step of its own (npm test: `wtr:picker`): beside another file
  // under concurrency 2 its page was seen to detach and hang (it passes alone); see docs/regions.md.
  files: ['test/**/*.test.ts', '!test/node/**', '!test/perf/bench.test.ts', '!test/widgets/yb-region-picker.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 60000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: chromeArgs,
      },
    }),
  ],
};
