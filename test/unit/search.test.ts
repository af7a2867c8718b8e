import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/data/timeline-model';
import { buildSearchIndex } from '../../src/search/search-index';
import { highlightRanges, searchEvents } from '../../src/search/search';
import { fold } from '../../src/search/normalize';
import { makeEvent, onDay } from './make-event';

const events = [
  makeEvent('late', onDay('2022-11-01'), { title: 'Zelensky’s warning on Shahed drones', summary: 'Kyiv says more are coming.' }),
  makeEvent('early', onDay('2022-09-01'), { title: 'Iran denies sending drones', summary: 'Tehran calls the reports “baseless”.' }),
  makeEvent('mid', onDay('2022-10-01'), { title: 'Ахмадинежад и Иран', summary: 'Текст.', sources: [{ outlet: 'Tasnim News Agency', headline: 'ایران پهپاد', published: '2022-10-01', article: 'a.txt' }] }),
];
const model = buildModel({ events });
const index = buildSearchIndex(model.events.map((e) => e.event));

describe('searchEvents', () => {
  it('searchEvents finds events with every word at a word start, in date order', () => {
    expect(searchEvents(index, model, 'drones').ids).toEqual(['early', 'late']);
    expect(searchEvents(index, model, 'DRONE shah').ids).toEqual(['late']);
    expect(searchEvents(index, model, 'rones').ids).toEqual([]);
  });

  it('searchEvents forgives case, accents and punctuation, and reads other scripts', () => {
    expect(searchEvents(index, model, 'zelenskys').ids).toEqual(['late']);
    expect(searchEvents(index, model, 'baseless!').ids).toEqual(['early']);
    expect(searchEvents(index, model, 'иран').ids).toEqual(['mid']);
    expect(searchEvents(index, model, 'ايران').ids).toEqual(['mid']); // Arabic ي for Persian ی
    expect(searchEvents(index, model, 'tasnim').ids).toEqual(['mid']);
  });

  it('searchEvents finds nothing for an empty search or punctuation alone', () => {
    expect(searchEvents(index, model, '').ids).toEqual([]);
    expect([...searchEvents(index, model, ' “—” ').indices]).toEqual([]);
  });

  it('searchEvents gives the title ranges of matching events only', () => {
    const r = searchEvents(index, model, 'shahed drones');
    const late = model.byId.get('late')!.index;
    const title = events[0].title;
    expect(r.titleRanges(late).map(([a, b]) => title.slice(a, b))).toEqual(['Shahed', 'drones']);
    expect(r.titleRanges(model.byId.get('early')!.index)).toEqual([]);
  });
});

describe('highlightRanges', () => {
  it('highlightRanges marks the prefix that matched, in the original text', () => {
    expect(highlightRanges('Iran’s Shahed drones', ['shah', 'iran'])).toEqual([[0, 4], [7, 11]]);
    expect(highlightRanges('Straße', ['stras'])).toEqual([[0, 5]]);
    expect(highlightRanges('Kanʿānī said', ['kanani'])).toEqual([[0, 7]]);
  });

  it('highlightRanges gives ordered ranges whose text folds to start with a search word, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(fc.constantFrom('a', 'b', 'ab', 'é', 'и', 'ss'), { maxLength: 3 }), (text, words) => {
        const ranges = highlightRanges(text, words);
        let last = -1;
        for (const [a, b] of ranges) {
          expect(a).toBeGreaterThan(last);
          expect(b).toBeGreaterThan(a);
          last = b;
          expect(words.some((q) => fold(text.slice(a, b)).includes(q))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
