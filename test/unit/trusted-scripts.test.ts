import { describe, expect, it } from 'vitest';
import { isOwnScript } from '../../src/app/trusted-scripts';

const origin = 'https://example.org';

describe('isOwnScript', () => {
  it.each(['lazy-0a1b2c3d4e', 'interaction-0a1b2c3d4e', 'search-index-0a1b2c3d4e', 'details/2022-08-0a1b2c3d4e', 'heads/5000-0a1b2c3d4e', 'heads/facets-0a1b2c3d4e'])(
    'lets the build’s own %s through',
    (name) => {
      expect(isOwnScript(`${origin}/t/assets/${name}.js`, origin)).toBe(true);
    },
  );

  it.each([
    ['another origin', 'https://evil.example/assets/lazy-0a1b2c3d4e.js'],
    ['a query', `${origin}/assets/interaction-0a1b2c3d4e.js?x=1`],
    ['a fragment', `${origin}/assets/interaction-0a1b2c3d4e.js#x`],
    ['another name', `${origin}/assets/index-0a1b2c3d4e.js`],
    ['a name that only ends like one', `${origin}/assets/x-interaction-0a1b2c3d4e.js/evil.js`],
    ['not under assets', `${origin}/interaction-0a1b2c3d4e.js`],
    ['a heads file outside assets', `${origin}/t/heads/0-ab12.js`],
    ['a heads file without its rank', `${origin}/t/assets/heads/x-ab12.js`],
    ['a path that climbs out of heads', `${origin}/t/assets/heads/0/../../x.js`],
    ['not a URL', 'interaction-0a1b2c3d4e.js'],
  ])('refuses %s', (_, url) => {
    expect(isOwnScript(url, origin)).toBe(false);
  });
});
