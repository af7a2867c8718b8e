import { readFileSync } from 'node:fs';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { firstViewDates } from '../../src/build/first-view-dates';
import { LARGE_DATA } from '../../src/build/large-data';
import { tickPlan, tickValues } from '../../src/chart/ticks';
import { buildModel } from '../../src/data/timeline-model';
import type { TimelineData } from '../../src/data/types';
import { DAY_MS, formatDayIso } from '../../src/time/calendar-day';
import { denseSample } from '../../src/chart/frame';
import { fullDomain } from '../../src/chart/view-window';
import { formatEventDate, recordFormatted, rememberFormatted } from '../../src/time/date-label';
import { makeEvent, onDay } from './make-event';

const data = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as TimelineData;
const model = buildModel(data);
const texts = (dates: [string, string][]) => new Set(dates.map(([, t]) => t));

describe('firstViewDates', () => {
  const dates = firstViewDates(model);

  it('firstViewDates holds the axis labels of the whole span at month, quarter and year spacing', () => {
    const [lo, hi] = model.extent;
    for (const msPerPx of [(30.4 * DAY_MS) / 50, (91 * DAY_MS) / 60, (365 * DAY_MS) / 10]) {
      const plan = tickPlan(msPerPx);
      const labels = tickValues(plan, lo - 30 * DAY_MS, hi + 30 * DAY_MS).map(plan.format);
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(texts(dates), `${plan.name} label ${label}`).toContain(label);
    }
    expect(texts(dates)).toContain('Jan 2023');
    expect(texts(dates)).toContain('Oct');
  });

  it("firstViewDates holds every event's date as its mark's accessible name says it", () => {
    for (const e of model.events) {
      const said = formatEventDate(e.event.date);
      // The record holds the days and months; the sentence around them is built on the page.
      expect([...texts(dates)].some((t) => said.includes(t)), said).toBe(true);
    }
  });

  it('firstViewDates texts are what formatUtc writes, so the page says the same with or without them', () => {
    rememberFormatted(dates);
    for (const e of model.events) expect(formatEventDate(e.event.date)).toMatch(/\d{4}/);
    expect(dates.every(([key, text]) => typeof key === 'string' && typeof text === 'string' && text.length > 0)).toBe(true);
  });

  it('firstViewDates stays small: a few hundred entries for a decade, only the dates a crowded first view can show for large data sets', () => {
    expect(dates.length).toBeLessThan(200);
    // Three events a day for ten years: far more dates than any first view shows.
    const many = Array.from({ length: 3 * 3650 }, (_, i) => makeEvent(`e${i}`, onDay(formatDayIso(Date.UTC(2015, 0, 1) + Math.floor(i / 3) * DAY_MS))));
    const largeModel = buildModel({ events: many });
    const large = firstViewDates(largeModel);
    expect(large.length).toBeLessThan(1000);
    // Every event the chart's first view can pick, at any width from a phone's to a wide screen's, has its date.
    const keys = new Set(large.map(([key]) => key));
    for (const width of [320, 390, 500, 768, 1000, 1152, 1280, 1920, 2560]) {
      const xs = scaleLinear().domain(fullDomain(largeModel.extent)).range([0, width]);
      const sample = denseSample(largeModel, xs, { width, lanes: 8, groupWidth: 36 });
      expect(sample.length).toBeGreaterThan(8);
      for (const e of sample) for (const [key] of recordFormatted(() => formatEventDate(e.event.date))) expect(keys, `${width} px: ${e.event.id}`).toContain(key);
    }
    expect(largeModel.events.length).toBeGreaterThan(LARGE_DATA);
  });

  it('firstViewDates of no events is empty', () => {
    expect(firstViewDates(buildModel({ events: [] }))).toEqual([]);
  });
});
