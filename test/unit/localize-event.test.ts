import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizeEvent } from '../../src/data/localize-event';
import type { Translation } from '../../src/data/translation-types';
import type { TimelineData, TimelineEvent } from '../../src/data/types';
import { makeEvent, onDay } from './make-event';

const read = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T;

const event: TimelineEvent = makeEvent('first-event', { precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early November 2022' }, {
  claims: [{ by: 'Iran', stance: 'denies', text: 'It sent none.' }],
  disagreements: [{ about: 'claim', note: 'They disagree.' }],
  figures: [{ value: 450, qualifier: 'about', unit: 'drones', counts: 'drones in one shipment', by: 'officials' }],
  sources: [{ outlet: 'Example News', headline: 'Headline', published: '2022-10-07', article: 'a.txt', quote: { text: 'We sent none.', by: 'Iran' } }],
});
const translation = (events: Translation['events']): Translation => ({ language: 'ru', translationOf: 'events.json', status: 'partial', title: 'T', description: 'D', events });

describe('localizeEvent', () => {
  it('localizeEvent puts every translated text in place and keeps the rest, quotes included, as in English', () => {
    const before = structuredClone(event);
    const out = localizeEvent(event, translation({ 'first-event': { title: 'Первое', summary: 'Сводка.', dateLabel: 'начало ноября 2022 г.', claims: ['Не отправлял.'], disagreements: ['Расходятся.'], figures: ['беспилотники в одной партии'] } }));
    expect(out).toEqual({
      event: {
        ...event,
        title: 'Первое',
        summary: 'Сводка.',
        claims: [{ by: 'Iran', stance: 'denies', text: 'Не отправлял.' }],
        disagreements: [{ about: 'claim', note: 'Расходятся.' }],
        figures: [{ ...event.figures![0], counts: 'беспилотники в одной партии' }],
      },
      dateLabel: 'начало ноября 2022 г.',
      english: [],
    });
    expect(event).toEqual(before);
  });

  it('localizeEvent leaves what a partial translation lacks in English and lists it', () => {
    const out = localizeEvent(event, translation({ 'first-event': { title: 'Первое', summary: 'Сводка.' } }));
    expect(out.event.claims).toEqual(event.claims);
    expect(out.dateLabel).toBeUndefined();
    expect(out.english).toEqual(['dateLabel', 'claims', 'disagreements', 'figures']);
    expect(localizeEvent(makeEvent('x', onDay('2022-10-06')), undefined)).toEqual({ event: makeEvent('x', onDay('2022-10-06')), english: ['title', 'summary'] });
  });

  it('localizeEvent gives every event of the story entirely in Persian, Russian and Ukrainian', () => {
    const data = read<TimelineData>('data/events.json');
    for (const language of ['fa', 'ru', 'uk']) {
      const t = read<Translation>(`data/events.${language}.json`);
      for (const e of data.events) {
        const out = localizeEvent(e, t);
        expect(out.english).toEqual([]);
        expect(out.event.title).not.toBe(e.title);
        expect(out.event.sources).toBe(e.sources);
        expect(out.event.date).toBe(e.date);
      }
    }
  });
});
