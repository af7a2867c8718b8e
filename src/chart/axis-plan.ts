import { utcMonth, utcYear } from '../time/utc-intervals';
import { formatIn } from '../time/date-label';
import type { Edition } from '../time/locale-dates';
import { persianMonth, persianYear } from '../time/persian-calendar';
import { tickValues, type TickPlan } from './ticks';

/** One labelled stretch of the context row: the month (or year) the fine ticks belong to. */
export interface ContextSpan {
  /** Where it starts and ends on screen, clipped to the plot (px). */
  x0: number;
  x1: number;
  /** Where its boundary tick is drawn (px), or null when it starts before the plot. */
  boundary: number | null;
  /** Its label's left edge (px): kept inside the plot and inside the stretch, like a sticky header. */
  labelX: number;
  label: string;
}

/** A fine tick and whether its label fits inside the plot. */
export interface FineTick {
  value: number;
  x: number;
  label: string;
  /** False for a label that would be cut by either edge of the plot: it is not drawn. */
  shown: boolean;
}

export interface AxisPlan {
  fine: FineTick[];
  context: ContextSpan[];
}

/** A calendar's months or years, on UTC ms: where the one holding an instant begins, and the one `n` after it. */
interface Stretch {
  floor: (ms: number) => number;
  offset: (ms: number, n: number) => number;
}

/** The context row's stretches: Gregorian months and years, or Solar Hijri ones in the Persian edition. */
const CONTEXT: Record<'gregorian' | 'fa', Record<'month' | 'year', Stretch>> = {
  gregorian: { month: utcMonth, year: utcYear },
  fa: { month: persianMonth, year: persianYear },
};

/**
 * The time axis in two tiers, as newspaper graphics desks draw it: fine ticks (days, weeks,
 * months, quarters or years, from `tickPlan`) and, under them, a context row naming the month
 * and year (under days and weeks) or the year (under months and quarters) of what is in view,
 * so the year is on screen at every zoom. A fine label that would be cut by the plot's edge is
 * left out; a context label sticks to the left edge of the plot while its stretch is in view.
 * The context row follows the edition's calendar (Solar Hijri months and years in Persian) and
 * is labelled in its language; `plan` should be `tickPlan(…, w)` of the same edition.
 * Pure: `x` maps UTC ms to px; `measure` gives a label's width.
 */
/** The least space between two fine labels, in px. */
export const MIN_GAP = 8;

export function axisPlan(plan: TickPlan, domain: [number, number], width: number, x: (ms: number) => number, measure: (s: string) => number, edition: Edition = 'en'): AxisPlan {
  const [d0, d1] = domain;
  // A label that would touch the one before it is left out too (a Nowruz tick names the year as
  // well as the month, so it is wider than its neighbours): labels keep MIN_GAP between them.
  let end = -Infinity;
  const fine = tickValues(plan, d0, d1).map((value) => {
    const label = plan.format(value);
    const px = x(value);
    const half = measure(label) / 2;
    const shown = px - half >= 0 && px + half <= width && px - half >= end + MIN_GAP;
    if (shown) end = px + half;
    return { value, x: px, label, shown };
  });
  const context: ContextSpan[] = [];
  const format = plan.name === 'day' || plan.name === 'week' ? 'month' : plan.name === 'year' ? null : 'year';
  if (format) {
    const interval = CONTEXT[edition === 'fa' ? 'fa' : 'gregorian'][format];
    for (let t = interval.floor(d0); t < d1; t = interval.offset(t, 1)) {
      const next = interval.offset(t, 1);
      const x0 = Math.max(0, x(t));
      const x1 = Math.min(width, x(next));
      if (x1 <= x0) continue;
      const label = formatIn(t, format, edition);
      const w = measure(label);
      // Sticky: a stretch that began before the plot is named at the plot's left edge, until the
      // next stretch pushes its label out; a stretch too narrow for its name stays unnamed.
      context.push({ x0, x1, boundary: x(t) >= 0 ? x(t) : null, labelX: Math.min(x0 + 4, x1 - w - 4), label: w + 8 <= x1 - x0 ? label : '' });
    }
  }
  return { fine, context };
}
