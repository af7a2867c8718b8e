import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventId, slug, uniqueIds } from '../../src/import/event-id';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('eventId', () => {
  it('slug drops accents and joins words with hyphens', () => {
    expect(slug('Karen Spärck Jones makes search possible')).toBe('karen-sparck-jones-makes-search-possible');
    expect(slug('"The Mother of the Internet"')).toBe('the-mother-of-the-internet');
  });

  it('eventId puts the date first and keeps to 80 characters at a word boundary', () => {
    expect(eventId('1963-08-09', 'A Musical Heritage')).toBe('1963-08-09-a-musical-heritage');
    const long = eventId('2012', 'word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long).toMatch(/^2012-(word-)*word$/);
  });

  it('eventId gives a headline with no Latin letters a stable hash, not an empty slug', () => {
    const a = eventId('2012', 'Здравствуйте');
    expect(a).toMatch(/^2012-[a-z0-9]+$/);
    expect(eventId('2012', 'Здравствуйте')).toBe(a);
    expect(eventId('2012', 'До свидания')).not.toBe(a);
  });

  it('eventId always gives an id our format accepts (property)', () => {
    const key = fc.constantFrom('1900', '2022-10', '2100-12-31');
    fc.assert(
      fc.property(key, fc.string({ unit: 'grapheme', maxLength: 200 }), (k, headline) => {
        const id = eventId(k, headline);
        expect(id).toMatch(ID);
        expect(id.length).toBeLessThanOrEqual(80);
        expect(id.startsWith(k)).toBe(true);
      }),
    );
  });

  it('uniqueIds numbers repeats from 2, within 80 characters (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'x'.repeat(80)), { maxLength: 30 }), (ids) => {
        const unique = uniqueIds();
        const out = ids.map(unique);
        expect(new Set(out).size).toBe(out.length);
        for (const id of out) expect(id.length).toBeLessThanOrEqual(80);
        expect(out[ids.indexOf('a')] ?? 'a').toBe('a');
      }),
    );
    const unique = uniqueIds();
    expect([unique('a'), unique('a'), unique('a')]).toEqual(['a', 'a-2', 'a-3']);
  });
});
