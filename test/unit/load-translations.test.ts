import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTranslations, translationPath, TRANSLATED_EDITIONS } from '../../src/build/load-translations';
import { DataFileError } from '../../src/build/load-data';
import type { TimelineData } from '../../src/data/types';

const root = new URL('../..', import.meta.url).pathname;
const data = JSON.parse(readFileSync(join(root, 'data/events.json'), 'utf8')) as TimelineData;

/** A folder with a copy of the story's data and the given files beside it. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'timeline-translations-'));
  copyFileSync(join(root, 'data/events.json'), join(dir, 'events.json'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function errorsOf(f: () => unknown): DataFileError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataFileError) return e;
    throw e;
  }
  throw new Error('no DataFileError');
}

describe('translationPath', () => {
  it('translationPath puts the language before .json, beside the data file; a sheet has none', () => {
    expect(translationPath('/p/data/events.json', 'fa')).toBe('/p/data/events.fa.json');
    expect(translationPath('/p/story.JSON', 'uk')).toBe('/p/story.uk.json');
    expect(translationPath('/p/story.csv', 'ru')).toBeUndefined();
    expect(TRANSLATED_EDITIONS).toEqual(['fa', 'ru', 'uk']);
  });
});

describe('loadTranslations', () => {
  it('loadTranslations reads every shipped translation of the story', () => {
    const out = loadTranslations(join(root, 'data/events.json'), root, data);
    expect([...out.keys()]).toEqual(['fa', 'ru', 'uk']);
    for (const [e, t] of out) expect(t.language).toBe(e);
  });

  it('loadTranslations reads none for a data file without translations, and builds only the English edition', () => {
    const dir = folder({});
    expect(loadTranslations(join(dir, 'events.json'), dir, data).size).toBe(0);
  });

  it('loadTranslations reads only the editions that have a file', () => {
    const dir = folder({ 'events.uk.json': readFileSync(join(root, 'data/events.uk.json')) });
    expect([...loadTranslations(join(dir, 'events.json'), dir, data).keys()]).toEqual(['uk']);
  });

  it('loadTranslations lists the errors of every broken file, each file together, with file, line and rule', () => {
    const ru = readFileSync(join(root, 'data/events.ru.json'), 'utf8').replace(`"${data.events[0].id}"`, '"no-such-event"');
    const dir = folder({ 'events.ru.json': ru, 'events.fa.json': '{ "language": "fa", }', 'events.uk.json': new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]) });
    const e = errorsOf(() => loadTranslations(join(dir, 'events.json'), dir, data));
    const files = e.errors.map((x) => x.file);
    // Each file's errors stay together, in the order of the editions.
    expect([...new Set(files)]).toEqual(['events.fa.json', 'events.ru.json', 'events.uk.json']);
    expect(files).toEqual([...files].sort());
    const unknown = e.errors.find((x) => x.rule === 'unknown-event')!;
    expect(unknown.file).toBe('events.ru.json');
    expect(unknown.line).toBe(ru.split('\n').findIndex((l) => l.includes('"no-such-event"')) + 1);
    expect(e.errors.find((x) => x.file === 'events.fa.json')?.rule).toBe('json-syntax');
    expect(e.errors.find((x) => x.file === 'events.uk.json')?.rule).toBe('byte-order-mark');
    expect(e.message).toMatch(/^\d+ errors in timeline data:\n  events\.fa\.json:1:\d+ /);
  });
});
