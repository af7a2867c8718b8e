import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plotText } from '../../src/chart/plot-text';

const FSI = '\u2068';
const PDI = '\u2069';

describe('plotText', () => {
  it('plotText leaves Latin and Cyrillic text as it is', () => {
    for (const t of ['Oct 2022', '6', 'October 2022', 'октябрь 2022 г.', 'жовтень 2022 р.', '']) expect(plotText(t)).toBe(t);
  });

  it('plotText isolates Persian, Arabic and Hebrew text, whole', () => {
    for (const t of ['۹ مهر', 'مهر ۱۴۰۱', 'حمله با Shahed-136 به کی‌یف', 'שלום', 'عربي']) expect(plotText(t)).toBe(`${FSI}${t}${PDI}`);
  });

  it('plotText only ever adds one isolate around the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '1', 'م', '۱', 'ж', '-') }), (t) => {
        const out = plotText(t);
        expect(out === t || out === `${FSI}${t}${PDI}`).toBe(true);
        expect(out !== t).toBe(/[م۱]/.test(t));
      }),
    );
  });
});
