import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { cardText } from '../../src/build/share-card/card-node';
import { cardAlt, cardPath } from '../../src/build/share-card/card-page';
import { planCards } from '../../src/build/share-card/card-plan';
import { cardPublished, cardSpan } from '../../src/build/share-card/card-dates';
import { eventCard, sourceLine } from '../../src/build/share-card/event-card';
import { timelineCard } from '../../src/build/share-card/timeline-card';
import { stripGeometry } from '../../src/build/share-card/strip';
import { useCatalogue } from '../../src/i18n/catalogue';
import { str } from '../../src/i18n/msg';
import { buildModel } from '../../src/data/timeline-model';
import type { TimelineData } from '../../src/data/types';
import { EDITIONS } from '../../src/time/locale-dates';
import { persianDate } from '../../src/time/persian-calendar';
import { events } from './arbitraries';
import { makeEvent, onDay } from './make-event';
import { holding, nodes } from './card-tree';

const source = (outlet: string, published: string) => ({ outlet, headline: 'h', published, article: 'a.txt' });
const data: TimelineData = {
  title: 'عنوان',
  description: 'شرح',
  events: [
    makeEvent('moscow', onDay('2022-10-06'), { kind: 'agreement', title: 'ایران و روسیه', sources: [source('The Hill', '2022-10-18'), source('Other', '2022-10')] }),
    makeEvent('late-feb', { precision: 'approximate', start: '2022-02-19', end: '2022-02-28', label: 'late February 2022' }, { kind: 'strike' }),
    makeEvent('may', onDay('2023-05-10')),
  ],
};
const model = buildModel(data);
const item = (id: string) => model.byId.get(id)!;


afterEach(() => useCatalogue('en', undefined));

describe('share cards of the editions', () => {
  it('cardPath puts another edition’s cards in cards/<edition>/ and leaves English’s where they were', () => {
    expect(cardPath({ kind: 'main' }, 'fa')).toBe('cards/fa/timeline.png');
    expect(cardPath({ kind: 'event', item: item('may') }, 'uk')).toBe('cards/uk/events/may.png');
    expect(cardPath({ kind: 'event', item: item('may') }, 'en')).toBe('cards/events/may.png');
    expect(cardPath({ kind: 'embed' }, 'ru')).toBeUndefined();
  });

  it('cardPath never gives two pages of any editions the same file, whatever the ids', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { maxLength: 8 }), (ids) => {
        const m = buildModel({ events: ids.map((id) => makeEvent(id, onDay('2022-01-01'))) });
        const files = EDITIONS.flatMap((ed) => planCards({ title: 't', description: 'd', events: [] }, m, true, ed).map((c) => c.fileName));
        expect(new Set(files).size).toBe(files.length);
      }),
    );
  });

  it('planCards plans the same cards in every edition, each under its own folder', () => {
    const en = planCards(data, model, true).map((c) => c.fileName);
    for (const ed of ['fa', 'ru', 'uk'] as const) expect(planCards(data, model, true, ed).map((c) => c.fileName)).toEqual(en.map((f) => f.replace('cards/', `cards/${ed}/`)));
  });

  it('eventCard in Persian runs from the right in Vazirmatn, its strip left to right, with the kind’s gap mirrored', () => {
    const tree = eventCard(item('moscow'), { title: data.title, model, edition: 'fa' });
    expect(tree.props.style).toMatchObject({ direction: 'rtl' });
    expect(String(tree.props.style?.fontFamily)).toMatch(/^Vazirmatn\b/);
    expect(nodes(tree).filter((n) => n.props.style?.direction === 'ltr')).toHaveLength(1);
    const kind = holding(tree, 'Agreement')!;
    const english = holding(eventCard(item('moscow'), { title: data.title, model }), 'Agreement')!;
    expect([kind.props.style?.marginLeft, kind.props.style?.marginRight]).toEqual([english.props.style?.marginRight, english.props.style?.marginLeft]);
    for (const ed of ['en', 'ru', 'uk'] as const) expect(eventCard(item('moscow'), { title: data.title, model, edition: ed }).props.style?.direction).toBeUndefined();
  });

  it('eventCard dates the event in the edition’s calendar: Solar Hijri with the Gregorian day beside it in Persian', () => {
    const text = (ed: 'fa' | 'ru' | 'uk') => cardText(eventCard(item('moscow'), { title: data.title, model, edition: ed })).join('\n');
    // 6 October 2022 is 14 Mehr 1401.
    expect(text('fa')).toContain('۱۴ مهر ۱۴۰۱');
    expect(text('fa')).toContain('۶ اکتبر ۲۰۲۲');
    expect(text('ru')).toContain('6 октября 2022');
    expect(text('uk')).toContain('6 жовтня 2022');
    // An edition's own label of an approximate date, with the days it stands for.
    const late = cardText(eventCard(item('late-feb'), { title: data.title, model, edition: 'ru', dateLabels: { 'late-feb': 'конец февраля 2022 г.' } }));
    expect(late.join('\n')).toContain('конец февраля 2022 г.');
    expect(late.join('\n')).not.toContain('late February');
  });

  it('cardPublished and cardSpan write a source’s date and the data’s span in the edition’s language', () => {
    expect(cardPublished('2022-10-18', 'ru')).toContain('18 октября 2022');
    expect(cardPublished('2022-10-18', 'fa')).toContain('۲۶ مهر ۱۴۰۱');
    expect(cardPublished('not a date', 'uk')).toBe('not a date');
    expect(cardSpan([Date.UTC(2022, 0, 1), Date.UTC(2023, 5, 1)], 'uk')).toMatch(/^січень 2022.* – травень 2023/);
  });

  it('the cards’ fixed words and alt texts come from the edition’s catalogue', () => {
    useCatalogue('fa', {
      'kind.agreement': 'توافق',
      // Persian has one and other (CLDR): one other source is 'one'.
      'card.source.more.one': str`منبع: ${0}، ${1}، و ${2} منبع دیگر`,
      'card.alt.event': str`${0}، ${1}: ${2}. نشان‌داده‌شده بر نوار «${3}».`,
      'card.timeline-of.other': str`خط زمانی ${0} رویداد، ${1}`,
    });
    const tree = eventCard(item('moscow'), { title: data.title, model, edition: 'fa' });
    expect(cardText(tree)).toContain('توافق');
    expect(sourceLine(item('moscow').event, 'fa')).toBe(`منبع: The Hill، ${cardPublished('2022-10-18', 'fa')}، و ۱ منبع دیگر`);
    expect(cardAlt(data, { kind: 'event', item: item('moscow') }, 'fa')).toMatch(/^توافق، ۱۴ مهر ۱۴۰۱ .*: ایران و روسیه\. نشان‌داده‌شده بر نوار «عنوان»\.$/);
    expect(cardText(timelineCard({ ...data, model, edition: 'fa' }))[0]).toMatch(/^خط زمانی ۳ رویداد، /);
  });

  it('sourceLine counts the other sources in the edition’s plural forms (Russian: one, few, many)', () => {
    useCatalogue('ru', {
      'card.source.more.one': str`${0}: ещё ${2} (one)`,
      'card.source.more.few': str`${0}: ещё ${2} (few)`,
      'card.source.more.many': str`${0}: ещё ${2} (many)`,
    });
    const withOthers = (n: number) => ({ ...item('moscow').event, sources: Array.from({ length: n + 1 }, () => source('X', '2022')) });
    expect([1, 2, 4, 5, 11, 21, 22].map((n) => sourceLine(withOthers(n), 'ru'))).toEqual(['X: ещё 1 (one)', 'X: ещё 2 (few)', 'X: ещё 4 (few)', 'X: ещё 5 (many)', 'X: ещё 11 (many)', 'X: ещё 21 (one)', 'X: ещё 22 (few)']);
  });

  it('stripGeometry in Persian names Solar Hijri years at their Nowruz, in Persian digits', () => {
    fc.assert(
      fc.property(events(20), (evs) => {
        const m = buildModel({ events: evs });
        const s = stripGeometry(m.events, m.extent, 1000, { edition: 'fa' });
        const [lo, hi] = m.extent;
        for (const y of s.years) {
          const t = lo + ((y.x / 1000) * (hi - lo));
          // The label sits on the first day of Farvardin (to within the strip's resolution)…
          const p = persianDate(Math.round(t / 86_400_000) * 86_400_000);
          expect(p.month === 1 && p.day === 1 || (p.month === 12 && p.day >= 29) || (p.month === 1 && p.day === 2)).toBe(true);
          // …and reads as that year in Persian digits.
          expect(y.text).toMatch(/^[۰-۹]{4}$/);
        }
        expect(s.start?.text ?? '').not.toMatch(/[0-9]/);
      }),
      { numRuns: 60 },
    );
  });
});
