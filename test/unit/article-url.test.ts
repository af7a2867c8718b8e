import { describe, expect, it } from 'vitest';
import { HELLO, PING, isHello, isPing, parentMessage, readParentMessage, shareableArticleUrl, trustedParentUrl } from '../../src/embed/article-url';

describe('shareableArticleUrl', () => {
  it('shareableArticleUrl keeps origin, path and a #timeline= fragment, and drops the query', () => {
    expect(shareableArticleUrl('https://news.example/world/story?session=abc&email=a%40b.c#timeline=2022-10-06')).toBe('https://news.example/world/story#timeline=2022-10-06');
  });

  it('shareableArticleUrl drops any other fragment and refuses what is not http(s)', () => {
    expect(shareableArticleUrl('https://news.example/a#comments')).toBe('https://news.example/a');
    expect(shareableArticleUrl('javascript:alert(1)')).toBe(null);
    expect(shareableArticleUrl('not a url')).toBe(null);
  });
});

describe('trustedParentUrl', () => {
  it('trustedParentUrl believes a URL on the origin the browser names, reduced to what may be shared', () => {
    expect(trustedParentUrl('https://news.example/a?x=1#timeline=2022-10', 'https://news.example')).toBe('https://news.example/a#timeline=2022-10');
  });

  it('trustedParentUrl refuses another origin, an unknown parent, junk and overlong URLs', () => {
    expect(trustedParentUrl('https://evil.example/', 'https://news.example')).toBe(null);
    expect(trustedParentUrl('https://news.example/', null)).toBe(null);
    expect(trustedParentUrl(null, 'https://news.example')).toBe(null);
    expect(trustedParentUrl(`https://news.example/${'a'.repeat(3000)}`, 'https://news.example')).toBe(null);
    expect(trustedParentUrl('data:text/html,x', 'null')).toBe(null);
  });
});

describe('readParentMessage', () => {
  it('readParentMessage reads embed.js’s answer only from the origin of the URL it carries', () => {
    expect(readParentMessage(parentMessage('https://news.example/a'), 'https://news.example')).toBe('https://news.example/a');
    expect(readParentMessage(parentMessage('https://news.example/a'), 'https://evil.example')).toBe(null);
  });

  it('readParentMessage ignores junk', () => {
    for (const junk of [null, 42, 'x', {}, { type: 'timeline:parent' }, { type: 'timeline:parent', url: 7 }, { type: 'other', url: 'https://news.example/' }])
      expect(readParentMessage(junk, 'https://news.example')).toBe(null);
  });
});

describe('isHello and isPing', () => {
  it('isHello and isPing recognise their messages and nothing else', () => {
    expect(isHello(HELLO)).toBe(true);
    expect(isPing(PING)).toBe(true);
    expect(isHello(PING)).toBe(false);
    expect(isPing(null)).toBe(false);
    expect(isHello('timeline:hello')).toBe(false);
  });
});
