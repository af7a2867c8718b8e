import { describe, expect, it } from 'vitest';
import { articleLink } from '../../src/url/links';
import { parseLink, type ParsedLink } from '../../src/url/view-request';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** The text a notice quotes from the link (between “ and ”), one entry per quoted value. */
const quoted = (notice: string) => [...notice.matchAll(/“([^”]*)”/g)].map((m) => m[1]);

/** Control characters and the bidi marks, embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Checks that a link was rejected in full: nothing to show, and a short, clean notice. */
function rejected(parsed: ParsedLink): string {
  expect(parsed.request).toEqual({});
  expect(parsed.notice).toEqual(expect.any(String));
  const notice = parsed.notice ?? '';
  expect(notice).not.toMatch(UNSAFE);
  for (const q of quoted(notice)) expect(q.length).toBeLessThanOrEqual(40);
  return notice;
}

describe('parseLink reads the query', () => {
  it('parseLink reads ?date=YYYY-MM-DD as that day at UTC midnight, in any time zone', () => {
    expect(parseLink('?date=2022-10-06')).toEqual({ request: { day: Date.UTC(2022, 9, 6) } });
    expect(parseLink('?date=2022-10-06').request.day).toBe(1665014400000);
  });

  it('parseLink reads a day after a DST change as UTC midnight too', () => {
    // New York left DST on 6 November 2022: local midnight would be 05:00 UTC here, not 04:00.
    expect(parseLink('?date=2022-11-07').request.day).toBe(day(2022, 11, 7));
    expect(parseLink('?date=2022-03-22').request.day).toBe(day(2022, 3, 22));
  });

  it('parseLink reads ?date=YYYY-MM as the window from that month to the next', () => {
    expect(parseLink('?date=2022-10')).toEqual({ request: { window: [day(2022, 10, 1), day(2022, 11, 1)] } });
  });

  it('parseLink reads ?date=YYYY-12 as a window that ends on 1 January of the next year', () => {
    expect(parseLink('?date=2022-12').request.window).toEqual([day(2022, 12, 1), day(2023, 1, 1)]);
  });

  it('parseLink reads ?event=<id> as an event to open', () => {
    expect(parseLink('?event=2022-10-06-moscow-agreement')).toEqual({ request: { event: '2022-10-06-moscow-agreement' } });
  });

  it('parseLink accepts a query without its leading question mark', () => {
    expect(parseLink('event=first-event')).toEqual({ request: { event: 'first-event' } });
  });

  it('parseLink reads ?from=day&to=day as a window that includes the whole last day', () => {
    expect(parseLink('?from=2022-10-06&to=2022-10-20')).toEqual({ request: { window: [day(2022, 10, 6), day(2022, 10, 21)] } });
  });

  it('parseLink reads ?from=month&to=month as a window that includes the whole last month', () => {
    expect(parseLink('?from=2022-08&to=2022-11')).toEqual({ request: { window: [day(2022, 8, 1), day(2022, 12, 1)] } });
  });

  it('parseLink reads a window that mixes a month and a day', () => {
    expect(parseLink('?from=2022-08&to=2022-10-06').request.window).toEqual([day(2022, 8, 1), day(2022, 10, 7)]);
    expect(parseLink('?from=2022-10-06&to=2022-11').request.window).toEqual([day(2022, 10, 6), day(2022, 12, 1)]);
  });

  it('parseLink accepts a one-day window where from equals to', () => {
    expect(parseLink('?from=2022-10-06&to=2022-10-06').request.window).toEqual([day(2022, 10, 6), day(2022, 10, 7)]);
  });

  it('parseLink rejects a window whose from is after its to', () => {
    const notice = rejected(parseLink('?from=2022-10-07&to=2022-10-06'));
    expect(quoted(notice)).toEqual(['2022-10-07', '2022-10-06']);
    rejected(parseLink('?from=2022-11&to=2022-10'));
  });

  it('parseLink rejects a window with only one end', () => {
    rejected(parseLink('?from=2022-10-06'));
    rejected(parseLink('?to=2022-10-06'));
  });

  it('parseLink ignores query parameters that are not the timeline\'s', () => {
    expect(parseLink('?embed&childId=timeline&parentUrl=https%3A%2F%2Fnews.example%2F')).toEqual({ request: {} });
  });
});

describe('parseLink is strict', () => {
  it.each([
    ['2022-02-30', 'a day that does not exist'],
    ['2023-02-29', 'February 29 outside a leap year'],
    ['2022-13-01', 'month 13'],
    ['2022-13', 'month 13 alone'],
    ['2022-00', 'month 0'],
    ['abc', 'a word'],
    ['2022-1-6', 'a day without zero padding'],
    ['06/10/2022', 'another date format'],
    ['2022-10-06T00:00Z', 'a timestamp'],
  ])('parseLink rejects ?date=%s (%s) with a notice that quotes it', (value) => {
    const notice = rejected(parseLink(`?date=${encodeURIComponent(value)}`));
    expect(quoted(notice)).toEqual([value]);
  });

  it('parseLink rejects an empty ?date= with a notice', () => {
    rejected(parseLink('?date='));
    rejected(parseLink('?event='));
  });

  it('parseLink rejects malformed percent-encoding without throwing', () => {
    expect(() => parseLink('?date=%E0%A4%A')).not.toThrow();
    rejected(parseLink('?date=%E0%A4%A'));
    rejected(parseLink('?event=%'));
  });

  it('parseLink rejects markup in ?date= and ?event=', () => {
    rejected(parseLink('?date=<img src=x onerror=alert(1)>'));
    rejected(parseLink('?date=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'));
    rejected(parseLink('?event=<script>'));
    rejected(parseLink('?event=%3Cscript%3Ealert(1)%3C%2Fscript%3E'));
  });

  it('parseLink rejects event ids that are not lower-case words joined by hyphens', () => {
    for (const id of ['First-Event', 'a--b', '-a', 'a-', 'a_b', 'a b', 'a/b', '../x']) rejected(parseLink(`?event=${encodeURIComponent(id)}`));
  });

  it('parseLink rejects an event id longer than 100 characters and quotes only its start', () => {
    const id = Array.from({ length: 30 }, (_, i) => `part${i}`).join('-');
    expect(id.length).toBeGreaterThan(100);
    const notice = rejected(parseLink(`?event=${id}`));
    expect(quoted(notice)[0].length).toBeLessThanOrEqual(40);
    expect(id.startsWith(quoted(notice)[0].replace(/…$/, ''))).toBe(true);
  });

  it('parseLink quotes at most about 40 characters of a long value', () => {
    const notice = rejected(parseLink(`?date=${'9'.repeat(300)}`));
    expect(notice).toContain('9'.repeat(30));
    expect(notice).not.toContain('9'.repeat(41));
  });

  it('parseLink takes control and bidi-override characters out of the notice', () => {
    const notice = rejected(parseLink('?date=%E2%80%AEabc%07%0A%E2%81%A6def%E2%80%8F%C2%85'));
    expect(quoted(notice)).toEqual(['abcdef']);
  });

  it('parseLink never throws on odd input', () => {
    for (const search of ['?', '?&&&', '?=', '?date', '?date=%', '?%FF=%FF', '?date=\uD800', `?${'&'.repeat(5000)}`, '?date=2022-10-06'.repeat(300)]) {
      expect(() => parseLink(search, '#timeline=%', '#\uDFFF')).not.toThrow();
    }
  });

  it('parseLink rejects a 10,000-character ?date= with a notice', () => {
    rejected(parseLink(`?date=${'x'.repeat(10_000)}`));
  });

  it('parseLink rejects a 10,000-character ?date= next to a good event with a notice', () => {
    const parsed = parseLink(`?event=first-event&date=${'x'.repeat(10_000)}`);
    expect(parsed.notice).toEqual(expect.any(String));
    for (const q of quoted(parsed.notice ?? '')) expect(q.length).toBeLessThanOrEqual(40);
  });

  it('parseLink does not fall back on the fragment when the query has a 10,000-character ?date=', () => {
    const parsed = parseLink(`?date=${'x'.repeat(10_000)}`, '#timeline=2022-10-06');
    expect(parsed.request.day).toBeUndefined();
    expect(parsed.notice).toEqual(expect.any(String));
  });

  it('parseLink rejects a 10,000-character #timeline= value with a notice', () => {
    // safeParams turns any fragment over 4,096 characters into no parameters, silently.
    rejected(parseLink('', `#timeline=${'x'.repeat(10_000)}`));
  });

  it('parseLink does not skip a 10,000-character #timeline= fragment for the article\'s', () => {
    const parsed = parseLink('', `#timeline=${'x'.repeat(10_000)}`, '#timeline=2022-10-06');
    expect(parsed.request.day).toBeUndefined();
  });
});

describe('parseLink with several parameters', () => {
  it('parseLink keeps both an event and a from/to window', () => {
    expect(parseLink('?event=first-event&from=2022-10-01&to=2022-10-31')).toEqual({
      request: { event: 'first-event', window: [day(2022, 10, 1), day(2022, 11, 1)] },
    });
  });

  it('parseLink keeps a good event next to a bad date and gives a notice about the date', () => {
    const parsed = parseLink('?event=first-event&date=2022-02-30');
    expect(parsed.request).toEqual({ event: 'first-event' });
    expect(parsed.notice).toContain('2022-02-30');
    expect(parsed.notice).not.toContain('first-event');
  });

  it('parseLink keeps a good date next to a bad event and gives a notice about the event', () => {
    const parsed = parseLink('?event=<script>&date=2022-10-06');
    expect(parsed.request).toEqual({ day: day(2022, 10, 6) });
    expect(parsed.notice).toContain('<script>');
  });

  it('parseLink names both bad values in one notice', () => {
    const notice = rejected(parseLink('?event=BAD&date=nope'));
    expect(quoted(notice)).toEqual(['BAD', 'nope']);
  });
});

describe('parseLink reads #timeline= fragments', () => {
  it('parseLink reads #timeline=YYYY-MM-DD as a day at UTC midnight', () => {
    expect(parseLink('', '#timeline=2022-10-06')).toEqual({ request: { day: Date.UTC(2022, 9, 6) } });
  });

  it('parseLink reads #timeline=YYYY-MM as a month window', () => {
    expect(parseLink('', '#timeline=2022-10')).toEqual({ request: { window: [day(2022, 10, 1), day(2022, 11, 1)] } });
  });

  it('parseLink reads #timeline=<event-id> as an event', () => {
    expect(parseLink('', '#timeline=first-event')).toEqual({ request: { event: 'first-event' } });
  });

  it('parseLink reads a fragment without its leading hash and among other fragment parameters', () => {
    expect(parseLink('', 'timeline=2022-10-06').request.day).toBe(day(2022, 10, 6));
    expect(parseLink('', '#para=3&timeline=2022-10').request.window).toEqual([day(2022, 10, 1), day(2022, 11, 1)]);
  });

  it('parseLink reads #timeline=<event-id> for an id that starts with its date, as the real ids do', () => {
    // readValue refuses any value starting /^\d{4}-\d/, so every real id (2022-10-06-…) is dropped.
    expect(parseLink('', '#timeline=2022-10-06-moscow-agreement')).toEqual({ request: { event: '2022-10-06-moscow-agreement' } });
  });

  it('parseLink opens the event an embed link made with articleLink points at', () => {
    const link = articleLink('https://news.example/story', '2022-10-17-kyiv-drone-strikes');
    expect(link).not.toBeNull();
    expect(parseLink('', '', new URL(link ?? '').hash).request).toEqual({ event: '2022-10-17-kyiv-drone-strikes' });
  });

  it('parseLink uses the fragment only when the query has no timeline parameters', () => {
    expect(parseLink('?event=first-event', '#timeline=2022-10-06')).toEqual({ request: { event: 'first-event' } });
    expect(parseLink('?date=2022-10', '', '#timeline=2022-10-06')).toEqual({ request: { window: [day(2022, 10, 1), day(2022, 11, 1)] } });
    // A bad query value still counts as a timeline parameter: the fragment does not stand in for it.
    expect(parseLink('?date=bad', '#timeline=2022-10-06').request).toEqual({});
  });

  it('parseLink uses the fragment when the query has only other parameters', () => {
    expect(parseLink('?embed&childId=timeline', '', '#timeline=2022-10-06').request).toEqual({ day: day(2022, 10, 6) });
  });

  it('parseLink prefers the page\'s own fragment over the embedding article\'s', () => {
    expect(parseLink('', '#timeline=2022-10-06', '#timeline=2022-11')).toEqual({ request: { day: day(2022, 10, 6) } });
  });

  it('parseLink falls through to the article\'s fragment when the page\'s has no timeline=', () => {
    expect(parseLink('', '', '#timeline=2022-11')).toEqual({ request: { window: [day(2022, 11, 1), day(2022, 12, 1)] } });
    expect(parseLink('', '#section-2', '#timeline=first-event')).toEqual({ request: { event: 'first-event' } });
  });

  it('parseLink stops at the first fragment with timeline=, even when its value is bad', () => {
    const notice = rejected(parseLink('', '#timeline=2022-02-30', '#timeline=2022-10-06'));
    expect(quoted(notice)).toEqual(['2022-02-30']);
  });

  it.each(['2022-02-30', '2022-13-01', 'abc!', '', '<script>', '%E0%A4%A', 'x'.repeat(101)])('parseLink rejects #timeline=%s with a notice', (value) => {
    rejected(parseLink('', `#timeline=${value}`));
  });

  it('parseLink gives no notice and no request for an empty link', () => {
    expect(parseLink('')).toEqual({ request: {} });
    expect(parseLink('', '', '')).toEqual({ request: {} });
    expect(parseLink('?', '#')).toEqual({ request: {} });
  });
});
