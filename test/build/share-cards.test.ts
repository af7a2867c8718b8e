import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaleData } from '../bench/scale-data.mjs';

// Real builds of the share cards: with SITE_URL every page that exists has its card, without it none.
const root = new URL('../..', import.meta.url).pathname;
const vite = join(root, 'node_modules/vite/bin/vite.js');
const SITE = 'https://example.org/timeline/';

function build(data: string, env: Record<string, string>, outDir = mkdtempSync(join(tmpdir(), 'timeline-cards-'))): { status: number | null; output: string; outDir: string } {
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    env: { ...process.env, TIMELINE_DATA: data, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}

/** A PNG's size, read from its IHDR chunk (after the 8-byte signature and the chunk's length and type). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The content of `<meta property|name="key">` in a page. */
function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];
}

/** The event pages a build wrote: the folders under events/. */
const eventPages = (out: string) => (existsSync(join(out, 'events')) ? readdirSync(join(out, 'events'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : []);

describe('share cards', () => {
  it('build with SITE_URL gives every event page and the main page a 1200×630 PNG card, named by absolute URL in og:image and twitter:image', () => {
    const { status, output, outDir } = build('data/events.json', { SITE_URL: SITE });
    expect(status, output).toBe(0);
    const ids = eventPages(outDir);
    const data = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')) as { events: { id: string }[] };
    expect(ids.sort()).toEqual(data.events.map((e) => e.id).sort());
    const pages = [{ html: 'index.html', card: 'cards/timeline.png' }, ...ids.map((id) => ({ html: `events/${id}/index.html`, card: `cards/events/${id}.png` }))];
    for (const page of pages) {
      const html = readFileSync(join(outDir, page.html), 'utf8');
      const url = meta(html, 'og:image');
      expect(url, page.html).toBe(`${SITE}${page.card}`);
      expect(meta(html, 'twitter:image')).toBe(url);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
      expect(meta(html, 'og:image:alt')?.length).toBeGreaterThan(20);
      // The URL names the file the build wrote.
      const file = join(outDir, new URL(url!).pathname.replace('/timeline/', ''));
      expect(pngSize(readFileSync(file)), page.card).toEqual({ width: 1200, height: 630 });
    }
    expect(readdirSync(join(outDir, 'cards/events'))).toHaveLength(ids.length);
    expect(meta(readFileSync(join(outDir, 'embed.html'), 'utf8'), 'og:image')).toBeUndefined();
    expect(output).toMatch(/Share cards: \d+ in \d+ ms/);
  });

  it('build without SITE_URL writes no card and names no image', () => {
    const { status, output, outDir } = build('test/fixtures/valid.json', { SITE_URL: '' });
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'cards'))).toBe(false);
    for (const page of ['index.html', 'embed.html', ...eventPages(outDir).map((id) => `events/${id}/index.html`)]) {
      const html = readFileSync(join(outDir, page), 'utf8');
      expect(html, page).not.toContain('og:image');
      expect(html).not.toContain('twitter:image');
      expect(meta(html, 'twitter:card')).toBe('summary');
    }
  });

  it('build of more events than get pages writes only the timeline’s card, and a failed build removes the cards it wrote', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-cards-many-'));
    const file = join(dir, 'many.json');
    writeFileSync(file, JSON.stringify(scaleData('long', 201), null, 2));
    const out = join(dir, 'out');
    const { status, output } = build(file, { SITE_URL: SITE }, out);
    expect(status, output).toBe(0);
    expect(eventPages(out)).toEqual([]);
    expect(readdirSync(join(out, 'cards'), { recursive: true })).toEqual(['timeline.png']);
    // Someone else's file in the output folder stays; the build's cards go with the rest of its site.
    mkdirSync(join(out, 'mine'));
    writeFileSync(join(out, 'mine/keep.png'), 'not the build’s');
    expect(build(join(root, 'test/fixtures/broken/bad-kind.json'), { SITE_URL: SITE }, out).status).not.toBe(0);
    expect(existsSync(join(out, 'cards'))).toBe(false);
    expect(existsSync(join(out, 'mine/keep.png'))).toBe(true);
  });
});
