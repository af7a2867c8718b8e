import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Live preview: `npm run dev` on a copy of the data; saving the file reloads the page with the
// new data, or shows the error list in Vite's overlay, and the server keeps running.
const root = new URL('../..', import.meta.url).pathname;

interface Payload {
  type: string;
  err?: { message: string };
}

describe.each([
  ['a sheet', 'events.csv', (text: string, title: string) => text.replace(/^\(timeline\),([^,]*),,,,("(?:[^"]|"")*"|[^,\n]*),/m, `(timeline),$1,,,,${title},`), (text: string) => text.replace(',agreement,', ',rumour,')],
  ['a JSON file', 'events.json', (text: string, title: string) => text.replace(/"title": "[^"]*"/, `"title": "${title}"`), (text: string) => text.replace('"kind": "agreement"', '"kind": "rumour"')],
] as const)('npm run dev with %s as the data', (_, name, retitle, spoil) => {
  let server: ViteDevServer;
  let url: string;
  let file: string;
  let original: string;
  const sent: Payload[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-dev-'));
    file = join(dir, name);
    copyFileSync(join(root, 'data', name), file);
    original = readFileSync(file, 'utf8');
    process.env.TIMELINE_DATA = file;
    server = await createServer({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
    // Every message the server sends the page (reload, error overlay), as the page would receive it.
    const send = server.hot.send.bind(server.hot) as (p: Payload) => void;
    server.hot.send = ((p: Payload) => {
      sent.push(p);
      send(p);
    }) as typeof server.hot.send;
    await server.listen();
    url = server.resolvedUrls!.local[0];
  });

  afterAll(async () => {
    delete process.env.TIMELINE_DATA;
    await server?.close();
  });

  /** Saves the data file and waits for the server's message to the page; resolves with it and how long it took. */
  async function save(text: string, type: string): Promise<{ payload: Payload; ms: number }> {
    const from = sent.length;
    const start = performance.now();
    writeFileSync(file, text);
    for (;;) {
      const payload = sent.slice(from).find((p) => p.type === type);
      if (payload) return { payload, ms: performance.now() - start };
      if (performance.now() - start > 10_000) throw new Error(`no ${type} message within 10 s; sent: ${JSON.stringify(sent.slice(from))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  it('the page shows the data file as it is', async () => {
    const page = await (await fetch(url)).text();
    expect(page).toContain('<ol class="event-list">');
    expect(page).toContain('Iran');
  });

  it('saving a new title reloads the page within a second, and the served page has the new title', async () => {
    const { ms } = await save(retitle(original, 'A title saved a moment ago'), 'full-reload');
    expect(ms).toBeLessThan(1000);
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>A title saved a moment ago');
  });

  it('a mistake shows the error list in the overlay and on the page, and the server keeps running', async () => {
    const { payload } = await save(spoil(retitle(original, 'Broken')), 'error');
    const message = payload.err?.message ?? '';
    expect(message).toMatch(/^1 error in timeline data:\n/);
    expect(message).toMatch(name.endsWith('.csv') ? /row \d+, column `kind`: "rumour" must be one of .* \[enum\]/ : /:\d+:\d+ \$\.events\[\d+\]\.kind "rumour" must be one of .* \[enum\]/);
    const res = await fetch(url);
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('rumour');
    // Fixed again: the page comes back.
    await save(retitle(original, 'Fixed again'), 'full-reload');
    expect(await (await fetch(url)).text()).toContain('<title>Fixed again');
  });

  it('two saves in quick succession (the watcher drops the second): the page ends with the last one', async () => {
    writeFileSync(file, retitle(original, 'First of two saves'));
    await new Promise((r) => setTimeout(r, 10));
    const from = sent.length;
    writeFileSync(file, retitle(original, 'Second of two saves'));
    const start = performance.now();
    while (!sent.slice(from).some((p) => p.type === 'full-reload') || !(await (await fetch(url)).text()).includes('<title>Second of two saves')) {
      if (performance.now() - start > 2000) throw new Error('the page never showed the second save');
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  it(`the dev server serves ${name === 'events.csv' ? 'events.csv' : 'events.json'} as the build publishes it`, async () => {
    const res = await fetch(new URL('events.csv', url));
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect((await res.text()).split('\n')[0]).toMatch(/^id,date,date label,kind,/);
  });
});
