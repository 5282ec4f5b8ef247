// Cross-engine: the browser suite in Firefox ESR (Debian's firefox-esr), driven by puppeteer-core
// over WebDriver BiDi — no browser download, no geckodriver (Debian 12 does not package one).
//   npx wtr --config web-test-runner.firefox.config.mjs [--files …]
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export default {
  ...base,
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
