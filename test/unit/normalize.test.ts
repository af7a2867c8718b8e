import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldWords, queryWords } from '../../src/search/normalize';

describe('fold', () => {
  it('fold ignores case, accents and punctuation', () => {
    expect(fold('  Zelensky’s  “KAMIKAZE” drones!')).toBe('zelenskys kamikaze drones');
    expect(fold('Kanʿānī')).toBe('kanani');
    expect(fold('Shahed-136 — “Geran-2”')).toBe('shahed 136 geran 2');
    expect(fold('İstanbul Straße Œuvre Æsir Łódź ısı')).toBe('istanbul strasse oeuvre aesir lodz isi');
    expect(fold('ﬁre')).toBe('fire');
  });

  it('fold keeps Cyrillic, Greek and Persian searchable, folding their variants', () => {
    expect(fold('Ахмадинежад, Ёж')).toBe('ахмадинежад еж');
    expect(fold('ΣΟΦΊΑ σοφίας')).toBe('σοφια σοφιασ');
    // Arabic ي and ك as Persian writes them; Persian digits as 0–9; the zero-width non-joiner joins.
    expect(fold('ايران كه ۱۴۰۱')).toBe(fold('ایران که 1401'));
    expect(fold('می‌خواهم')).toBe('میخواهم');
    expect(fold('東京 2022')).toBe('東京 2022');
  });

  it('fold gives only letters, digits and single spaces, and is idempotent, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        const f = fold(s);
        expect(f).toMatch(/^([\p{L}\p{N}]+( [\p{L}\p{N}]+)*)?$/u);
        expect(fold(f)).toBe(f);
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldWords', () => {
  it('foldWords gives each folded word with its place in the original text', () => {
    const text = 'Iran’s Shahed-136 Straße';
    const words = foldWords(text);
    expect(words.map((w) => w.word)).toEqual(['irans', 'shahed', '136', 'strasse']);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['Iran’s', 'Shahed', '136', 'Straße']);
    // 'ss' comes from one original character.
    expect(words[3].ends).toEqual([19, 20, 21, 22, 23, 23, 24]);
  });

  it('foldWords agrees with fold and maps every word back into the text, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' })), (s) => {
        const words = foldWords(s);
        expect(words.map((w) => w.word).join(' ')).toBe(fold(s));
        for (const w of words) {
          expect(w.ends).toHaveLength(w.word.length);
          // One character may fold to several words (ﷺ, ㎮), so the word is one of its slice's.
          expect(fold(s.slice(w.start, w.end)).split(' ')).toContain(w.word);
          expect(w.ends[w.ends.length - 1]).toBe(w.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('queryWords', () => {
  it('queryWords folds a search into its words, each once, longest first', () => {
    expect(queryWords('Shahed, shahed-136')).toEqual(['shahed', '136']);
    expect(queryWords(' “ ” — ')).toEqual([]);
  });
});
