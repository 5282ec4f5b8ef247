// Cross-engine: the browser suite in WebKit (WebKitGTK's MiniBrowser, Debian libwebkit2gtk-4.1),
// driven through WebKitWebDriver (Debian webkit2gtk-driver) with plain W3C WebDriver HTTP calls —
// no webdriverio, no download. WebKitGTK needs a display: an Xvfb is started unless DISPLAY is set.
//   npx wtr --config web-test-runner.webkit.config.mjs [--files …]
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import base from './web-test-runner.config.mjs';

const DRIVER = process.env.WEBKIT_WEBDRIVER || '/usr/bin/WebKitWebDriver';
const BROWSER = process.env.WEBKIT_BROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const freePort = () => new Promise((resolve, reject) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  s.on('error', reject);
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

class WebKitWebDriverLauncher {
  name = 'WebKit';
  type = 'webdriver';
  concurrency = 1;
  #driver; #xvfb; #base; #session; #active = new Map();

  async #call(method, path, body) {
    const res = await fetch(`${this.#base}${path}`, {
      method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json.value;
  }

  async #start() {
    const env = { ...process.env };
    if (!env.DISPLAY) {
      const display = `:${90 + Math.floor(Math.random() * 9)}`;
      this.#xvfb = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
      env.DISPLAY = display;
      await sleep(500);
    }
    const port = await freePort();
    this.#driver = spawn(DRIVER, [`--port=${port}`], { env, stdio: 'ignore' });
    this.#base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try { if ((await this.#call('GET', '/status'))?.ready !== undefined) break; } catch { await sleep(100); }
    }
    const s = await this.#call('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: BROWSER, args: ['--automation'] } } },
    });
    this.#session = s.sessionId;
  }

  async initialize() {}

  async startSession(sessionId, url) {
    if (!this.#session) await this.#start();
    this.#active.set(sessionId, url);
    await this.#call('POST', `/session/${this.#session}/url`, { url });
  }
  isActive(sessionId) { return this.#active.has(sessionId); }
  getBrowserUrl(sessionId) { return this.#active.get(sessionId); }
  async stopSession(sessionId) {
    this.#active.delete(sessionId);
    await this.#call('POST', `/session/${this.#session}/url`, { url: 'about:blank' }).catch(() => {});
    return {};
  }
  async startDebugSession() { throw new Error('Debugging is not supported with WebKitWebDriver'); }
  async stop() {
    if (this.#session) await this.#call('DELETE', `/session/${this.#session}`).catch(() => {});
    this.#driver?.kill();
    this.#xvfb?.kill();
  }
}

export default {
  ...base,
  concurrency: 1,
  browsers: [new WebKitWebDriverLauncher()],
};
