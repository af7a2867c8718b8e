import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { describe, expect, it } from 'vitest';
import { scaleData } from '../bench/scale-data.mjs';

// Real builds in throwaway temp folders: what a build deletes, substitutes and writes.
const root = new URL('../..', import.meta.url).pathname;
const vite = join(root, 'node_modules/vite/bin/vite.js');
const broken = join(root, 'test/fixtures/broken/bad-kind.json');

function viteBuild(args: string[], env: Record<string, string>): { status: number | null; output: string; ms: number } {
  const t = Date.now();
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', ...args], {
    cwd: root,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, ms: Date.now() - t };
}

/** A temp folder holding a stale site and a file of someone else's. */
function staleSite(dir: string): string {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'stale');
  writeFileSync(join(dir, 'keep.txt'), 'not the build’s');
  return dir;
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((n, d) => n + statSync(join(d.parentPath, d.name)).size, 0);
}

describe('a build that stops on bad data deletes nothing it does not own', () => {
  it('build with bad data and an outDir outside the root leaves that folder alone', () => {
    const out = staleSite(mkdtempSync(join(tmpdir(), 'timeline-outside-')));
    const r = viteBuild(['--outDir', out], { TIMELINE_DATA: broken });
    expect(r.status).not.toBe(0);
    expect(existsSync(join(out, 'keep.txt'))).toBe(true);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });

  it('build with bad data and --emptyOutDir removes the build’s own files only', () => {
    const out = staleSite(mkdtempSync(join(tmpdir(), 'timeline-outside-')));
    const r = viteBuild(['--outDir', out, '--emptyOutDir'], { TIMELINE_DATA: broken });
    expect(r.status).not.toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    expect(existsSync(join(out, 'assets'))).toBe(false);
    expect(existsSync(join(out, 'keep.txt'))).toBe(true);
  });

  it('build with bad data never deletes a folder that holds the project, even with --emptyOutDir', () => {
    const parent = staleSite(mkdtempSync(join(tmpdir(), 'timeline-parent-')));
    const project = join(parent, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'index.html'), 'the project');
    const r = viteBuild([project, '--config', join(root, 'vite.config.ts'), '--outDir', '..', '--emptyOutDir'], { TIMELINE_DATA: broken });
    expect(r.status).not.toBe(0);
    expect(readFileSync(join(project, 'index.html'), 'utf8')).toBe('the project');
    expect(existsSync(join(parent, 'index.html'))).toBe(true);
    expect(existsSync(join(parent, 'keep.txt'))).toBe(true);
  });
});

describe('a build says what is wrong in one sentence', () => {
  it('build with SITE_URL=not a url names SITE_URL and what to set, with no stack trace and nothing touched', () => {
    const out = staleSite(mkdtempSync(join(tmpdir(), 'timeline-site-url-')));
    const r = viteBuild(['--outDir', out, '--emptyOutDir'], { SITE_URL: 'not a url', TIMELINE_DATA: 'test/fixtures/valid.json' });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('SITE_URL "not a url" is not an absolute http(s) address');
    expect(r.output).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('stale');
  });

  it('build of a Latin-1 file names the file, the place and what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-latin1-'));
    const text = readFileSync(join(root, 'test/fixtures/valid.json'), 'utf8').replace('"title": "', '"title": "Caf\u00e9 ');
    writeFileSync(join(dir, 'latin1.json'), Buffer.from(text, 'latin1'));
    const r = viteBuild(['--outDir', join(dir, 'out')], { TIMELINE_DATA: join(dir, 'latin1.json') });
    expect(r.status).not.toBe(0);
    const lines = r.output.split('\n').filter((l) => l.includes('latin1.json:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/latin1\.json:\d+:\d+ \$ is not UTF-8 .* save it as UTF-8 and build again \[encoding\]$/);
  });

  it('build of 100,000 broken events prints the first 200 errors and the total, quickly', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-broken-'));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(scaleData('broken', 100_000), null, 2));
    const r = viteBuild(['--outDir', join(dir, 'out')], { TIMELINE_DATA: join(dir, 'broken.json') });
    expect(r.status).not.toBe(0);
    expect(r.output.split('\n').filter((l) => /broken\.json:\d+:\d+ /.test(l))).toHaveLength(200);
    expect(r.output).toContain('… and 99,800 more (100,000 in all; the first 200 are shown)');
    // Rescanning the file per error took over 13 minutes; the check itself now takes a few seconds
    // (the bound is loose for a shared machine; `npm run bench` prints the figure).
    expect(r.ms).toBeLessThan(40_000);
  });
});

describe('a build writes the data as it is, and grows with it', () => {
  it('build copies %MODE%, %VITE_…% and the like in the data byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-env-'));
    const data = JSON.parse(readFileSync(join(root, 'test/fixtures/valid.json'), 'utf8'));
    const text = '%MODE% %PROD% %DEV% %BASE_URL% %VITE_X% %SSR%';
    data.events[0].summary = text;
    data.events[0].title = `Title ${text}`;
    writeFileSync(join(dir, 'env.json'), JSON.stringify(data));
    const out = join(dir, 'out');
    const r = viteBuild(['--outDir', out], { TIMELINE_DATA: join(dir, 'env.json'), VITE_X: '"><b>injected</b>' });
    expect(r.status, r.output).toBe(0);
    const page = readFileSync(join(out, 'index.html'), 'utf8');
    expect(page).not.toContain('injected');
    expect(page).toContain(`<p class="summary">${text}</p>`);
    const json = /<script type="application\/json" id="timeline-data">(.*?)<\/script>/s.exec(page)![1];
    expect(JSON.parse(json)).toEqual(data);
    const own = readFileSync(join(out, 'events', data.events[0].id, 'index.html'), 'utf8');
    expect(own).toContain(text);
    expect(own).not.toContain('injected');
  });

  it('build of 200 events with long texts writes under 20 MB, a redirect for each event page without its slash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-long-'));
    const file = join(dir, 'long.json');
    writeFileSync(file, JSON.stringify(scaleData('long', 200), null, 2));
    const out = join(dir, 'out');
    const r = viteBuild(['--outDir', out], { TIMELINE_DATA: file });
    expect(r.status, r.output).toBe(0);
    const bytes = dirBytes(out);
    expect(bytes).toBeLessThan(20e6);
    expect(bytes / statSync(file).size).toBeLessThan(15);
    const own = readFileSync(join(out, 'events/long-7/index.html'), 'utf8');
    // Its own event inline, the others in the shared scripts.
    expect(own).toContain('id="focus-event-long-7"');
    expect(own).not.toContain('id="event-long-8"');
    expect(own).not.toContain('id="timeline-data"');
    expect(own).toMatch(/<script src="\.\.\/\.\.\/assets\/timeline-index-[\w]+\.js"><\/script>/);
    expect(readFileSync(join(out, 'events/long-7.html'), 'utf8')).toContain('<meta http-equiv="refresh" content="0; url=./long-7/" />');

    // npm run preview: /events/<id> without the slash gets that page, not the main page at the wrong depth.
    const server = await preview({ root, configFile: false, logLevel: 'silent', build: { outDir: out }, preview: { port: 0, host: '127.0.0.1' } });
    try {
      const base = server.resolvedUrls!.local[0];
      const noSlash = await (await fetch(`${base}events/long-7`, { headers: { accept: 'text/html' } })).text();
      expect(noSlash).toContain('url=./long-7/');
      expect(await (await fetch(`${base}events/long-7/`, { headers: { accept: 'text/html' } })).text()).toContain('id="focus-event-long-7"');
    } finally {
      await server.close();
    }
  });
});
