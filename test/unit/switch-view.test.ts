import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carryView } from '../../src/app/switch-view';

describe('carryView', () => {
  it('carryView gives the link the current query and fragment, in place of its own', () => {
    expect(carryView('../fa/', '?event=x&q=a', '#timeline=y')).toBe('../fa/?event=x&q=a#timeline=y');
    expect(carryView('../../../ru/events/x/?a=1#b', '', '')).toBe('../../../ru/events/x/');
  });

  it('carryView keeps where the link goes whatever the view', () => {
    const path = fc.stringMatching(/^(\.\.\/){0,3}([a-z]{2}\/)?(events\/[a-z0-9-]+\/)?$/);
    const search = fc.oneof(fc.constant(''), fc.webQueryParameters().map((q) => `?${q}`));
    const hash = fc.oneof(fc.constant(''), fc.webFragments().map((f) => `#${f}`));
    fc.assert(
      fc.property(path, search, hash, (p, s, h) => {
        const base = 'https://example.org/a/b/c/';
        const out = new URL(carryView(p, s, h), base);
        const want = new URL(p || './', base);
        expect(out.pathname).toBe(want.pathname);
        expect(out.search).toBe(new URL(`${s}`, 'https://x/').search);
      }),
    );
  });
});
