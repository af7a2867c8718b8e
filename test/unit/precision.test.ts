import { describe, expect, it } from 'vitest';
import { eventTime, OPEN_BEFORE_MS } from '../../src/time/event-time';
import { DAY_MS, parsePublished, parseYear } from '../../src/time/calendar-day';
import { dateTimeAttr, formatEventDate, formatPublished, publishedDateTime } from '../../src/time/date-label';
import { decodeDate, encodeDate } from '../../src/data/large-index';
import { checkRules } from '../../src/data/semantic-rules';
import { validateTimelineText } from '../../src/data/validate';
import type { EventDate, TimelineData } from '../../src/data/types';
import { buildModel } from '../../src/data/timeline-model';
import { parseLink } from '../../src/url/view-request';
import { resolveView } from '../../src/url/resolve-view';
import { makeEvent, onDay } from './make-event';

const year: EventDate = { precision: 'year', year: '2022' };
const prewar: EventDate = { precision: 'before', before: '2022-02-28', label: 'before late February 2022' };

describe('parseYear and parsePublished', () => {
  it('parseYear reads a year as its UTC bounds and refuses anything else', () => {
    expect(parseYear('2022')).toEqual({ start: Date.UTC(2022, 0, 1), end: Date.UTC(2023, 0, 1) });
    expect(parseYear('22')).toBeNull();
    expect(parseYear('2022-01')).toBeNull();
  });

  it('parsePublished reads a day, a month, a year and a window of days (inclusive)', () => {
    expect(parsePublished('2022-11-19')).toEqual({ start: Date.UTC(2022, 10, 19), end: Date.UTC(2022, 10, 20), precision: 'day' });
    expect(parsePublished('2022-11')?.precision).toBe('month');
    expect(parsePublished('2022')?.precision).toBe('year');
    expect(parsePublished('2022-11-19/2022-11-21')).toEqual({ start: Date.UTC(2022, 10, 19), end: Date.UTC(2022, 10, 22), precision: 'window' });
  });

  it('parsePublished refuses a backwards window, an unreal day and extra parts', () => {
    expect(parsePublished('2022-11-21/2022-11-19')).toBeNull();
    expect(parsePublished('2022-02-30/2022-03-01')).toBeNull();
    expect(parsePublished('2022-11-19/2022-11-20/2022-11-21')).toBeNull();
  });
});

describe('eventTime for years and before-dates', () => {
  it('eventTime of a year spans the whole UTC year, is drawn at its middle and is uncertain', () => {
    const t = eventTime(year);
    expect([t.start, t.end]).toEqual([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)]);
    expect(t.at).toBe((t.start + t.end) / 2);
    expect(t.uncertain).toBe(true);
  });

  it('eventTime of a before-date ends where the bound day starts (exclusive) and is drawn open over OPEN_BEFORE_MS', () => {
    const t = eventTime(prewar);
    expect(t.end).toBe(Date.UTC(2022, 1, 28));
    expect(t.start).toBe(Date.UTC(2022, 1, 28) - OPEN_BEFORE_MS);
    expect(t.uncertain).toBe(true);
  });

  it('eventTime of a before-date with a known earliest day spans from it', () => {
    const t = eventTime({ ...prewar, after: '2021-11-01' });
    expect(t.start).toBe(Date.UTC(2021, 10, 1));
    expect(t.at).toBe((t.start + t.end) / 2);
  });

  it('eventTime does not mutate its input', () => {
    const d = { ...prewar };
    eventTime(d);
    expect(d).toEqual(prewar);
  });
});

describe('labels for years and before-dates', () => {
  it('formatEventDate says a year as the year and a before-date as the sources do', () => {
    expect(formatEventDate(year)).toBe('2022');
    expect(formatEventDate(prewar)).toBe('before late February 2022');
  });

  it('formatEventDate adds a known earliest day, and the last day before the bound', () => {
    expect(formatEventDate({ ...prewar, after: '2021-11-01' })).toBe('before late February 2022 (between 1 November 2021 and 27 February 2022)');
  });

  it('dateTimeAttr gives a year, and for a before-date only what is certain', () => {
    expect(dateTimeAttr(year)).toBe('2022');
    expect(dateTimeAttr(prewar)).toBe('2022');
    expect(dateTimeAttr({ ...prewar, after: '2021-11-01' })).toBe('2021-11-01');
  });

  it('formatPublished says a window of days in one month, across months and across years', () => {
    expect(formatPublished('2022-11-19/2022-11-21')).toBe('19–21 November 2022');
    expect(formatPublished('2022-11-28/2022-12-02')).toBe('28 November – 2 December 2022');
    expect(formatPublished('2022-12-30/2023-01-02')).toBe('30 December 2022 – 2 January 2023');
    expect(formatPublished('2022')).toBe('2022');
    expect(formatPublished('2022-11-19')).toBe('19 November 2022');
  });

  it('publishedDateTime gives the smallest month or year that holds a window', () => {
    expect(publishedDateTime('2022-11-19/2022-11-21')).toBe('2022-11');
    expect(publishedDateTime('2022-11-28/2022-12-02')).toBe('2022');
    expect(publishedDateTime('2022-10-18')).toBe('2022-10-18');
  });
});

describe('the compact index carries years and before-dates', () => {
  it.each([year, prewar, { ...prewar, after: '2021-11-01' }] as EventDate[])('decodeDate(encodeDate(%j)) gives it back', (d) => {
    expect(decodeDate(encodeDate(d))).toEqual(d);
  });
});

describe('validation of years, before-dates, published windows and corrections', () => {
  const data = (over: Partial<TimelineData['events'][number]>, extra: Partial<TimelineData> = {}): TimelineData => ({
    title: 'T',
    description: 'D',
    ...extra,
    events: [makeEvent('a', year, over)],
  });
  const rules = (d: TimelineData) => checkRules(d).map(({ path, rule }) => `${path.join('.')} ${rule}`);

  it('the schema accepts a year, a before-date, a window of days, new stances, corrections and updated', () => {
    const d = data(
      {
        date: prewar,
        claims: [
          { by: 'A', stance: 'declines-to-comment', text: 'x' },
          { by: 'B', stance: 'acknowledges', text: 'y' },
        ],
        sources: [{ outlet: 'O', headline: 'H', published: '2022-11-19/2022-11-21', article: 'a.txt' }],
        corrections: [{ date: '2026-11-30', change: 'c', reason: 'r' }],
      },
      { updated: '2026-11-30' },
    );
    expect(validateTimelineText(JSON.stringify(d), 'x.json')).toMatchObject({ ok: true });
    expect(validateTimelineText(JSON.stringify(data({})), 'x.json')).toMatchObject({ ok: true });
  });

  it('the schema refuses a year that is not four digits, a before-date without a label, and an unknown stance', () => {
    const bad = (over: Partial<TimelineData['events'][number]>) => {
      const r = validateTimelineText(JSON.stringify(data(over)), 'x.json');
      return r.ok ? [] : r.errors.map((e) => `${e.path} ${e.rule}`);
    };
    expect(bad({ date: { precision: 'year', year: '22' } as EventDate })).toContain('$.events[0].date.year pattern');
    expect(bad({ date: { precision: 'before', before: '2022-02-28' } as EventDate })).toContain('$.events[0].date.label required');
    expect(bad({ claims: [{ by: 'A', stance: 'refuses' as never, text: 'x' }] })).toContain('$.events[0].claims[0].stance enum');
    expect(bad({ corrections: [{ date: '2026-11-30', change: 'c' } as never] })).toContain('$.events[0].corrections[0].reason required');
  });

  it('checkRules refuses an unreal bound, an earliest day not before the bound, a backwards published window and an unreal correction day', () => {
    expect(rules(data({ date: { precision: 'before', before: '2022-02-30', label: 'x' } }))).toEqual(['events.0.date.before calendar-date']);
    expect(rules(data({ date: { ...prewar, after: '2022-02-28' } }))).toEqual(['events.0.date.before date-order']);
    expect(rules(data({ sources: [{ outlet: 'O', headline: 'H', published: '2022-11-21/2022-11-19', article: 'a.txt' }] }))).toEqual([
      'events.0.sources.0.published date-order',
    ]);
    expect(rules(data({ sources: [{ outlet: 'O', headline: 'H', published: '2022-11-19/2022-11-31', article: 'a.txt' }] }))).toEqual([
      'events.0.sources.0.published calendar-date',
    ]);
    expect(rules(data({ corrections: [{ date: '2026-02-30', change: 'c', reason: 'r' }] }))).toEqual(['events.0.corrections.0.date calendar-date']);
    expect(rules(data({}, { updated: '2026-13-01' }))).toEqual(['updated calendar-date']);
  });

  it('checkRules, when the texts are listed, refuses a source read from a text not among them', () => {
    const texts = [{ article: 'known.txt', outlet: 'O', headline: 'H', published: '2022-11-19/2022-11-21', origin: 'o' }];
    const src = (article: string) => ({ sources: [{ outlet: 'O', headline: 'H', published: '2022-10-07', article }] });
    expect(rules(data(src('known.txt'), { texts }))).toEqual([]);
    expect(rules(data(src('other.txt'), { texts }))).toEqual(['events.0.sources.0.article known-article']);
    expect(rules(data(src('other.txt')))).toEqual([]);
    expect(rules(data(src('known.txt'), { texts: [{ ...texts[0], published: '2022-11-21/2022-11-19' }] }))).toEqual(['texts.0.published date-order']);
  });
});

describe('links to a year', () => {
  it('parseLink reads ?date=2022 and #timeline=2022 as the whole year', () => {
    const window = [Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)];
    expect(parseLink('?date=2022')).toEqual({ request: { window } });
    expect(parseLink('', '#timeline=2022')).toEqual({ request: { window } });
    expect(parseLink('?from=2022&to=2023-05')).toEqual({ request: { window: [Date.UTC(2022, 0, 1), Date.UTC(2023, 5, 1)] } });
  });

  it('parseLink still refuses a year-shaped value that is not a year', () => {
    expect(parseLink('?date=20222').notice).toMatch(/could not be read/);
  });

  it('resolveView of a day inside a year or an open before-span, with no event of its own, opens the nearest event', () => {
    const model = buildModel({ events: [makeEvent('y', year), makeEvent('oct-06', onDay('2022-10-06')), makeEvent('war', prewar)] });
    expect(resolveView({ day: Date.UTC(2022, 9, 8) }, model)).toMatchObject({ select: 'oct-06', markDay: Date.UTC(2022, 9, 8) });
    const campaign = buildModel({ events: [makeEvent('oct-06', onDay('2022-10-06')), makeEvent('c', { precision: 'before', before: '2022-11-01', label: 'in recent weeks' })] });
    expect(resolveView({ day: Date.UTC(2022, 9, 7) }, campaign)).toMatchObject({ select: 'oct-06' });
    expect(resolveView({ event: 'y' }, model).window![1] - resolveView({ event: 'y' }, model).window![0]).toBeGreaterThan(365 * DAY_MS);
  });
});
