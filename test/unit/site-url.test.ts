import { describe, expect, it } from 'vitest';
import { siteUrlFrom } from '../../src/build/site-url';

describe('siteUrlFrom', () => {
  it('siteUrlFrom is empty when SITE_URL is unset or empty', () => {
    expect(siteUrlFrom({})).toEqual({});
    expect(siteUrlFrom({ SITE_URL: '' })).toEqual({});
  });

  it('siteUrlFrom adds the trailing slash', () => {
    expect(siteUrlFrom({ SITE_URL: 'https://example.org/timeline' })).toEqual({ url: 'https://example.org/timeline/' });
  });

  it('siteUrlFrom refuses what is not an http(s) address, in one sentence naming SITE_URL and what to set', () => {
    for (const bad of ['not a url', 'example.org', 'javascript:alert(1)', 'https://user:pw@example.org/', 'https://example.org/?q=1']) {
      const r = siteUrlFrom({ SITE_URL: bad });
      expect(r.url).toBeUndefined();
      expect(r.error).toMatch(/^SITE_URL ".*" is not an absolute http\(s\) address .* SITE_URL=https:\/\/example\.org\/timeline\/.*nothing was built\.$/);
      expect(r.error!.split('\n')).toHaveLength(1);
    }
  });
});
