import { describe, expect, it } from 'vitest';
import { isOwnScript } from '../../src/app/trusted-scripts';

const origin = 'https://example.org';

describe('isOwnScript', () => {
  it.each(['lazy-ab12cd.js', 'search-index-ab12cd.js', 'details/2022-10-ab12cd.js', 'heads/5000-ab12cd.js', 'heads/facets-ab12cd.js'])('lets the build\'s own %s through', (file) => {
    expect(isOwnScript(`${origin}/t/assets/${file}`, origin)).toBe(true);
  });

  it.each([
    ['another origin', 'https://evil.example/t/assets/heads/0-ab12.js'],
    ['a query', `${origin}/t/assets/heads/0-ab12.js?x=1`],
    ['a fragment', `${origin}/t/assets/lazy-ab12.js#x`],
    ['a file outside assets', `${origin}/t/heads/0-ab12.js`],
    ['a heads file without its rank', `${origin}/t/assets/heads/x-ab12.js`],
    ['a nested path', `${origin}/t/assets/heads/0/../../x.js`],
    ['not a URL', 'heads/0-ab12.js'],
  ])('refuses %s', (_, url) => {
    expect(isOwnScript(url, origin)).toBe(false);
  });
});
