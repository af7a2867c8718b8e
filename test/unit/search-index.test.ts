import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, findInIndex, searchableText } from '../../src/search/search-index';
import { fold } from '../../src/search/normalize';
import { makeEvent, onDay } from './make-event';

const WORDS = ['shahed', 'shah', 'drone', 'drones', 'iran', 'иран', 'ایران', 'kyiv', 'strike', 'a', 'ab'];
/** Events whose titles are a few of WORDS (the rest of their text is fixed). */
const titled = fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }), { minLength: 1, maxLength: 200 }).map((titles) =>
  titles.map((t, i) => makeEvent(`e-${i}`, onDay('2022-10-01'), { title: t.join(' '), summary: '', sources: [] })),
);

/** The plain reading of a search: every word starts some word of the event's text. */
const plainlyFound = (text: string, words: string[]) => words.length > 0 && words.every((q) => fold(text).split(' ').some((w) => w.startsWith(q)));

describe('buildSearchIndex and findInIndex', () => {
  it('findInIndex finds what a plain scan finds, for any events and words, whether stored as gaps or bitmaps', () => {
    fc.assert(
      fc.property(titled, fc.uniqueArray(fc.constantFrom(...WORDS, 'sh', 'dr', 'zz', 'и', 'ا'), { maxLength: 3 }), (events, words) => {
        const index = buildSearchIndex(events);
        const mask = findInIndex(index, words);
        expect([...mask].map(Boolean)).toEqual(events.map((e) => plainlyFound(searchableText(e), words)));
      }),
      { numRuns: 300 },
    );
  });

  it('buildSearchIndex writes rare words as gaps and frequent ones as bitmaps', () => {
    const events = Array.from({ length: 60 }, (_, i) => makeEvent(`e-${i}`, onDay('2022-10-01'), { title: i === 30 ? 'rare common' : 'common', summary: '', sources: [] }));
    const index = buildSearchIndex(events);
    expect(index.terms).toEqual(['common', 'rare']);
    expect(typeof index.postings[0]).toBe('string');
    expect(index.postings[1]).toEqual([30]);
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });

  it('buildSearchIndex reads the title, summary, claims, quotes, outlets and headlines', () => {
    const e = makeEvent('a', onDay('2022-10-01'), {
      title: 'T1',
      summary: 'S1',
      claims: [{ by: 'Claimant', stance: 'asserts', text: 'C1' }],
      sources: [{ outlet: 'Outlet', headline: 'H1', published: '2022-10-01', article: 'a.txt', quote: { text: 'Q1', by: 'Speaker' } }],
    });
    const index = buildSearchIndex([e]);
    for (const w of ['t1', 's1', 'claimant', 'c1', 'outlet', 'h1', 'q1', 'speaker']) expect(findInIndex(index, [w])[0]).toBe(1);
    expect(findInIndex(index, ['a'])[0]).toBe(0);
  });

  it('findInIndex finds nothing for no words', () => {
    expect([...findInIndex(buildSearchIndex([makeEvent('a', onDay('2022-10-01'))]), [])]).toEqual([0]);
  });
});
