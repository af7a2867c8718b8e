import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Translation } from '../../src/data/translation-types';
import type { TimelineData } from '../../src/data/types';
import { escapeHtml as esc } from '../../src/render/html';

// Real builds (`vite build`) of the editions: the story with its three translations, the same
// data alone (English only), a partial Persian translation, and a broken Russian one.
const root = new URL('../..', import.meta.url).pathname;
const vite = join(root, 'node_modules/vite/bin/vite.js');
const EDITIONS = ['en', 'fa', 'ru', 'uk'] as const;
const DIRS = { en: undefined, fa: 'rtl', ru: 'ltr', uk: 'ltr' } as const;
const prefix = (e: string) => (e === 'en' ? '' : `${e}/`);
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;
const data = readJson<TimelineData>(join(root, 'data/events.json'));

function build(dataFile: string, siteUrl = ''): { status: number | null; output: string; outDir: string } {
  const outDir = mkdtempSync(join(tmpdir(), 'timeline-editions-'));
  // A stale deployable site from an earlier build, editions included: a failed build must remove it.
  mkdirSync(join(outDir, 'fa'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>stale</title>');
  writeFileSync(join(outDir, 'fa/index.html'), '<!doctype html><title>stale</title>');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
    cwd: root,
    env: { ...process.env, TIMELINE_DATA: dataFile, SITE_URL: siteUrl, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`, outDir };
}

/** A folder outside the project holding a copy of the story's data and the given translations. */
function story(translations: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'timeline-story-'));
  copyFileSync(join(root, 'data/events.json'), join(dir, 'events.json'));
  for (const [name, text] of Object.entries(translations)) writeFileSync(join(dir, name), text);
  return join(dir, 'events.json');
}

/** Every HTML file under a folder, as paths relative to it. */
function htmlFiles(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub)).flatMap((name) => {
    const path = join(sub, name);
    if (statSync(join(dir, path)).isDirectory()) return htmlFiles(dir, path);
    return name.endsWith('.html') ? [path] : [];
  });
}

const SITE = 'https://site.example/t/';
/** A page's URL on the site (a folder's index.html is served at the folder). */
const urlOf = (file: string) => new URL(file.replace(/(^|\/)index\.html$/, '$1'), SITE).href;
/** The file a URL on the site is served from, or null when the build wrote none. */
function fileAt(outDir: string, url: string): string | null {
  const u = new URL(url);
  if (!u.href.startsWith(SITE)) return null;
  let path = decodeURIComponent(u.pathname.slice(new URL(SITE).pathname.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return existsSync(join(outDir, path)) && statSync(join(outDir, path)).isFile() ? path : null;
}
/** Attributes of every tag that matches, as objects. */
function tags(html: string, re: RegExp): Record<string, string>[] {
  return [...html.matchAll(re)].map((m) => Object.fromEntries([...m[0].matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}
const alternates = (html: string) => tags(html, /<link rel="alternate" hreflang="[^"]*" href="[^"]*" \/>/g);
const switchLinks = (html: string) => tags(/<nav class="language-switch"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '', /<a [^>]*>/g);
/** Redirect pages (`events/<id>.html`) are for addresses without the slash; they carry no alternates. */
const isRedirect = (file: string) => /(^|\/)events\/[^/]+\.html$/.test(file);

describe('editions build', () => {
  let full: ReturnType<typeof build>;
  let alone: ReturnType<typeof build>;
  beforeAll(() => {
    full = build('data/events.json');
    alone = build(story({}));
  }, 300_000);

  it('build of the story writes every page in every edition, each with its lang and dir', () => {
    expect(full.status, full.output).toBe(0);
    for (const e of EDITIONS) {
      const files = ['index.html', 'embed.html', 'corrections/index.html', 'method/index.html', ...data.events.flatMap((ev) => [`events/${ev.id}/index.html`, `events/${ev.id}.html`])];
      for (const f of files) {
        const path = join(full.outDir, prefix(e), f);
        expect(existsSync(path), path).toBe(true);
        const tag = /<html[^>]*>/.exec(readFileSync(path, 'utf8'))?.[0] ?? '';
        expect(tag, path).toContain(`lang="${e}"`);
        if (DIRS[e]) expect(tag, path).toContain(`dir="${DIRS[e]}"`);
        else expect(tag, path).not.toContain('dir=');
      }
    }
  });

  it('build writes each edition from its translation: title, list and event pages, with the English data alongside', () => {
    for (const e of ['fa', 'ru', 'uk']) {
      const t = readJson<Translation>(join(root, `data/events.${e}.json`));
      const page = readFileSync(join(full.outDir, e, 'index.html'), 'utf8');
      const inline = JSON.parse(/<script type="application\/json" id="timeline-data">([\s\S]*?)<\/script>/.exec(page)![1]) as TimelineData;
      expect(inline.title).toBe(t.title);
      for (const ev of inline.events) expect(ev.title, ev.id).toBe(t.events[ev.id].title);
      const ev = data.events[0];
      const own = readFileSync(join(full.outDir, e, 'events', ev.id, 'index.html'), 'utf8');
      expect(own).toContain(`<h1>${esc(t.events[ev.id].title)}</h1>`);
      // The data files are the English reference, published once for every edition.
      expect(existsSync(join(full.outDir, e, 'events.json'))).toBe(false);
    }
  });

  it('build dates the Persian list and event pages in Solar Hijri with the Gregorian date beside', () => {
    const page = readFileSync(join(full.outDir, 'fa/index.html'), 'utf8');
    const day = data.events.find((e) => e.date.precision === 'day')!;
    const item = new RegExp(`id="event-${day.id}"[\\s\\S]*?<time datetime="[^"]*">([^<]*)</time>`).exec(page)![1];
    // Persian digits only, and two dates: the Solar Hijri one (years 1400–1402 for 2022–2023) and, in brackets, the Gregorian one.
    expect(item).toMatch(/^[^0-9()]*۱۴۰[۰-۲][^0-9()]* \([^0-9()]*۲۰۲[۲۳][^0-9()]*\)$/);
  });

  it('build gives a translated page the messages its scripts use, and not the texts the build wrote into the HTML', () => {
    const page = readFileSync(join(full.outDir, 'fa/index.html'), 'utf8');
    const messages = JSON.parse(/<script type="application\/json" id="timeline-messages">([\s\S]*?)<\/script>/.exec(page)![1]) as Record<string, unknown>;
    for (const id of ['chart.zoom-in', 'card.close', 'find.count.other', 'kind.strike']) expect(messages, id).toHaveProperty([id]);
    expect(Object.keys(messages).filter((id) => id.startsWith('method.') || id.startsWith('card.alt.')), 'build-only texts').toEqual([]);
  });

  it('build without SITE_URL writes no hreflang alternates (they must be absolute URLs); the switch links the editions', () => {
    for (const file of htmlFiles(full.outDir)) expect(alternates(readFileSync(join(full.outDir, file), 'utf8')), file).toEqual([]);
  });

  it('build with SITE_URL links every page to its editions with reciprocal absolute hreflang alternates that resolve to built pages, and x-default to English', () => {
    const sited = build('data/events.json', SITE);
    expect(sited.status, sited.output).toBe(0);
    const pages = htmlFiles(sited.outDir).filter((f) => !isRedirect(f));
    expect(pages.length).toBeGreaterThan(4 * data.events.length);
    for (const file of pages) {
      const html = readFileSync(join(sited.outDir, file), 'utf8');
      const links = alternates(html);
      expect(links.map((l) => l.hreflang), file).toEqual([...EDITIONS, 'x-default']);
      const self = urlOf(file);
      const targets = links.map((l) => l.href);
      for (const t of targets) expect(t.startsWith(SITE), t).toBe(true);
      expect(targets, file).toContain(self);
      expect(targets[4], file).toBe(targets[0]);
      for (const [i, target] of targets.entries()) {
        const other = fileAt(sited.outDir, target);
        expect(other, `${file} → ${links[i].href}`).not.toBeNull();
        expect(/<html[^>]*lang="([^"]*)"/.exec(readFileSync(join(sited.outDir, other!), 'utf8'))?.[1], target).toBe(i === 4 ? 'en' : links[i].hreflang);
        // Reciprocal: the other page names the same pages, this one among them.
        const back = alternates(readFileSync(join(sited.outDir, other!), 'utf8')).map((l) => new URL(l.href, target).href);
        expect(back, `${other} names ${file}`).toEqual(targets);
      }
    }
  });

  it('build gives every page a language switch whose links resolve to the same page in each edition, named in its language', () => {
    for (const file of htmlFiles(full.outDir).filter((f) => !isRedirect(f) && !f.endsWith('embed.html'))) {
      const html = readFileSync(join(full.outDir, file), 'utf8');
      const links = switchLinks(html);
      expect(links.map((l) => l.hreflang), file).toEqual([...EDITIONS]);
      const own = /<html[^>]*lang="([^"]*)"/.exec(html)![1];
      for (const l of links) {
        expect(l.lang).toBe(l.hreflang);
        expect(l['aria-current'] === 'page', `${file} ${l.hreflang}`).toBe(l.hreflang === own);
        const target = fileAt(full.outDir, new URL(l.href, urlOf(file)).href);
        expect(target, `${file} → ${l.href}`).toBe(join(prefix(l.hreflang), relative(prefix(own), file)));
      }
    }
    expect(readFileSync(join(full.outDir, 'index.html'), 'utf8')).toMatch(/>فارسی<\/a>[\s\S]*>Русский<\/a>[\s\S]*>Українська<\/a>/);
  });

  it('build resolves every relative link and script of every edition\'s pages to a built file (shared assets one level up)', () => {
    for (const file of htmlFiles(full.outDir)) {
      const html = readFileSync(join(full.outDir, file), 'utf8');
      for (const [, , ref] of html.matchAll(/(href|src)="((?:\.\.?\/)[^"]*)"/g)) {
        const target = new URL(ref, urlOf(file));
        target.search = '';
        expect(fileAt(full.outDir, target.href), `${file}: ${ref}`).not.toBeNull();
      }
    }
  });

  it('build marks translated pages as translations of the English edition, and English pages not', () => {
    for (const e of EDITIONS) {
      for (const f of ['index.html', `events/${data.events[0].id}/index.html`]) {
        const html = readFileSync(join(full.outDir, prefix(e), f), 'utf8');
        expect(html.includes('<p class="translated-note">'), `${e} ${f}`).toBe(e !== 'en');
      }
    }
    // Quotes keep their original wording, marked as English.
    const quoted = data.events.find((e) => e.sources.some((s) => s.quote))!;
    const quote = quoted.sources.find((s) => s.quote)!.quote!;
    const page = readFileSync(join(full.outDir, 'ru/events', quoted.id, 'index.html'), 'utf8');
    expect(page).toContain(`<blockquote lang="en"><p dir="auto">“${esc(quote.text)}”</p>`);
  });

  it('build gives each edition its embed page and the embed script beside it', () => {
    const script = readFileSync(join(full.outDir, 'embed.js'), 'utf8');
    for (const e of ['fa', 'ru', 'uk']) {
      const html = readFileSync(join(full.outDir, e, 'embed.html'), 'utf8');
      expect(html).toMatch(new RegExp(`<html lang="${e}" dir="(rtl|ltr)" class="embed">`));
      expect(html).toContain('<meta name="timeline:embed" content="1" />');
      expect(readFileSync(join(full.outDir, e, 'embed.js'), 'utf8')).toBe(script);
    }
  });

  it('build of the same data without translations writes the English edition alone, byte for byte the English pages of the full build but for the alternates and the switch', () => {
    expect(alone.status, alone.output).toBe(0);
    for (const e of ['fa', 'ru', 'uk']) expect(existsSync(join(alone.outDir, e))).toBe(false);
    const english = htmlFiles(alone.outDir);
    expect(english.length).toBe(4 + 2 * data.events.length);
    const strip = (html: string) => html.replace(/<link rel="alternate" hreflang="[^"]*" href="[^"]*" \/>/g, '').replace(/<nav class="language-switch"[\s\S]*?<\/nav>/, '');
    for (const f of english) {
      const single = readFileSync(join(alone.outDir, f), 'utf8');
      const withEditions = readFileSync(join(full.outDir, f), 'utf8');
      expect(single, f).not.toContain('hreflang');
      expect(strip(withEditions), f).toBe(single);
    }
  });

  it('build of a partial translation shows what it lacks in English, marked lang="en", in the list, the event pages and the cards\' data', () => {
    const fa = readJson<Translation>(join(root, 'data/events.fa.json'));
    const [gone, clipped] = [data.events[1], data.events.find((e) => e.claims?.length && e !== data.events[1])!];
    delete fa.events[gone.id];
    delete fa.events[clipped.id].claims;
    const { status, output, outDir } = build(story({ 'events.fa.json': JSON.stringify({ ...fa, status: 'partial' }, null, 2) }));
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'ru'))).toBe(false);
    const list = readFileSync(join(outDir, 'fa/index.html'), 'utf8');
    const own = readFileSync(join(outDir, 'fa/events', gone.id, 'index.html'), 'utf8');
    const title = (html: string) => new RegExp(`id="title-${gone.id}"><a class="event-link" href="[^"]*" dir="auto">([\\s\\S]*?)</a>`).exec(html)?.[1];
    expect(title(list)).toBe(`<span lang="en" dir="ltr">${esc(gone.title)}</span>`);
    expect(own).toContain(`<h1><span lang="en" dir="ltr">${esc(gone.title)}</span></h1>`);
    expect(own).toContain(`<p class="summary"><span lang="en" dir="ltr">${esc(gone.summary)}</span></p>`);
    // A translated event's texts carry no lang="en"; its untranslated claims do.
    const item = (html: string, id: string) => new RegExp(`<li class="event [^"]*" id="event-${id}"[\\s\\S]*?</article>`).exec(html)![0];
    expect(item(list, clipped.id)).toContain(`<p class="summary">${esc(fa.events[clipped.id].summary)}</p>`);
    for (const c of clipped.claims!) expect(item(list, clipped.id)).toContain(`<span lang="en" dir="ltr">${esc(c.text)}</span>`);
    const edition = JSON.parse(/<script type="application\/json" id="timeline-edition">([\s\S]*?)<\/script>/.exec(list)![1]) as { english: Record<string, string[]> };
    expect(edition.english[gone.id]).toEqual(expect.arrayContaining(['title', 'summary']));
    expect(edition.english[clipped.id]).toEqual(['claims']);
  });

  it('build with a broken translation fails, names file, line, column, path and rule, and leaves no site, editions included', () => {
    const ru = readFileSync(join(root, 'data/events.ru.json'), 'utf8').replace(`"${data.events[2].id}"`, '"no-such-event"');
    const { status, output, outDir } = build(story({ 'events.ru.json': ru }));
    expect(status, output).not.toBe(0);
    const line = ru.split('\n').findIndex((l) => l.includes('"no-such-event"')) + 1;
    expect(output).toMatch(new RegExp(`events\\.ru\\.json:${line}:\\d+ \\$\\.events\\["no-such-event"\\] "no-such-event" is not the id of an event .*\\[unknown-event\\]`));
    expect(existsSync(join(outDir, 'index.html')), 'no deployable site left').toBe(false);
    expect(existsSync(join(outDir, 'fa')), 'no edition left').toBe(false);
  });
});
