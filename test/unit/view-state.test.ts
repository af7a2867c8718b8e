import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/data/types';
import { DAY_MS } from '../../src/time/calendar-day';
import { writeFragment, writeView } from '../../src/url/view-link';
import { cleanQuery, MAX_NAMES, MAX_QUERY, parseLink, type ViewRequest } from '../../src/url/view-request';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

// ---- arbitraries: every view parseLink can return ----------------------------------------
const FIRST = Date.UTC(2015, 0, 1);
const dayMs = fc.integer({ min: 0, max: 3652 }).map((n) => FIRST + n * DAY_MS);
const monthStart = fc.tuple(fc.integer({ min: 2015, max: 2024 }), fc.integer({ min: 0, max: 11 })).map(([y, m]) => Date.UTC(y, m, 1));
const window = fc.oneof(
  fc.tuple(dayMs, fc.integer({ min: 1, max: 400 })).map(([a, n]): [number, number] => [a, a + n * DAY_MS]),
  fc.tuple(monthStart, fc.integer({ min: 1, max: 30 })).map(([a, n]): [number, number] => {
    const d = new Date(a);
    return [a, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1)];
  }),
);
const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/).filter((s) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s));
/** A name as a link carries it: any text, even hostile, once cleaned of hidden characters. */
const name = fc
  .oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), fc.constantFrom('__proto__', 'constructor', 'a&b=c', 'x,y', '100%', '#timeline=x', 'Иран', 'ایران', 'A+B'))
  .map((s) => s.replace(new RegExp(HIDDEN.source, 'g'), '').trim())
  .filter((s) => s.length > 0 && s.length <= 100);
const names = fc.uniqueArray(name, { minLength: 1, maxLength: 5 });
const query = fc.string({ unit: 'grapheme', maxLength: 120 }).map(cleanQuery).filter((s) => s !== '');
const kinds = fc.subarray([...KINDS], { minLength: 1 });

const view: fc.Arbitrary<ViewRequest> = fc
  .record(
    {
      event: id,
      day: dayMs,
      window,
      kinds,
      actors: names,
      outlets: names,
      q: query,
      lanes: fc.constant('actor' as const),
    },
    { requiredKeys: [] },
  );

describe('writeView and parseLink', () => {
  it('parseLink(writeView(v)) gives back v, for any view', () => {
    fc.assert(
      fc.property(view, (v) => {
        const parsed = parseLink(writeView(v));
        expect(parsed.notice).toBeUndefined();
        expect(parsed.request).toEqual(v);
      }),
      { numRuns: 500 },
    );
  });

  it('parseLink(writeFragment(v)) gives back v, for any view, from the page or an article', () => {
    fc.assert(
      fc.property(view, (v) => {
        const fragment = writeFragment(v);
        expect(parseLink('', fragment)).toEqual({ request: v });
        expect(parseLink('', '', fragment)).toEqual({ request: v });
      }),
      { numRuns: 500 },
    );
  });

  it('writeView is stable: writing what it read gives the same text', () => {
    fc.assert(
      fc.property(view, (v) => {
        const text = writeView(v);
        expect(writeView(parseLink(text).request)).toBe(text);
      }),
    );
  });
});

describe('writeView', () => {
  it('writeView leaves out the default view', () => {
    expect(writeView({})).toBe('');
    expect(writeView({ kinds: [], actors: [], outlets: [], q: '  ' })).toBe('');
    expect(writeFragment({})).toBe('');
  });

  it('writeView writes parameters in a stable order, kinds in the legend order', () => {
    const text = writeView({ lanes: 'actor', q: 'shahed', kinds: ['denial', 'strike'], actors: ['Iran'], window: [day(2022, 10, 1), day(2022, 12, 1)], event: 'a-b' });
    expect(text).toBe('?event=a-b&from=2022-10&to=2022-11&kind=strike,denial&actor=Iran&q=shahed&lanes=actor');
  });

  it('writeView writes a window as days when it does not fall on months', () => {
    expect(writeView({ window: [day(2022, 10, 6), day(2022, 10, 21)] })).toBe('?from=2022-10-06&to=2022-10-20');
    expect(writeView({ window: [day(2022, 10, 1), day(2022, 10, 21)] })).toBe('?from=2022-10-01&to=2022-10-20');
  });

  it('writeView widens a window that does not fall on midnights to whole days', () => {
    const w: [number, number] = [day(2022, 10, 6) + 5 * 3_600_000, day(2022, 10, 8) + 1];
    expect(writeView({ window: w })).toBe('?from=2022-10-06&to=2022-10-08');
    const back = parseLink(writeView({ window: w })).request.window!;
    expect(back[0]).toBeLessThanOrEqual(w[0]);
    expect(back[1]).toBeGreaterThanOrEqual(w[1]);
  });

  it('writeView encodes hostile names so they read back as themselves', () => {
    const actors = ['a&kind=strike', '__proto__', 'x=y#z', 'Tehran, Iran', 'A+B', '100%'];
    const text = writeView({ actors });
    expect(text).not.toMatch(/[#+ ]/);
    expect(parseLink(text).request).toEqual({ actors });
  });

  it('writeView writes spaces as %20, not +', () => {
    expect(writeView({ actors: ['United States'], q: 'drone deliveries' })).toBe('?actor=United%20States&q=drone%20deliveries');
  });

  it('writeView drops repeated names and keeps at most MAX_NAMES', () => {
    const many = Array.from({ length: MAX_NAMES + 5 }, (_, i) => `A${i}`);
    expect(parseLink(writeView({ actors: [...many, 'A1'] })).request.actors).toEqual(many.slice(0, MAX_NAMES));
  });

  it('writeView cleans the search text it writes', () => {
    expect(writeView({ q: ' a\u202e\u0000b ' })).toBe('?q=a%20b');
  });
});

describe('writeFragment', () => {
  it('writeFragment puts a month, a year, a day or an event in the timeline= value', () => {
    expect(writeFragment({ window: [day(2022, 10, 1), day(2022, 11, 1)], kinds: ['strike'] })).toBe('#timeline=2022-10&kind=strike');
    expect(writeFragment({ window: [day(2022, 1, 1), day(2023, 1, 1)] })).toBe('#timeline=2022');
    expect(writeFragment({ day: day(2022, 10, 6) })).toBe('#timeline=2022-10-06');
    expect(writeFragment({ event: 'first-event', actors: ['Iran'] })).toBe('#timeline=first-event&actor=Iran');
  });

  it('writeFragment leaves timeline= empty when the view has only filters or an odd window', () => {
    expect(writeFragment({ kinds: ['strike'] })).toBe('#timeline=&kind=strike');
    expect(writeFragment({ window: [day(2022, 10, 6), day(2022, 10, 9)] })).toBe('#timeline=&from=2022-10-06&to=2022-10-08');
  });
});

describe('parseLink reads filters, search and lanes', () => {
  it('parseLink reads kinds repeated or comma-separated, in the legend order, once each', () => {
    expect(parseLink('?kind=denial&kind=strike').request).toEqual({ kinds: ['strike', 'denial'] });
    expect(parseLink('?kind=denial,strike,denial').request).toEqual({ kinds: ['strike', 'denial'] });
  });

  it('parseLink drops an unknown kind with a calm notice and keeps the rest', () => {
    const { request, notice } = parseLink('?kind=strike,bombing&kind=__proto__');
    expect(request).toEqual({ kinds: ['strike'] });
    expect(notice).toBe("This link's kind “bombing”, “__proto__” could not be read, so the timeline opens on the rest of the link.");
  });

  it('parseLink reads actors and outlets in order, once each', () => {
    expect(parseLink('?actor=Iran&actor=Russia&actor=Iran&outlet=CNN').request).toEqual({ actors: ['Iran', 'Russia'], outlets: ['CNN'] });
  });

  it('parseLink refuses names with hidden characters, too long, or empty, and says so', () => {
    for (const bad of ['Ir\u202ean', 'x'.repeat(101), '', ' Iran']) {
      const { request, notice } = parseLink(`?actor=${encodeURIComponent(bad)}`);
      expect(request).toEqual({});
      expect(notice).toMatch(/^This link's actor “.*” could not be read, so the timeline opens on its full span\.$/);
      expect(notice).not.toMatch(HIDDEN);
    }
  });

  it('parseLink reads at most MAX_NAMES actors', () => {
    const search = `?${Array.from({ length: MAX_NAMES + 3 }, (_, i) => `actor=A${i}`).join('&')}`;
    const { request, notice } = parseLink(search);
    expect(request.actors).toHaveLength(MAX_NAMES);
    expect(notice).toContain(`actors after the first ${MAX_NAMES}`);
  });

  it('parseLink strips hidden characters from the search and cuts it to MAX_QUERY characters', () => {
    expect(parseLink(`?q=${encodeURIComponent('\u202eshahed\u0007  136\u2066')}`).request).toEqual({ q: 'shahed 136' });
    const long = 'ش'.repeat(MAX_QUERY + 50);
    expect(parseLink(`?q=${encodeURIComponent(long)}`).request.q).toBe('ش'.repeat(MAX_QUERY));
    // Never half a character: an emoji is two UTF-16 units.
    const emoji = '🚀'.repeat(MAX_QUERY + 1);
    expect(Array.from(parseLink(`?q=${encodeURIComponent(emoji)}`).request.q!)).toHaveLength(MAX_QUERY);
    expect(parseLink('?q=%20%20').request).toEqual({});
  });

  it('parseLink reads lanes=actor, takes lanes=packed as the default, and refuses anything else', () => {
    expect(parseLink('?lanes=actor').request).toEqual({ lanes: 'actor' });
    expect(parseLink('?lanes=packed')).toEqual({ request: {} });
    expect(parseLink('?lanes=__proto__').notice).toMatch(/lanes “__proto__”/);
  });

  it('parseLink reads filters next to a place and from a #timeline= fragment', () => {
    expect(parseLink('?kind=strike&date=2022-10').request).toEqual({ kinds: ['strike'], window: [day(2022, 10, 1), day(2022, 11, 1)] });
    expect(parseLink('', '#timeline=2022-10&kind=strike').request).toEqual({ window: [day(2022, 10, 1), day(2022, 11, 1)], kinds: ['strike'] });
  });

  it('parseLink takes each part from the query when it has it, the rest from the fragment', () => {
    // An embed's own query says "only strikes"; the article's fragment says where.
    expect(parseLink('?kind=strike', '', '#timeline=2022-10&kind=denial&actor=Iran').request).toEqual({
      kinds: ['strike'],
      window: [day(2022, 10, 1), day(2022, 11, 1)],
      actors: ['Iran'],
    });
    // The query's place wins over the fragment's.
    expect(parseLink('?date=2022-11', '#timeline=2022-10&q=x').request).toEqual({ window: [day(2022, 11, 1), day(2022, 12, 1)], q: 'x' });
  });

  it('parseLink says nothing of an overlong fragment when the query gives the place', () => {
    const long = `#timeline=2022-10&q=${'x'.repeat(5000)}`;
    expect(parseLink('?date=2022-11', long)).toEqual({ request: { window: [day(2022, 11, 1), day(2022, 12, 1)] } });
    expect(parseLink('', long).notice).toMatch(/place \(too long to read\)/);
  });

  it('parseLink still refuses an empty #timeline= on its own', () => {
    expect(parseLink('', '#timeline=').notice).toMatch(/place “”/);
  });

  it('parseLink never lets __proto__ or constructor touch the request object', () => {
    const { request } = parseLink('?__proto__=x&constructor=y&actor=__proto__&outlet=constructor');
    expect(request).toEqual({ actors: ['__proto__'], outlets: ['constructor'] });
    expect(Object.getPrototypeOf(request)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('parseLink, for any list of filter parameters, never throws and keeps only clean values', () => {
    const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));
    const pairs = fc.array(fc.tuple(fc.constantFrom('kind', 'actor', 'outlet', 'q', 'lanes', 'timeline'), anyText), { maxLength: 30 });
    fc.assert(
      fc.property(pairs, (ps) => {
        const search = `?${ps.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
        const { request, notice } = parseLink(search, `#timeline=${search.slice(1)}`);
        for (const k of request.kinds ?? []) expect(KINDS).toContain(k);
        for (const n of [...(request.actors ?? []), ...(request.outlets ?? [])]) {
          expect(n).not.toMatch(HIDDEN);
          expect(n.length).toBeLessThanOrEqual(100);
        }
        expect((request.actors ?? []).length).toBeLessThanOrEqual(MAX_NAMES);
        if (request.q !== undefined) {
          expect(request.q).not.toMatch(HIDDEN);
          expect(Array.from(request.q).length).toBeLessThanOrEqual(MAX_QUERY);
        }
        if (notice !== undefined) expect(notice).not.toMatch(HIDDEN);
      }),
      { numRuns: 300 },
    );
  });
});
