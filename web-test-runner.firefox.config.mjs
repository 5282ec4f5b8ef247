// Cross-engine: the browser suite in Firefox ESR (Debian's firefox-esr), driven by puppeteer-core
// over WebDriver BiDi — no browser download, no geckodriver (Debian 12 does not package one).
//   npx wtr --config web-test-runner.firefox.config.mjs [--files …]
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base, { FOCUS_FILES } from './web-test-runner.config.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

// Left out here, reported to their owners: test/perf (budgets calibrated on Chromium);
// hotline.test.ts (sendKeys press 'Space': puppeteer's BiDi keyboard has no key named Space, the
// command fails and the file hangs — ' ' works in every engine); yb-estimator-behaviour.test.ts,
// for its print test (emulateMedia needs CDP, which Firefox does not speak; mocha's grep cannot
// leave one test out: web-test-runner then counts it as failed).
// test/engine/containment.test.ts: the sampling of 10,000 points per pack inside the bounds is
// engine-independent decimal arithmetic already checked in Chromium and by the Node fuzz; the
// golden cases (ranges included) give the three-engine parity at a fraction of the time.
export const EXCLUDED_FILES = ['!test/perf/**', '!test/widgets/hotline.test.ts', '!test/widgets/yb-estimator-behaviour.test.ts', '!test/engine/containment.test.ts',
  // The sampling suites (properties, scale and pack fuzz) over ~40 region packs run in Chromium and in
  // the Node fuzz; here the golden cases (every region, ranges included) give the engine parity.
  '!test/engine/properties.test.ts', '!test/fuzz/scale.test.ts', '!test/fuzz/packs.test.ts'];

export default {
  ...base,
  // The focus-bound files run here too (this engine's own run), only the picker stays out as before.
  files: [...base.files.filter((f) => !FOCUS_FILES.some((x) => f === `!${x}`)), '!test/widgets/yb-region-picker.test.ts', ...EXCLUDED_FILES],
  concurrency: 1,
  browsers: [
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false },
      },
    }),
  ],
};
