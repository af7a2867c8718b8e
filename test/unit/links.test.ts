import { describe, expect, it } from 'vitest';
import { articleLink, eventLink, withEvent } from '../../src/url/links';

describe('eventLink', () => {
  it('eventLink points at the event\'s own page under the site root', () => {
    expect(eventLink('2022-10-06-moscow-agreement', 'https://example.org/timeline/', true)).toBe('https://example.org/timeline/events/2022-10-06-moscow-agreement/');
  });

  it('eventLink works for a site at the root of its host', () => {
    expect(eventLink('first-event', 'https://example.org/', true)).toBe('https://example.org/events/first-event/');
    expect(eventLink('first-event', 'https://example.org/', false)).toBe('https://example.org/?event=first-event');
  });

  it('eventLink resolves against the directory of a root URL that names a file', () => {
    expect(eventLink('first-event', 'https://example.org/timeline/index.html', true)).toBe('https://example.org/timeline/events/first-event/');
  });

  it('eventLink falls back on ?event= at the root when the site has no event pages', () => {
    expect(eventLink('2022-10-06-moscow-agreement', 'https://example.org/timeline/', false)).toBe('https://example.org/timeline/?event=2022-10-06-moscow-agreement');
  });

  it('eventLink encodes an id that is not URL-safe as one path segment', () => {
    const link = eventLink('a b/c?d#e', 'https://example.org/timeline/', true);
    expect(link).toBe('https://example.org/timeline/events/a%20b%2Fc%3Fd%23e/');
    const u = new URL(link);
    expect(u.search).toBe('');
    expect(u.hash).toBe('');
  });

  it('eventLink encodes an id that is not URL-safe in ?event= so it reads back whole', () => {
    const link = eventLink('a b&c=d#e', 'https://example.org/timeline/', false);
    expect(new URL(link).searchParams.get('event')).toBe('a b&c=d#e');
    expect(new URL(link).hash).toBe('');
  });

  it('eventLink drops a root URL\'s own query and fragment for an event page', () => {
    expect(eventLink('x', 'https://example.org/timeline/?embed#top', true)).toBe('https://example.org/timeline/events/x/');
  });
});

describe('withEvent', () => {
  it('withEvent adds ?event= to a plain URL', () => {
    expect(withEvent('https://example.org/timeline/', 'first-event')).toBe('https://example.org/timeline/?event=first-event');
  });

  it('withEvent replaces the event, date, from and to parameters', () => {
    const u = new URL(withEvent('https://example.org/t/?event=old&date=2022-10&from=2022-01&to=2022-02', 'new'));
    expect([...u.searchParams]).toEqual([['event', 'new']]);
  });

  it('withEvent keeps other parameters such as embed and childId', () => {
    const u = new URL(withEvent('https://example.org/t/?embed&childId=timeline-1&event=old&parentUrl=https%3A%2F%2Fnews.example%2Fa', 'new'));
    expect(u.searchParams.has('embed')).toBe(true);
    expect(u.searchParams.get('childId')).toBe('timeline-1');
    expect(u.searchParams.get('parentUrl')).toBe('https://news.example/a');
    expect(u.searchParams.getAll('event')).toEqual(['new']);
    expect(u.pathname).toBe('/t/');
  });

  it('withEvent removes the event parameter when the id is null', () => {
    expect(withEvent('https://example.org/t/?event=old', null)).toBe('https://example.org/t/');
    const u = new URL(withEvent('https://example.org/t/?childId=x&event=old&date=2022-10-06', null));
    expect([...u.searchParams]).toEqual([['childId', 'x']]);
  });

  it('withEvent drops a #timeline= fragment', () => {
    expect(withEvent('https://example.org/t/#timeline=2022-10-06', 'first-event')).toBe('https://example.org/t/?event=first-event');
    expect(withEvent('https://example.org/t/?event=a#timeline=a', null)).toBe('https://example.org/t/');
  });

  it('withEvent keeps a fragment that is not the timeline\'s', () => {
    expect(withEvent('https://example.org/t/#list-heading', 'first-event')).toBe('https://example.org/t/?event=first-event#list-heading');
    expect(withEvent('https://example.org/t/?event=a#notes', null)).toBe('https://example.org/t/#notes');
  });

  it('withEvent does not change its input string or drop the path', () => {
    const href = 'https://example.org/deep/path/index.html?date=2022-10';
    expect(withEvent(href, 'x')).toBe('https://example.org/deep/path/index.html?event=x');
    expect(href).toBe('https://example.org/deep/path/index.html?date=2022-10');
  });
});

describe('articleLink', () => {
  it('articleLink adds #timeline=<id> to an http or https article URL', () => {
    expect(articleLink('https://news.example/2022/story', '2022-10-06-moscow-agreement')).toBe('https://news.example/2022/story#timeline=2022-10-06-moscow-agreement');
    expect(articleLink('http://news.example/story?page=2', 'first-event')).toBe('http://news.example/story?page=2#timeline=first-event');
  });

  it('articleLink replaces an existing fragment', () => {
    expect(articleLink('https://news.example/story#para-3', 'first-event')).toBe('https://news.example/story#timeline=first-event');
    expect(articleLink('https://news.example/story#timeline=old', 'new')).toBe('https://news.example/story#timeline=new');
  });

  it('articleLink encodes the id in the fragment', () => {
    const link = articleLink('https://news.example/story', 'a&b c#d');
    expect(link).not.toBeNull();
    expect(new URLSearchParams(new URL(link ?? '').hash.slice(1)).get('timeline')).toBe('a&b c#d');
  });

  it.each([
    ['javascript:alert(1)', 'a javascript: URL'],
    ['JavaScript:alert(document.cookie)//https://x', 'a javascript: URL in mixed case'],
    ['data:text/html,<script>alert(1)</script>', 'a data: URL'],
    ['file:///etc/passwd', 'a file: URL'],
    ['ftp://news.example/story', 'an ftp: URL'],
    ['not a url', 'garbage'],
    ['/relative/story', 'a relative URL'],
    ['', 'an empty string'],
  ])('articleLink refuses %s (%s)', (url) => {
    expect(articleLink(url, 'first-event')).toBeNull();
  });

  it('articleLink refuses null', () => {
    expect(articleLink(null, 'first-event')).toBeNull();
  });

  it('articleLink refuses a URL longer than 2048 characters but accepts one of 2048', () => {
    const base = 'https://news.example/';
    expect(articleLink(base + 'a'.repeat(2048 - base.length), 'x')).toBe(`${base}${'a'.repeat(2048 - base.length)}#timeline=x`);
    expect(articleLink(base + 'a'.repeat(2049 - base.length), 'x')).toBeNull();
  });
});
