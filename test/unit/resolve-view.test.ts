import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/data/timeline-model';
import { DAY_MS } from '../../src/time/calendar-day';
import { CONTEXT_MS, resolveView } from '../../src/url/resolve-view';
import { makeEvent, onDay } from './make-event';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

const model = buildModel({
  events: [
    makeEvent('oct-20', onDay('2022-10-20')),
    makeEvent('aug', { precision: 'month', month: '2022-08' }),
    makeEvent('oct-06', onDay('2022-10-06')),
    makeEvent('early-nov', { precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early November 2022' }),
    makeEvent('dec-09', onDay('2022-12-09')),
  ],
});

describe('resolveView with an event', () => {
  it('CONTEXT_MS is three weeks', () => {
    expect(CONTEXT_MS).toBe(21 * DAY_MS);
  });

  it('resolveView selects a known event and shows CONTEXT_MS either side of its day', () => {
    expect(resolveView({ event: 'oct-06' }, model)).toEqual({
      select: 'oct-06',
      window: [day(2022, 10, 6) - CONTEXT_MS, day(2022, 10, 7) + CONTEXT_MS],
    });
  });

  it('resolveView shows CONTEXT_MS either side of a month event', () => {
    expect(resolveView({ event: 'aug' }, model)).toEqual({ select: 'aug', window: [day(2022, 8, 1) - CONTEXT_MS, day(2022, 9, 1) + CONTEXT_MS] });
  });

  it('resolveView pads an event longer than six weeks by half its length', () => {
    const long = buildModel({ events: [makeEvent('half-year', { precision: 'approximate', start: '2022-01-01', end: '2022-06-29', label: 'first half of 2022' })] });
    const [start, end] = [day(2022, 1, 1), day(2022, 6, 30)];
    const pad = (end - start) / 2;
    expect(pad).toBeGreaterThan(CONTEXT_MS);
    expect(resolveView({ event: 'half-year' }, long)).toEqual({ select: 'half-year', window: [start - pad, end + pad] });
  });

  it('resolveView gives a notice and selects nothing for an unknown event id', () => {
    const view = resolveView({ event: 'no-such-event' }, model);
    expect(view.select).toBeUndefined();
    expect(view.window).toBeUndefined();
    expect(view.markDay).toBeUndefined();
    expect(view.notice).toEqual(expect.stringMatching(/not on the timeline/));
  });

  it('resolveView keeps the window of a link that also names an event, and selects the event', () => {
    const window: [number, number] = [day(2022, 9, 1), day(2022, 12, 1)];
    expect(resolveView({ event: 'oct-20', window }, model)).toEqual({ select: 'oct-20', window });
  });

  it('resolveView keeps the window of a link whose event is unknown', () => {
    const window: [number, number] = [day(2022, 9, 1), day(2022, 12, 1)];
    const view = resolveView({ event: 'gone', window }, model);
    expect(view.window).toEqual(window);
    expect(view.select).toBeUndefined();
    expect(view.notice).toEqual(expect.any(String));
  });

  it('resolveView opens the event rather than the day when a link names both', () => {
    expect(resolveView({ event: 'dec-09', day: day(2022, 8, 15) }, model)).toEqual({
      select: 'dec-09',
      window: [day(2022, 12, 9) - CONTEXT_MS, day(2022, 12, 10) + CONTEXT_MS],
    });
  });

  it('resolveView still opens the day of a link whose event is unknown', () => {
    const view = resolveView({ event: 'gone', day: day(2022, 10, 6) }, model);
    expect(view.select).toBe('oct-06');
    expect(view.notice).toEqual(expect.any(String));
  });
});

describe('resolveView with a day', () => {
  it('resolveView selects the event dated to that day and marks no day', () => {
    const view = resolveView({ day: day(2022, 10, 6) }, model);
    expect(view).toEqual({ select: 'oct-06', window: [day(2022, 10, 6) - CONTEXT_MS, day(2022, 10, 7) + CONTEXT_MS] });
    expect('markDay' in view).toBe(false);
  });

  it('resolveView selects a month event for a day inside that month', () => {
    const view = resolveView({ day: day(2022, 8, 15) }, model);
    expect(view.select).toBe('aug');
    expect(view.markDay).toBeUndefined();
    expect(view.window).toEqual([day(2022, 8, 1) - CONTEXT_MS, day(2022, 9, 1) + CONTEXT_MS]);
  });

  it('resolveView selects an approximate event for a day inside its window', () => {
    const view = resolveView({ day: day(2022, 11, 5) }, model);
    expect(view.select).toBe('early-nov');
    expect(view.markDay).toBeUndefined();
  });

  it('resolveView selects an approximate event on its last day but not the day after', () => {
    expect(resolveView({ day: day(2022, 11, 10) }, model).select).toBe('early-nov');
    expect(resolveView({ day: day(2022, 11, 11) }, model).markDay).toBe(day(2022, 11, 11));
  });

  it('resolveView prefers an event dated to the day over a wider event that holds it', () => {
    const m = buildModel({
      events: [makeEvent('whole-month', { precision: 'month', month: '2022-10' }), makeEvent('deadline', { precision: 'by', by: '2022-10-31', from: '2022-10-01' }), makeEvent('that-day', onDay('2022-10-06'))],
    });
    expect(resolveView({ day: day(2022, 10, 6) }, m)).toMatchObject({ select: 'that-day' });
    expect(resolveView({ day: day(2022, 10, 6) }, m).markDay).toBeUndefined();
  });

  it('resolveView selects the nearest event for a day with none, and marks the day', () => {
    // 12 October is 6 days after the 6th and 8 days before the 20th.
    const view = resolveView({ day: day(2022, 10, 12) }, model);
    expect(view).toEqual({ select: 'oct-06', markDay: day(2022, 10, 12), window: [day(2022, 10, 6) - CONTEXT_MS, day(2022, 10, 13) + CONTEXT_MS] });
  });

  it('resolveView selects the nearer event after the day when that one is closer', () => {
    const view = resolveView({ day: day(2022, 10, 14) }, model);
    expect(view.select).toBe('oct-20');
    expect(view.markDay).toBe(Date.UTC(2022, 9, 14));
    expect(view.window).toEqual([day(2022, 10, 14) - CONTEXT_MS, day(2022, 10, 21) + CONTEXT_MS]);
  });

  it('resolveView opens the first event for a day before them all, and the last for a day after, saying so', () => {
    const before = resolveView({ day: day(2021, 1, 1) }, model);
    expect(before).toMatchObject({ select: 'aug', notice: 'No events before August 2022: the timeline opens on the first one.' });
    expect(before.markDay).toBe(undefined);
    // The view is around that event, not stretched from the link's day to the data.
    expect(before.window![0]).toBeGreaterThan(day(2022, 6, 1));
    const after = resolveView({ day: day(2024, 1, 1) }, model);
    expect(after).toMatchObject({ select: 'dec-09' });
    expect(after.notice).toMatch(/^No events after December 2022/);
  });

  it('resolveView opens the nearest events for a window wholly before or after the data, with a notice', () => {
    expect(resolveView({ window: [day(2019, 1, 1), day(2020, 1, 1)] }, model)).toMatchObject({ select: 'aug', notice: expect.stringMatching(/^No events before/) });
    expect(resolveView({ window: [day(2030, 1, 1), day(2031, 1, 1)] }, model)).toMatchObject({ select: 'dec-09', notice: expect.stringMatching(/^No events after/) });
    // A window that overlaps the data is shown as asked.
    expect(resolveView({ window: [day(2021, 1, 1), day(2022, 9, 1)] }, model)).toEqual({ window: [day(2021, 1, 1), day(2022, 9, 1)] });
  });

  it('resolveView keeps the window of a link that also names a day', () => {
    const window: [number, number] = [day(2022, 10, 1), day(2022, 11, 1)];
    expect(resolveView({ day: day(2022, 10, 12), window }, model)).toEqual({ select: 'oct-06', markDay: day(2022, 10, 12), window });
  });

  it('resolveView ignores a day when there are no events', () => {
    expect(resolveView({ day: day(2022, 10, 6) }, buildModel({ events: [] }))).toEqual({});
  });
});

describe('resolveView with a window', () => {
  it('resolveView shows a window and selects nothing', () => {
    const window: [number, number] = [day(2022, 10, 1), day(2022, 11, 1)];
    expect(resolveView({ window }, model)).toEqual({ window });
  });

  it('resolveView does nothing for an empty request', () => {
    expect(resolveView({}, model)).toEqual({});
  });

  it('resolveView does not change the request or the model', () => {
    const request = { day: day(2022, 10, 12) };
    const before = JSON.stringify(model.events);
    resolveView(request, model);
    expect(request).toEqual({ day: day(2022, 10, 12) });
    expect(JSON.stringify(model.events)).toBe(before);
  });
});
