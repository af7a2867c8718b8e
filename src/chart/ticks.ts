import { utcDay, utcMonday, utcMonth, utcQuarter, utcSaturday, utcSunday, utcYear } from '../time/utc-intervals';
import { DAY_MS } from '../time/calendar-day';
import { formatIn } from '../time/date-label';
import type { Edition } from '../time/locale-dates';
import { persianDate, persianMonthsIn, persianYearsIn } from '../time/persian-calendar';

/** A tick spacing and how its labels read. */
export interface TickPlan {
  name: 'year' | 'quarter' | 'month' | 'week' | 'day';
  /** The ticks in [from, to), UTC ms, oldest first: boundaries of the edition's calendar. */
  range: (from: number, to: number) => number[];
  format: (ms: number) => string;
}

const SPACING: { name: TickPlan['name']; per: number; minPx: number }[] = [
  { name: 'day', per: DAY_MS, minPx: 28 },
  { name: 'week', per: 7 * DAY_MS, minPx: 48 },
  { name: 'month', per: 30.4 * DAY_MS, minPx: 44 },
  { name: 'quarter', per: 91 * DAY_MS, minPx: 56 },
  { name: 'year', per: 365 * DAY_MS, minPx: 0 },
];

/**
 * The tick plans of the Gregorian calendar, labelled in an edition's language: weeks begin on
 * Sunday in English (as they always have), on Monday in Russian and Ukrainian.
 */
function gregorianPlans(w: Edition): Record<TickPlan['name'], TickPlan> {
  const f = (ms: number, style: Parameters<typeof formatIn>[1]) => formatIn(ms, style, w);
  const monthLabel = (ms: number) => f(ms, new Date(ms).getUTCMonth() === 0 ? 'shortMonthYear' : 'shortMonth');
  return {
    day: { name: 'day', range: utcDay.range, format: (ms) => f(ms, new Date(ms).getUTCDate() === 1 ? 'dayShortMonth' : 'dayOfMonth') },
    week: { name: 'week', range: (w === 'en' ? utcSunday : utcMonday).range, format: (ms) => f(ms, 'dayShortMonth') },
    month: { name: 'month', range: utcMonth.range, format: monthLabel },
    quarter: { name: 'quarter', range: utcQuarter.range, format: monthLabel },
    year: { name: 'year', range: utcYear.range, format: (ms) => f(ms, 'year') },
  };
}

/**
 * The tick plans of the Persian edition, in the Solar Hijri calendar: days (the month named on
 * its first day), weeks from Saturday (the Iranian week), months (the year named at Farvardin),
 * seasons (Farvardin, Tir, Mehr, Dey) and years, each beginning at Nowruz.
 */
function solarHijriPlans(): Record<TickPlan['name'], TickPlan> {
  const f = (ms: number, style: Parameters<typeof formatIn>[1]) => formatIn(ms, style, 'fa');
  const monthLabel = (ms: number) => f(ms, persianDate(ms).month === 1 ? 'shortMonthYear' : 'shortMonth');
  return {
    day: { name: 'day', range: utcDay.range, format: (ms) => f(ms, persianDate(ms).day === 1 ? 'dayShortMonth' : 'dayOfMonth') },
    week: { name: 'week', range: utcSaturday.range, format: (ms) => f(ms, 'dayShortMonth') },
    month: { name: 'month', range: (a, b) => persianMonthsIn(a, b), format: monthLabel },
    quarter: { name: 'quarter', range: (a, b) => persianMonthsIn(a, b, 3), format: monthLabel },
    year: { name: 'year', range: (a, b) => persianYearsIn(a, b), format: (ms) => f(ms, 'year') },
  };
}

const plans = new Map<Edition, readonly TickPlan[]>();

/** Every tick plan of an edition's calendar, finest first. */
export function tickPlansFor(w: Edition): readonly TickPlan[] {
  let p = plans.get(w);
  if (!p) {
    const byName = w === 'fa' ? solarHijriPlans() : gregorianPlans(w);
    p = SPACING.map((s) => byName[s.name]);
    plans.set(w, p);
  }
  return p;
}

/** Every tick plan of the English edition, finest first. */
export const TICK_PLANS: readonly TickPlan[] = tickPlansFor('en');

/** The tick positions of a plan within a window of time (both ends included), in UTC ms. */
export function tickValues(plan: TickPlan, from: number, to: number): number[] {
  return plan.range(from, to + 1);
}

/**
 * Picks the finest tick spacing whose labels do not crowd, given how many milliseconds one
 * pixel spans at the current zoom: days when zoomed in, then weeks, months, quarters, years;
 * in the edition's calendar.
 *
 * @example tickPlan(DAY_MS / 40).name // 'day'
 */
export function tickPlan(msPerPx: number, w: Edition = 'en'): TickPlan {
  const all = tickPlansFor(w);
  for (let i = 0; i < SPACING.length; i++) if (SPACING[i].per / msPerPx >= SPACING[i].minPx) return all[i];
  return all[all.length - 1];
}
