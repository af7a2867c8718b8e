import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { useCatalogue, type Templates } from '../../src/i18n/catalogue';
import { catalogueFor } from '../../src/i18n/catalogue-files';
import { eventCount } from '../../src/i18n/event-count';
import { formatNumber, plural } from '../../src/i18n/plural';
import { kindLabel } from '../../src/chart/kinds';
import { countSentence } from '../../src/view/select-events';
import { KINDS } from '../../src/data/types';
import { EDITIONS } from '../../src/time/locale-dates';
import { fillPageText } from '../../src/render/page-text';

// The message catalogue: every msg() in the source has an id, every id a translation in every
// language, with the same placeholders, and every counted message a form for each plural
// category a language uses. The XLIFF files are what `npm run i18n:extract` writes from the
// source and translators fill; `npm run i18n:build` turns them into src/i18n/locales/.

const ROOT = join(__dirname, '../..');
const LANGS = ['fa', 'ru', 'uk'] as const;
const CATEGORIES = ['one', 'few', 'many', 'other'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Code without comments (a doc comment may show a msg() call). */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** The ids of the msg() calls in the source, and the files whose calls are not all given one. */
function sourceIds(): { ids: Set<string>; unnamed: string[] } {
  const ids = new Set<string>();
  const unnamed: string[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = code(readFileSync(file, 'utf8'));
    const calls = text.match(/\bmsg\(/g)?.length ?? 0;
    const named = [...text.matchAll(/\{ id: '([^']+)' \},?\s*\)/g)].map((m) => m[1]);
    if (calls !== named.length) unnamed.push(`${file.slice(ROOT.length + 1)}: ${calls} msg() calls, ${named.length} ids`);
    for (const id of named) ids.add(id);
  }
  return { ids, unnamed };
}

interface Unit {
  id: string;
  source: string;
  target?: string;
}

/** The trans-units of a language's XLIFF file. */
function xliff(lang: string): Unit[] {
  const text = readFileSync(join(ROOT, `src/i18n/xliff/${lang}.xlf`), 'utf8');
  return [...text.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g)].map((m) => ({ id: m[1], source: m[2], target: m[3] }));
}

/** A message's placeholders: lit-localize's `<x id>` for `str` values, and `{n}` where markup goes (messageMarkup). */
const placeholders = (text: string) => [...[...text.matchAll(/<x id="(\d+)"/g)].map((m) => `x${m[1]}`), ...[...text.matchAll(/\{(\d)\}/g)].map((m) => `{${m[1]}}`)].sort();

afterEach(() => useCatalogue('en', undefined));

describe('the message catalogue', () => {
  const { ids, unnamed } = sourceIds();

  it('every msg() call in src/ has an explicit id', () => {
    expect(unnamed).toEqual([]);
    expect(ids.size).toBeGreaterThan(100);
  });

  it.each(LANGS)('%s.xlf has a translation of every id in the source, and nothing else', (lang) => {
    const units = xliff(lang);
    expect(new Set(units.map((u) => u.id))).toEqual(ids);
    const untranslated = units.filter((u) => !u.target?.trim()).map((u) => u.id);
    expect(untranslated).toEqual([]);
  });

  it.each(LANGS)('%s.xlf keeps the placeholders of every message', (lang) => {
    const wrong = xliff(lang)
      .filter((u) => placeholders(u.source).join() !== placeholders(u.target ?? '').join())
      .map((u) => `${u.id}: ${placeholders(u.source).join()} → ${placeholders(u.target ?? '').join()}`);
    expect(wrong).toEqual([]);
  });

  it.each(LANGS)('%s.xlf is translated: no target is left the same as its English source, but for names and punctuation', (lang) => {
    // A technical name (Pym.js) and a message of placeholders and punctuation alone may stay as they are.
    const words = (text: string) => /\p{L}{3,}/u.test(text.replace(/<x [^>]*\/>/g, '').replace(/Pym\.js|xdomain/g, ''));
    const same = xliff(lang).filter((u) => u.target === u.source && words(u.source));
    expect(same.map((u) => u.id)).toEqual([]);
  });

  it('every counted message has an id for each plural category, and each language’s categories are among them', () => {
    const counted = new Set([...ids].filter((id) => /\.(one|few|many|other)$/.test(id)).map((id) => id.replace(/\.[a-z]+$/, '')));
    expect(counted.size).toBeGreaterThan(5);
    for (const base of counted) for (const c of CATEGORIES) expect(ids.has(`${base}.${c}`), `${base}.${c}`).toBe(true);
    for (const lang of EDITIONS) {
      const used = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const c of used) expect(CATEGORIES as readonly string[], `${lang} uses ${c}`).toContain(c);
    }
  });

  it.each(LANGS)('catalogueFor(%s) has every message of its XLIFF file', (lang) => {
    const templates = catalogueFor(lang)!;
    expect(Object.keys(templates).sort()).toEqual(xliff(lang).map((u) => u.id).sort());
  });

  it('catalogueFor(en) is undefined: English is the source', () => {
    expect(catalogueFor('en')).toBeUndefined();
  });
});

/** A message of a catalogue with its values set in, as lit-localize would render it. */
function fill(template: Templates[string], values: unknown[]): string {
  if (typeof template === 'string') return template;
  const t = template as unknown as { strings: readonly string[]; values: number[] };
  return t.strings.reduce((out, s, i) => out + s + (i < t.values.length ? String(values[t.values[i]]) : ''), '');
}

describe('useCatalogue', () => {
  it('useCatalogue(ru) makes the interface Russian, and useCatalogue(en) English again', () => {
    const ru = catalogueFor('ru')!;
    useCatalogue('ru', ru);
    for (const k of KINDS) expect(kindLabel(k)).toBe(ru[`kind.${k}`]);
    expect(kindLabel('strike')).toMatch(/[а-яё]/i);
    useCatalogue('en', undefined);
    expect(kindLabel('strike')).toBe('Strike');
    expect(eventCount(2)).toBe('2 events');
  });

  it('useCatalogue takes the catalogue as a page carries it (JSON), counted messages included', () => {
    const uk = catalogueFor('uk')!;
    useCatalogue('uk', JSON.parse(JSON.stringify(uk)) as Templates);
    expect(eventCount(5)).toBe(fill(uk['count.events.many'], ['5']));
    expect(eventCount(21)).toBe(fill(uk['count.events.one'], ['21']));
    expect(countSentence(3, 30)).toBe(fill(uk['find.count.many'], ['3', '30']));
  });
});

describe('plural', () => {
  const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };

  it('plural follows each edition’s rules: Russian and Ukrainian 1, 21 one; 2–4, 22 few; 5–20, 25 many', () => {
    for (const lang of ['ru', 'uk'] as const) {
      useCatalogue(lang, catalogueFor(lang));
      expect([1, 21, 101].map((n) => plural(n, forms))).toEqual(['one', 'one', 'one']);
      expect([2, 4, 22].map((n) => plural(n, forms))).toEqual(['few', 'few', 'few']);
      expect([0, 5, 11, 20, 25].map((n) => plural(n, forms))).toEqual(['many', 'many', 'many', 'many', 'many']);
    }
    useCatalogue('fa', catalogueFor('fa'));
    expect([1, 2, 5].map((n) => plural(n, forms))).toEqual(['one', 'other', 'other']);
    useCatalogue('en', undefined);
    expect([0, 1, 2, 21].map((n) => plural(n, forms))).toEqual(['other', 'one', 'other', 'other']);
  });

  it('plural and formatNumber set up no Intl on the English path', () => {
    const { PluralRules, NumberFormat } = Intl;
    const refuse = function () {
      throw new Error('Intl set up on the English path');
    } as unknown;
    Object.assign(Intl, { PluralRules: refuse, NumberFormat: refuse });
    try {
      useCatalogue('en', undefined);
      expect(plural(3, forms)).toBe('other');
      expect(formatNumber(999)).toBe('999');
      expect(formatNumber(10_000)).toBe('10,000');
      expect(eventCount(1)).toBe('1 event');
      expect(eventCount(123_456)).toBe('123,456 events');
    } finally {
      Object.assign(Intl, { PluralRules, NumberFormat });
    }
  });

  it('formatNumber writes Persian digits in the Persian edition and groups thousands in every edition', () => {
    useCatalogue('fa', catalogueFor('fa'));
    expect(formatNumber(1234)).toMatch(/^۱.۲۳۴$/);
    useCatalogue('en', undefined);
    expect(formatNumber(1234)).toBe('1,234');
    expect(formatNumber(12.5)).toBe('12.5');
  });

  it('formatNumber writes whole numbers in English as toLocaleString does', () => {
    useCatalogue('en', undefined);
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })), (n) => {
        expect(formatNumber(n)).toBe(n.toLocaleString('en-GB'));
      }),
    );
  });

  it('eventCount always says the number, in the edition’s digits, in every language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EDITIONS), fc.nat({ max: 2_000_000 }), (edition, n) => {
        useCatalogue(edition, catalogueFor(edition));
        const text = eventCount(n);
        expect(text).toContain(formatNumber(n));
        expect(text.length).toBeGreaterThan(formatNumber(n).length);
      }),
    );
  });
});

describe('fillPageText', () => {
  const template = readFileSync(join(ROOT, 'index.html'), 'utf8');

  it.each(LANGS)('fillPageText writes index.html’s fixed words in the catalogue’s language (%s), leaving no placeholder', (lang) => {
    const templates = catalogueFor(lang)!;
    useCatalogue(lang, templates);
    const page = fillPageText(template);
    expect(page).not.toMatch(/<!--timeline:text:/);
    for (const id of ['page.list.heading', 'page.open-full', 'page.noscript', 'embed.heading']) expect(page).toContain(templates[id]);
    expect(page).not.toContain('Every event, in date order');
  });

  it('fillPageText in English writes the words index.html had before they became placeholders', () => {
    const page = fillPageText(template);
    expect(page).toContain('<h2 id="list-heading">Every event, in date order</h2>');
    expect(page).toContain('The data is open: <a href="./events.json">events.json</a>, or <a href="./events.csv">events.csv</a> for a spreadsheet.');
  });

  it('fillPageText fails on a placeholder it has no words for', () => {
    expect(() => fillPageText('<p><!--timeline:text:nothing-here--></p>')).toThrow(/nothing-here/);
  });
});
