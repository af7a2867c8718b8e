import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../src/build/content-hash';
import { launchChromium } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';

// The lazily loaded code comes in two classic scripts (src/components/load-lazy.ts): the lazy part,
// wired right after the first draw, and the interaction part, loaded on the reader's first
// interaction. A real build of the real data, loaded in Chromium.
const root = new URL('../..', import.meta.url).pathname;
const vite = join(root, 'node_modules/vite/bin/vite.js');
const outDir = mkdtempSync(join(tmpdir(), 'timeline-split-'));
const assets = () => readdirSync(join(outDir, 'assets'));
const PART = { lazy: /^lazy-([0-9a-f]{10})\.js$/, interaction: /^interaction-([0-9a-f]{10})\.js$/ };

let server: { origin: string; close: () => Promise<void> };
let chrome: { browser: Browser; close: () => Promise<void> };

beforeAll(async () => {
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, TIMELINE_DATA: 'data/events.json', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  server = await serveStatic({ mounts: { '/': outDir } });
  chrome = await launchChromium({ window: { width: 1280, height: 800 }, viewport: { width: 1280, height: 800 } });
}, 180_000);

afterAll(async () => {
  await chrome?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

/**
 * Opens a page, counting the requests for each part: as a script, and the interaction part's
 * download ahead of use (a prefetch, not run); `hold` decides what happens to a request to run it.
 */
async function open(path: string, hold?: (req: HTTPRequest) => void): Promise<{ page: Page; requests: { lazy: number; interaction: number; prefetch: number } }> {
  const page = await chrome.browser.newPage();
  const requests = { lazy: 0, interaction: 0, prefetch: 0 };
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const name = new URL(req.url()).pathname.split('/').pop() ?? '';
    // (The embed builder's preview is a frame of its own, with its own scripts.)
    if (req.frame() !== page.mainFrame()) return void req.continue();
    if (PART.lazy.test(name)) requests.lazy++;
    if (PART.interaction.test(name) && req.resourceType() !== 'script') requests.prefetch++;
    else if (PART.interaction.test(name)) {
      requests.interaction++;
      if (hold) return hold(req);
    }
    void req.continue();
  });
  await page.goto(server.origin + path, { waitUntil: 'load' });
  // The lazy part is wired once the page is idle (at the latest a second after it loaded).
  await page.waitForFunction(() => Boolean(window.Timeline), { timeout: 15_000 });
  await page.waitForFunction(() => new Promise((r) => requestIdleCallback(() => r(true), { timeout: 2000 })));
  return { page, requests };
}

const notice = (page: Page) => page.$eval('#notice', (el) => ((el as HTMLElement).hidden ? '' : el.textContent));

describe('the lazy code in two scripts', () => {
  it('writes both parts, named by their content, and the page script names both', () => {
    const names = assets();
    const lazy = names.filter((n) => PART.lazy.test(n));
    const interaction = names.filter((n) => PART.interaction.test(n));
    expect(lazy).toHaveLength(1);
    expect(interaction).toHaveLength(1);
    for (const name of [...lazy, ...interaction]) {
      const code = readFileSync(join(outDir, 'assets', name), 'utf8');
      expect(name).toContain(contentHash(code));
      // Classic scripts: no module syntax, no fetch (they load in a sandboxed frame without allow-same-origin).
      expect(code).not.toMatch(/^\s*(import|export)\s/m);
      expect(code).not.toMatch(/\bfetch\(/);
    }
    const app = names.filter((n) => /^index-.*\.js$/.test(n)).map((n) => readFileSync(join(outDir, 'assets', n), 'utf8'));
    expect(app).toHaveLength(1);
    expect(app[0]).toContain(lazy[0]);
    expect(app[0]).toContain(interaction[0]);
    // The copy dialog and the embed builder are in the interaction part only.
    const text = (n: string) => readFileSync(join(outDir, 'assets', n), 'utf8');
    for (const tag of ['copy-dialog', 'embed-builder']) {
      const named = new RegExp(`define\\([\`'"]${tag}[\`'"]`);
      expect(text(interaction[0])).toMatch(named);
      expect(text(lazy[0])).not.toMatch(named);
    }
  });

  it('loads the interaction part on the first interaction, not before, and each part once', async () => {
    const { page, requests } = await open('/');
    expect(requests.lazy).toBe(1);
    expect(requests.interaction).toBe(0);
    // Downloaded while the page is idle, so it works offline once loaded, but not run.
    await page.waitForFunction(() => Boolean(document.querySelector('link[rel=prefetch][href*="/interaction-"]')));
    expect(await page.evaluate(() => 'TimelineInteraction' in window)).toBe(false);
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => Boolean(window.TimelineInteraction), { timeout: 10_000 });
    // More uses of its features ask for nothing more.
    await page.click('#embed-button');
    await page.waitForSelector('embed-builder');
    await page.keyboard.press('Escape');
    await page.click('button.copy-link');
    await page.waitForFunction(() => !document.getElementById('toast')!.hidden || document.querySelector('copy-dialog'), { timeout: 10_000 });
    expect(requests).toEqual({ lazy: 1, interaction: 1, prefetch: 1 });
    await page.close();
  }, 60_000);

  it('keeps what the reader did before the interaction part arrived, and does it once it is here', async () => {
    let held: HTTPRequest | undefined;
    const { page } = await open('/', (req) => (held = req));
    await page.type('form.filters input[name=q]', 'drone');
    await page.click('form.filters button.copy-view');
    expect(held).toBeDefined();
    expect(await page.evaluate(() => 'TimelineInteraction' in window)).toBe(false);
    const file = new URL(held!.url()).pathname.split('/').pop()!;
    await held!.respond({ status: 200, contentType: 'text/javascript', body: readFileSync(join(outDir, 'assets', file), 'utf8') });
    // The search typed while waiting is applied, and the press on "Copy link to this view" gives the link
    // (a headless clipboard may refuse: then the link is shown in the dialog).
    await page.waitForFunction(() => !document.querySelector<HTMLElement>('form.filters .matches')!.hidden, { timeout: 10_000 });
    await page.waitForFunction(() => Boolean(document.querySelector('copy-dialog')) || !document.getElementById('toast')!.hidden, { timeout: 10_000 });
    await page.close();
  }, 60_000);

  it('says so when the interaction part cannot load', async () => {
    const { page } = await open('/', (req) => void req.abort());
    expect(await notice(page)).toBe('');
    await page.click('button.copy-link');
    await page.waitForFunction(() => !document.getElementById('notice')!.hidden, { timeout: 10_000 });
    expect(await notice(page)).toMatch(/could not load/);
    await page.close();
  }, 60_000);
});
