import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/data/types';
import { DAY_MS } from '../../src/time/calendar-day';
import { cleanQuery, parseLink, type ViewRequest } from '../../src/url/view-request';
import { pageLook } from '../../src/app/page-context';
import { DEFAULT_EMBED, embedCode, embedSrc, FIXED_HEIGHT, pymXdomain, SNIPPET_HEIGHT, type EmbedOptions } from '../../src/url/embed-options';
import { attrs } from './html-attrs';

const ROOT = 'https://example.org/timeline/';
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** The arguments of the Pym.js form's `new pym.Parent(…)`, read back as JSON values. */
function pymArgs(snippet: string): { id: string; src: string; config: { title: string; xdomain: string } } {
  const m = /<script>new pym\.Parent\('([\w-]+)', ("(?:[^"\\]|\\.)*"), \{ title: ("(?:[^"\\]|\\.)*"), xdomain: ("(?:[^"\\]|\\.)*") \}\);<\/script>$/.exec(snippet);
  expect(m, snippet).not.toBeNull();
  return { id: m![1], src: JSON.parse(m![2]), config: { title: JSON.parse(m![3]), xdomain: JSON.parse(m![4]) } };
}

const opts = (o: Partial<EmbedOptions>): EmbedOptions => ({ ...DEFAULT_EMBED, ...o });
const query = (o: Partial<EmbedOptions>) => new URL(embedSrc(ROOT, opts(o))).search;

// ---- arbitraries: every option the builder can produce ------------------------------------
const FIRST = Date.UTC(2015, 0, 1);
const monthStart = fc.tuple(fc.integer({ min: 2015, max: 2024 }), fc.integer({ min: 0, max: 11 })).map(([y, m]) => Date.UTC(y, m, 1));
const window = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 3652 }), fc.integer({ min: 1, max: 400 })).map(([a, n]): [number, number] => [FIRST + a * DAY_MS, FIRST + (a + n) * DAY_MS]),
  fc.tuple(monthStart, fc.integer({ min: 1, max: 30 })).map(([a, n]): [number, number] => [a, Date.UTC(new Date(a).getUTCFullYear(), new Date(a).getUTCMonth() + n, 1)]),
);
const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/).filter((s) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s));
const name = fc
  .oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('__proto__', 'a&b=c', 'x,y', '100%', '#timeline=x', 'ایران', 'A+B', '"><script>'))
  .map((s) => s.replace(HIDDEN, '').trim())
  .filter((s) => s.length > 0 && s.length <= 100);
const view: fc.Arbitrary<ViewRequest> = fc.record(
  {
    event: id,
    window,
    kinds: fc.subarray([...KINDS], { minLength: 1 }),
    actors: fc.uniqueArray(name, { minLength: 1, maxLength: 1 }),
    outlets: fc.uniqueArray(name, { minLength: 1, maxLength: 1 }),
    q: fc.string({ maxLength: 60 }).map(cleanQuery).filter((s) => s !== ''),
    lanes: fc.constant('actor' as const),
  },
  { requiredKeys: [] },
);
const options: fc.Arbitrary<EmbedOptions> = fc.record({
  view,
  showTitle: fc.boolean(),
  theme: fc.constantFrom('light', 'dark', 'auto'),
  height: fc.option(fc.integer({ min: FIXED_HEIGHT.min, max: FIXED_HEIGHT.max })),
  form: fc.constantFrom('script', 'pym'),
});
/** Any title, hostile ones included. */
const title = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('</script><script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "It's \"quoted\" & <b>bold</b>", '\u2028\u2029</SCRIPT ', '<!--'));

describe('embedSrc', () => {
  it('embedSrc is embed.html under the root, with no query for the defaults', () => {
    expect(embedSrc(ROOT, DEFAULT_EMBED)).toBe('https://example.org/timeline/embed.html');
    expect(embedSrc('https://example.org/', DEFAULT_EMBED)).toBe('https://example.org/embed.html');
  });

  it('embedSrc: each option changes the src as expected', () => {
    const oct = Date.UTC(2022, 9, 1);
    const dec = Date.UTC(2022, 11, 1);
    const cases: [Partial<EmbedOptions>, string][] = [
      [{ view: { event: '2022-10-06-moscow-agreement' } }, '?event=2022-10-06-moscow-agreement'],
      [{ view: { window: [oct, dec] } }, '?from=2022-10&to=2022-11'],
      [{ view: { window: [Date.UTC(2022, 9, 6), Date.UTC(2022, 9, 9)] } }, '?from=2022-10-06&to=2022-10-08'],
      [{ view: { kinds: ['denial', 'strike'] } }, '?kind=strike,denial'],
      [{ view: { actors: ['Iran'] } }, '?actor=Iran'],
      [{ view: { outlets: ['Reuters'] } }, '?outlet=Reuters'],
      [{ view: { q: 'shahed' } }, '?q=shahed'],
      [{ view: { lanes: 'actor' } }, '?lanes=actor'],
      [{ theme: 'dark' }, '?theme=dark'],
      [{ theme: 'auto' }, '?theme=auto'],
      [{ theme: 'light' }, ''],
      [{ showTitle: false }, '?title=0'],
      [{ view: { kinds: ['strike'] }, theme: 'dark', showTitle: false }, '?kind=strike&theme=dark&title=0'],
    ];
    for (const [o, q] of cases) expect(query(o), JSON.stringify(o)).toBe(q);
  });

  it('the height and the snippet form never change the src', () => {
    fc.assert(
      fc.property(options, (o) => {
        expect(embedSrc(ROOT, { ...o, height: null, form: 'script' })).toBe(embedSrc(ROOT, o));
      }),
    );
  });

  it('parseLink and pageLook read back from the src every option it carries, for any options', () => {
    fc.assert(
      fc.property(options, (o) => {
        const u = new URL(embedSrc(ROOT, o));
        expect(u.origin + u.pathname).toBe('https://example.org/timeline/embed.html');
        const parsed = parseLink(u.search);
        expect(parsed.notice).toBeUndefined();
        expect(parsed.request).toEqual(o.view);
        expect(pageLook(u.search, true)).toEqual({ theme: o.theme, showTitle: o.showTitle });
      }),
      { numRuns: 400 },
    );
  });
});

describe('embedCode', () => {
  it('embedCode by default: the iframe at the 680 px height, sized by embed.js', () => {
    const code = embedCode(ROOT, 'Iran and Russia', DEFAULT_EMBED);
    expect(code.height).toBe(SNIPPET_HEIGHT);
    expect(attrs(code.snippet, 'iframe')).toMatchObject({ src: code.src, height: String(SNIPPET_HEIGHT), 'data-timeline-embed': '', title: 'Iran and Russia (interactive timeline)' });
    expect(attrs(code.snippet, 'script').src).toBe('https://example.org/timeline/embed.js');
  });

  it('embedCode with a fixed height: the iframe alone, at that height, without embed.js (whatever the form)', () => {
    for (const form of ['script', 'pym'] as const) {
      const code = embedCode(ROOT, 'T', opts({ height: 640, form }));
      expect(code.height).toBe(640);
      expect(code.snippet).not.toMatch(/<script|<div/);
      const a = attrs(code.snippet, 'iframe');
      expect(a.height).toBe('640');
      expect(a.src).toBe(code.src);
      expect('data-timeline-embed' in a).toBe(false);
    }
  });

  it('embedCode refuses a fixed height that is not a whole number in range, naming the rule', () => {
    for (const h of [0, FIXED_HEIGHT.min - 1, FIXED_HEIGHT.max + 1, 600.5, Number.NaN, Infinity, -600]) {
      expect(() => embedCode(ROOT, 'T', opts({ height: h })), String(h)).toThrow(/embed height: .* is not a whole number of pixels from 200 to 5000/);
    }
  });

  it('the snippet frames exactly the src the preview shows, and escapes any title', () => {
    fc.assert(
      fc.property(options, title, (o, t) => {
        const code = embedCode(ROOT, t, o);
        if (o.height === null && o.form === 'pym') {
          const args = pymArgs(code.snippet);
          expect(args.src).toBe(code.src);
          expect(args.config.title).toBe(`${t} (interactive timeline)`);
          // Nothing in the script can end it early or open a comment.
          const body = code.snippet.slice(code.snippet.lastIndexOf('<script>') + 8, -'</script>'.length);
          expect(body).not.toMatch(/<|>|\u2028|\u2029/);
        } else {
          expect((code.snippet.match(/<iframe[\s>]/g) ?? []).length).toBe(1);
          const a = attrs(code.snippet, 'iframe');
          expect(a.src).toBe(code.src);
          expect(a.title).toBe(`${t} (interactive timeline)`);
          expect(a.height).toBe(String(code.height));
          expect((code.snippet.match(/<script[\s>]/g) ?? []).length).toBe(o.height === null ? 1 : 0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the Pym.js form sets xdomain to the site origin, so other origins cannot drive the parent', () => {
    const code = embedCode('https://example.org:8443/timeline/', 'T', opts({ form: 'pym', theme: 'dark' }));
    const args = pymArgs(code.snippet);
    expect(args.src).toBe('https://example.org:8443/timeline/embed.html?theme=dark');
    expect(args.config.xdomain).toBe('^https://example\\.org:8443');
    expect(code.snippet).toContain(`xdomain: "^https://example\\\\.org:8443"`);
    // As Pym.js 1.3.2 checks an origin: e.origin.match(new RegExp(xdomain + '$')).
    const accepts = (origin: string) => new RegExp(`${args.config.xdomain}$`).test(origin);
    expect(accepts('https://example.org:8443')).toBe(true);
    for (const other of ['https://example.org', 'https://exampleXorg:8443', 'https://example.org:8443.evil.test', 'https://evil.test/https://example.org:8443', 'http://example.org:8443']) {
      expect(accepts(other), other).toBe(false);
    }
  });

  it('pymXdomain escapes every special character of an origin', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const origin = new URL(url).origin;
        expect(new RegExp(`${pymXdomain(origin)}$`).test(origin)).toBe(true);
        expect(new RegExp(`${pymXdomain(origin)}$`).test(`${origin}x`)).toBe(false);
      }),
    );
  });
});
