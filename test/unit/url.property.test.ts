import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLink } from '../../src/url/view-request';
import { resolveView } from '../../src/url/resolve-view';
import { sourceHost, sourceUrlProblem } from '../../src/url/source-url';
import { buildModel } from '../../src/data/timeline-model';
import { DAY_MS } from '../../src/time/calendar-day';
import { dayIso, events } from './arbitraries';

// Property-based: generated input, including what nobody thought to write down.
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }));
const query = fc
  .array(fc.tuple(fc.constantFrom('date', 'event', 'from', 'to', 'timeline', 'x'), anyText), { maxLength: 4 })
  .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`);
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/;

describe('parseLink, for any link', () => {
  it('parseLink never throws, asks only for real days, ordered windows and id-shaped events, and says so calmly', () => {
    fc.assert(
      fc.property(fc.oneof(query, anyText), fc.oneof(anyText, anyText.map((v) => `#timeline=${v}`)), (search, hash) => {
        const { request, notice } = parseLink(search, hash);
        if (request.day !== undefined) expect(request.day % DAY_MS).toBe(0);
        if (request.window) expect(request.window[1]).toBeGreaterThan(request.window[0]);
        if (request.event !== undefined) expect(request.event).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        if (notice !== undefined) {
          expect(notice.length).toBeLessThan(400);
          expect(notice).not.toMatch(HIDDEN);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('parseLink reads every real day in ?date= and #timeline= exactly', () => {
    fc.assert(
      fc.property(dayIso, (day) => {
        const at = Date.parse(`${day}T00:00:00Z`);
        expect(parseLink(`?date=${day}`)).toEqual({ request: { day: at } });
        expect(parseLink('', `#timeline=${day}`)).toEqual({ request: { day: at } });
      }),
    );
  });
});

describe('resolveView, for any data and any request', () => {
  it('resolveView selects only events that exist, shows ordered windows, and opens a linked event', () => {
    fc.assert(
      fc.property(events(), fc.oneof(query, fc.constant('')), fc.nat(), (list, search, pick) => {
        const model = buildModel({ events: list });
        const view = resolveView(parseLink(search).request, model);
        if (view.select !== undefined) expect(model.byId.has(view.select)).toBe(true);
        if (view.window) expect(view.window[1]).toBeGreaterThan(view.window[0]);
        const id = list[pick % list.length].id;
        const linked = resolveView(parseLink(`?event=${id}`).request, model);
        expect(linked.select).toBe(id);
        const item = model.byId.get(id)!;
        expect(linked.window![0]).toBeLessThanOrEqual(item.start);
        expect(linked.window![1]).toBeGreaterThanOrEqual(item.end);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the source URL rules, for any URL', () => {
  it('sourceUrlProblem refuses every URL with user-info', () => {
    fc.assert(
      fc.property(fc.webUrl({ authoritySettings: { withUserInfo: true } }), (url) => {
        const u = new URL(url);
        if (u.username || u.password) expect(sourceUrlProblem(url)?.rule).toMatch(/^url-(userinfo|characters)$/);
      }),
      { numRuns: 300 },
    );
  });

  it('sourceUrlProblem refuses a bidi, zero-width or control character anywhere in a URL', () => {
    const hidden = fc.constantFrom('\u202e', '\u202d', '\u200b', '\u200f', '\u2066', '\u0000', '\u0007', '\u001b', '\u009b', '\ufeff');
    fc.assert(
      fc.property(fc.webUrl(), hidden, fc.nat(), (url, c, at) => {
        const i = 8 + (at % Math.max(1, url.length - 8));
        expect(sourceUrlProblem(url.slice(0, i) + c + url.slice(i))?.rule).toBe('url-characters');
      }),
      { numRuns: 300 },
    );
  });

  it('sourceHost is always printable ASCII, whatever the host’s script', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), (url, label) => {
        const idn = url.replace(/^(https?:\/\/)/, `$1${label.replace(/[^\p{L}]/gu, '') || 'x'}.`);
        expect(sourceHost(idn)).toMatch(/^[\x21-\x7e]*$/);
      }),
      { numRuns: 300 },
    );
  });
});
