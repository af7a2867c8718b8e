import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/url/embed-snippet';
import { attrs } from './html-attrs';

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

describe('embedSnippet', () => {
  const snippet = embedSnippet('https://example.org/timeline/', 'Iran and Russia');

  it('embedSnippet writes one iframe and one script, on two lines', () => {
    expect(count(snippet, /<iframe[\s>]/g)).toBe(1);
    expect(count(snippet, /<\/iframe>/g)).toBe(1);
    expect(count(snippet, /<script[\s>]/g)).toBe(1);
    expect(count(snippet, /<\/script>/g)).toBe(1);
    const lines = snippet.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^<iframe [^\n]*><\/iframe>$/);
    expect(lines[1]).toMatch(/^<script [^\n]*><\/script>$/);
  });

  it('embedSnippet frames embed.html under the root URL', () => {
    expect(attrs(snippet, 'iframe').src).toBe('https://example.org/timeline/embed.html');
  });

  it('embedSnippet loads embed.js under the root URL', () => {
    expect(attrs(snippet, 'script').src).toBe('https://example.org/timeline/embed.js');
  });

  it('embedSnippet works for a site at the root of its host', () => {
    const s = embedSnippet('https://example.org/', 'T');
    expect(attrs(s, 'iframe').src).toBe('https://example.org/embed.html');
    expect(attrs(s, 'script').src).toBe('https://example.org/embed.js');
  });

  it('embedSnippet makes the frame full-width, borderless and lazy, and marks it for embed.js', () => {
    const a = attrs(snippet, 'iframe');
    expect(a.width).toBe('100%');
    expect(a.style.split(';')).toContain('border:0');
    expect(a.style.split(';')).toContain('width:100%');
    expect(a.loading).toBe('lazy');
    expect('data-timeline-embed' in a).toBe(true);
    expect(Number(a.height)).toBeGreaterThan(0);
  });

  it('embedSnippet gives the frame a title made from the page title', () => {
    expect(attrs(snippet, 'iframe').title).toContain('Iran and Russia');
  });

  it('embedSnippet escapes a title with quotes and angle brackets so it stays inside the attribute', () => {
    const title = 'Drones "and" <missiles> & \'more\'';
    const s = embedSnippet('https://example.org/timeline/', title);
    expect(s).not.toContain(title);
    expect(count(s, /<iframe[\s>]/g)).toBe(1);
    expect(count(s, /</g)).toBe(4);
    const a = attrs(s, 'iframe');
    expect(a.title).toContain(title);
    expect(Object.keys(a).sort()).toEqual(Object.keys(attrs(snippet, 'iframe')).sort());
  });

  it('embedSnippet escapes an ampersand in the root URL', () => {
    const s = embedSnippet('https://example.org/a&b/', 'T');
    expect(s).toContain('src="https://example.org/a&amp;b/embed.html"');
    expect(attrs(s, 'iframe').src).toBe('https://example.org/a&b/embed.html');
  });
});
