import { utcDay, utcMonth, utcWeek, utcYear, type TimeInterval } from 'd3-time';
import { DAY_MS } from '../time/calendar-day';
import { formatUtc } from '../time/date-label';

/** A tick spacing and how its labels read. */
export interface TickPlan {
  name: 'year' | 'quarter' | 'month' | 'week' | 'day';
  interval: TimeInterval;
  format: (ms: number) => string;
}

const monthLabel = (ms: number) => formatUtc(ms, new Date(ms).getUTCMonth() === 0 ? 'shortMonthYear' : 'shortMonth');
const dayLabel = (ms: number) => formatUtc(ms, new Date(ms).getUTCDate() === 1 ? 'dayShortMonth' : 'dayOfMonth');

const PLANS: { minPx: number; per: number; plan: TickPlan }[] = [
  { per: DAY_MS, minPx: 28, plan: { name: 'day', interval: utcDay, format: dayLabel } },
  { per: 7 * DAY_MS, minPx: 48, plan: { name: 'week', interval: utcWeek, format: (ms) => formatUtc(ms, 'dayShortMonth') } },
  { per: 30.4 * DAY_MS, minPx: 44, plan: { name: 'month', interval: utcMonth, format: monthLabel } },
  { per: 91 * DAY_MS, minPx: 56, plan: { name: 'quarter', interval: utcMonth.every(3) ?? utcMonth, format: monthLabel } },
  { per: 365 * DAY_MS, minPx: 0, plan: { name: 'year', interval: utcYear, format: (ms) => formatUtc(ms, 'year') } },
];

/** Every tick plan, finest first. */
export const TICK_PLANS: readonly TickPlan[] = PLANS.map((p) => p.plan);

/** The tick positions of a plan within a window of time, in UTC ms. */
export function tickValues(plan: TickPlan, from: number, to: number): number[] {
  return plan.interval.range(new Date(from), new Date(to + 1)).map(Number);
}

/**
 * Picks the finest tick spacing whose labels do not crowd, given how many milliseconds one
 * pixel spans at the current zoom: days when zoomed in, then weeks, months, quarters, years.
 *
 * @example tickPlan(DAY_MS / 40).name // 'day'
 */
export function tickPlan(msPerPx: number): TickPlan {
  for (const { per, minPx, plan } of PLANS) if (per / msPerPx >= minPx) return plan;
  return PLANS[PLANS.length - 1].plan;
}
