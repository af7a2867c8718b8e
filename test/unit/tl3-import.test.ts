import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateTimelineText } from '../../src/data/validate';
import { decodeText, importText } from '../../src/import/import-file';
import { ImportError } from '../../src/import/tl3-format';
import { importTimelineJs3 } from '../../src/import/tl3-json';
import { readSheet } from '../../src/import/tl3-sheet';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/timelinejs3/${name}`, import.meta.url), 'utf8');
const JSON_FIXTURES = ['houston.json', 'marktwain.json', 'women-in-computing.json', 'all-media-types.json'];
const SHEET_FIXTURES = ['my-own-timeline.csv', 'template-columns.csv'];

/** The slides of a fixture as TimelineJS3 itself reads them (its sheet reader mirrors TimelineJS3's own). */
function slidesOf(name: string): { events: Record<string, unknown>[]; where: string[] } {
  if (name.endsWith('.csv')) {
    const s = readSheet(fixture(name));
    return { events: s.timeline.events as Record<string, unknown>[], where: s.where.events };
  }
  const json = JSON.parse(fixture(name));
  return { events: json.events as Record<string, unknown>[], where: json.events.map((_: unknown, i: number) => `events[${i}]`) };
}

/** The precision a TimelineJS3 start date has, read here from its parts, not by the code under test. */
function precisionOf(d: Record<string, unknown>): 'year' | 'month' | 'day' {
  const has = (k: string) => d[k] !== undefined && d[k] !== null && String(d[k]).trim() !== '';
  return has('month') ? (has('day') ? 'day' : 'month') : 'year';
}

describe.each([...JSON_FIXTURES, ...SHEET_FIXTURES])('importing %s', (name) => {
  const result = importText(fixture(name), { file: name });
  const { events, where } = slidesOf(name);

  it('every slide becomes an event or is reported as left out, with the reason', () => {
    const skipped = result.notes.filter((n) => n.skipped);
    expect(result.data.events.length + skipped.length).toBe(events.length);
    for (const s of skipped) expect(where).toContain(s.where);
    expect(result.data.events.length).toBeGreaterThan(0);
  });

  it('the result passes our validator', () => {
    const checked = validateTimelineText(JSON.stringify(result.data, null, 2), name);
    expect(checked.ok ? [] : checked.errors).toEqual([]);
  });

  it('dates keep their precision', () => {
    const kept = where.filter((w) => !result.notes.some((n) => n.skipped && n.where === w));
    kept.forEach((w, i) => {
      const slide = events[where.indexOf(w)] as { start_date: Record<string, unknown>; end_date?: Record<string, unknown> };
      const date = result.data.events[i].date;
      const p = precisionOf(slide.start_date);
      if (date.precision === 'approximate') {
        expect(slide.end_date).toBeDefined();
        expect(date.start.slice(0, p === 'year' ? 4 : p === 'month' ? 7 : 10)).toBe(
          [slide.start_date.year, slide.start_date.month, slide.start_date.day].slice(0, p === 'year' ? 1 : p === 'month' ? 2 : 3).map((v, k) => String(v).trim().padStart(k ? 2 : 4, '0')).join('-'),
        );
      } else expect(date.precision).toBe(p);
    });
  });

  it('no markup is left in titles, summaries, actors or sources', () => {
    for (const e of result.data.events) {
      for (const t of [e.title, e.summary, ...e.actors, ...e.sources.flatMap((s) => [s.outlet, s.headline, s.note ?? ''])]) {
        expect(t).not.toMatch(/<\/?[a-z][^>]*>/i);
        expect(t).not.toMatch(/&(amp|lt|gt|quot|nbsp|#\d+);/);
      }
    }
    expect(result.data.title + result.data.description).not.toMatch(/<\/?[a-z][^>]*>/i);
  });

  it('ids are unique and stable from one import to the next', () => {
    const ids = result.data.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(importText(fixture(name), { file: name }).data.events.map((e) => e.id)).toEqual(ids);
  });

  it('nothing that does not map goes unreported', () => {
    events.forEach((slide, k) => {
      const mine = result.notes.filter((n) => n.where === where[k]).map((n) => n.message).join('\n');
      if (mine.includes('not imported:') && result.notes.some((n) => n.skipped && n.where === where[k])) return;
      const s = slide as Record<string, any>;
      const filled = (v: unknown) => v !== undefined && v !== null && String(v).trim() !== '';
      if (filled(s.media?.url)) expect(mine).toMatch(/media/);
      if (s.background && Object.values(s.background).some(filled)) expect(mine).toMatch(/background/);
      if (filled(s.media?.thumbnail)) expect(mine).toMatch(/thumbnail/);
      if (filled(s.type)) expect(mine).toMatch(/slide type/);
      if (filled(s.unique_id)) expect(mine).toMatch(/unique_id/);
      if (s.location) expect(mine).toMatch(/location/);
      if (filled(s.start_date?.hour)) expect(mine).toMatch(/time of day/);
      if (s.end_date && filled(s.end_date.year)) expect(mine).toMatch(/span|end date/);
    });
  });
});

describe('importTimelineJs3', () => {
  it('importTimelineJs3 maps the headline, text, group, credit and title slide', () => {
    const { data, notes } = importTimelineJs3(
      {
        title: { text: { headline: 'The <b>story</b>', text: '<p>What it is &amp; why.</p>' } },
        events: [
          {
            start_date: { year: '2022', month: '10', day: '6' },
            text: { headline: 'A <i>meeting</i>', text: 'First.<br>Second, <a href="https://x.example/">linked</a>.' },
            media: { url: 'https://news.example/story', credit: '<a href="https://c.example/">Example Wire</a>', caption: 'The caption' },
            group: 'Iran',
          },
        ],
      },
      { file: 'story.json', kind: 'agreement' },
    );
    expect(data.title).toBe('The story');
    expect(data.description).toBe('What it is & why.');
    expect(data.events[0]).toMatchObject({
      id: '2022-10-06-a-meeting',
      kind: 'agreement',
      title: 'A meeting',
      summary: 'First.\nSecond, linked.',
      actors: ['Iran'],
      sources: [{ outlet: 'news.example', headline: 'The caption', published: '2022', url: 'https://news.example/story', verified: false, article: 'story.json', note: expect.stringContaining('credited to “Example Wire”') }],
    });
    expect(notes.map((n) => n.message).join('\n')).toMatch(/https:\/\/x\.example\//);
  });

  it('importTimelineJs3 reports eras, a cosmological scale and unknown top-level fields', () => {
    const { notes } = importTimelineJs3(
      { scale: 'cosmological', extra: 1, eras: [{ start_date: { year: '2001' }, end_date: { year: '2002' }, text: { headline: 'An era' } }], events: [{ start_date: { year: '2001' } }] },
      { file: 'x.json' },
    );
    const all = notes.map((n) => `${n.where}: ${n.message}`).join('\n');
    expect(all).toMatch(/eras\[0\]: the era "An era" \(2001 to 2002\) is not imported/);
    expect(all).toMatch(/scale "cosmological" is not imported/);
    expect(all).toMatch(/"extra" is not imported/);
  });

  it('importTimelineJs3 reports every field of a slide it does not know (property)', () => {
    const key = fc.stringMatching(/^[a-z][a-z_]{2,10}$/).filter((k) => !['start_date', 'end_date', 'display_date', 'text', 'media', 'group', 'background', 'unique_id', 'type'].includes(k));
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 4 }), fc.string({ minLength: 1, maxLength: 8 }).filter((v) => v.trim() !== ''), (keys, value) => {
        const slide: Record<string, unknown> = { start_date: { year: '2020' }, text: { headline: 'H', text: 'T' } };
        for (const k of keys) slide[k] = value;
        const { notes } = importTimelineJs3({ events: [slide] }, { file: 'x.json' });
        for (const k of keys) expect(notes.some((n) => n.message.includes(`"${k}"`))).toBe(true);
      }),
    );
  });

  it('importTimelineJs3 refuses what is not a TimelineJS3 timeline, saying what it is', () => {
    expect(() => importTimelineJs3({ timeline: { date: [] } }, { file: 'x.json' })).toThrow(/TimelineJS 2/);
    expect(() => importTimelineJs3([], { file: 'x.json' })).toThrow(ImportError);
    expect(() => importTimelineJs3({ title: {} }, { file: 'x.json' })).toThrow(/no "events" list/);
    expect(() => importTimelineJs3({ events: [{ id: 'a', kind: 'report' }] }, { file: 'x.json' })).toThrow(/our own format/);
  });

  it('importTimelineJs3 leaves every slide out of eras.json (years 600–700) and names each', () => {
    const { data, notes } = importText(fixture('eras.json'), { file: 'eras.json' });
    expect(data.events).toEqual([]);
    expect(notes.filter((n) => n.skipped)).toHaveLength(JSON.parse(fixture('eras.json')).events.length);
    expect(notes.filter((n) => /the era/.test(n.message))).toHaveLength(3);
  });
});

describe('readSheet and importText', () => {
  it('importText reads the template columns row by row, naming rows as the sheet does', () => {
    const { data, notes } = importText(fixture('template-columns.csv'), { file: 'template-columns.csv' });
    const at = (row: number) => notes.filter((n) => n.where.startsWith(`row ${row}`)).map((n) => n.message).join('\n');
    expect(data.title).toBe('Template columns test');
    expect(data.events.find((e) => e.title === 'A day with a time')).toMatchObject({ date: { precision: 'day', day: '2001-02-03' }, actors: ['Group A'], summary: 'Line one\nline two & more' });
    expect(at(3)).toMatch(/time of day \(hour 18, minute 45\)/);
    expect(at(3)).toMatch(/column "Notes"/);
    expect(data.events.find((e) => e.title === 'A window with a display date')?.date).toEqual({ precision: 'approximate', start: '2003-01-10', end: '2003-01-20', label: 'mid-January 2003' });
    expect(at(9)).toMatch(/not a real calendar day/);
    expect(at(12)).toMatch(/era "An era"/);
    expect(at(15)).toMatch(/second title row/);
    expect(notes.map((n) => Number(/row (\d+)/.exec(n.where)?.[1]))).toEqual([...notes.map((n) => Number(/row (\d+)/.exec(n.where)?.[1]))].sort((a, b) => a - b));
  });

  it('importText reads a TSV export, CRLF line ends, and UTF-8 with a byte order mark', () => {
    const tsv = '\ufeffYear\tMonth\tDay\tHeadline\tText\r\n2020\t3\t1\tA tab-separated slide\tIts text\r\n';
    const { data } = importText(tsv, { file: 'sheet.tsv' });
    expect(data.events[0]).toMatchObject({ date: { precision: 'day', day: '2020-03-01' }, title: 'A tab-separated slide', summary: 'Its text' });
  });

  it('decodeText reads UTF-16 with a byte order mark and refuses Latin-1 with a clear sentence', () => {
    const text = 'Year,Headline\n2020,Café';
    const le = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(le)).toBe(text);
    expect(() => decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toThrow(/not UTF-8 text/);
  });

  it('readSheet refuses a sheet without the template header, and a TimelineJS 1 sheet', () => {
    expect(() => readSheet('Name,Count\nA,1')).toThrow(/no "Year" column/);
    expect(() => readSheet('Start Date,End Date,Headline\n1/1/2020,,A')).toThrow(/TimelineJS 1/);
    expect(() => readSheet('Year,Headline\n2020,"unclosed')).toThrow(/cannot be read as CSV/);
  });
});
