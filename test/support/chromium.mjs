// Debian's Chromium (or CHROME_PATH), and the flags it needs here: as root, no GPU, and no
// background connections (the network is closed). Shared by the tests, the benchmark and the audits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  // The browser's own address-bar popup (a WebUI page of about a hundred scripts) loaded in every
  // new window, on the same two cores, while the page under test loaded: it added about 150 ms to
  // each first draw the benchmark measured. No page here has an address bar to type into.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

/**
 * The shared flags with `more` added; the features each disables are merged into one
 * `--disable-features` (given twice, Chromium would read only one of them).
 */
export function withFlags(base, more = []) {
  const all = [...base, ...more];
  const key = '--disable-features=';
  const features = all.filter((a) => a.startsWith(key)).flatMap((a) => a.slice(key.length).split(','));
  const rest = all.filter((a) => !a.startsWith(key));
  return features.length ? [...rest, key + [...new Set(features)].join(',')] : rest;
}

/** Resolves to true when `promise` settles within `ms`, false when it does not (a hung renderer). */
export function settlesWithin(promise, ms) {
  let timer;
  return Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    new Promise((r) => (timer = setTimeout(() => r(false), ms))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Launches that Chromium through puppeteer-core (never a downloaded browser) in the new headless
 * mode, with a fresh profile, classic scrollbars (puppeteer's own headless mode would hide them),
 * `window` as its window size and `args` added to the shared flags. `close` kills the browser
 * when a renderer stuck in a huge page hangs a polite close.
 */
export async function launchChromium({ window, viewport = null, protocolTimeout, args = [] }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'timeline-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: false, // '--headless=new' below selects the new headless mode explicitly
    userDataDir,
    defaultViewport: viewport,
    protocolTimeout,
    args: ['--headless=new', ...withFlags(CHROME_ARGS, args), `--window-size=${window.width},${window.height}`],
  });
  return {
    browser,
    close: async () => {
      if (!(await settlesWithin(browser.close(), 20_000))) browser.process()?.kill('SIGKILL');
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
