import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { labelMeasurer } from '../../src/chart/text-width';

/** A canvas stand-in whose characters have widths of their own (by code point), counting its calls. */
function fakeCanvas(): { calls: string[] } {
  const calls: string[] = [];
  const widthOf = (c: string) => 3 + (c.codePointAt(0)! % 7) + 0.25 * [...c].length;
  (globalThis as { document?: unknown }).document = {
    createElement: () => ({ getContext: () => ({ font: '', measureText: (c: string) => (calls.push(c), { width: widthOf(c) }) }) }),
  };
  return { calls };
}

/** What the measure means: each character (code point) measured alone, summed, padded by 2 % and rounded up. */
const expected = (text: string) => Math.ceil([...text].reduce((w, c) => w + 3 + (c.codePointAt(0)! % 7) + 0.25 * [...c].length, 0) * 1.02);

afterEach(() => delete (globalThis as { document?: unknown }).document);

describe('labelMeasurer', () => {
  it('sums the widths of the characters, a surrogate pair as one, whatever the text', () => {
    fakeCanvas();
    const measure = labelMeasurer();
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('a', 'é', 'ж', 'م', '…', '😀', '\ud800', '\udc00'), fc.string({ unit: 'binary', maxLength: 1 })) }), (text) => {
        expect(measure(text)).toBe(expected(text));
        // Asked again, the same.
        expect(measure(text)).toBe(expected(text));
      }),
    );
  });

  it('measures each character once with the canvas', () => {
    const { calls } = fakeCanvas();
    const measure = labelMeasurer();
    measure('Iran and Russia agree');
    measure('Russia and Iran 😀');
    measure('😀 Iran');
    expect([...calls].sort()).toEqual([...new Set('Iran and Russia agree Russia and Iran 😀 Iran')].sort());
  });
});
