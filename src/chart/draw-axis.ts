import { axisBottom } from 'd3-axis';
import type { ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { tickPlan, tickValues } from './ticks';
import { DAY_MS } from '../time/calendar-day';
import { formatUtc } from '../time/date-label';

/** Draws the time axis (UTC ms) for the visible scale, with ticks fitted to the zoom; idempotent. */
export function drawAxis(g: Selection<SVGGElement, unknown, null, undefined>, xs: ScaleLinear<number, number>, gridHeight: number): void {
  const [r0, r1] = xs.range();
  const [d0, d1] = xs.domain();
  const plan = tickPlan((d1 - d0) / Math.max(1, r1 - r0));
  const axis = axisBottom<number>(xs)
    .tickValues(tickValues(plan, d0, d1))
    .tickFormat(plan.format)
    .tickSizeInner(-gridHeight)
    .tickSizeOuter(0)
    .tickPadding(8);
  g.call(axis).attr('data-ticks', plan.name);
}

/** Marks one day (e.g. a linked day with no event of its own) with a labelled band; idempotent. */
export function drawDayMark(g: Selection<SVGGElement, unknown, null, undefined>, day: number | null, xs: ScaleLinear<number, number>, height: number): void {
  const data = day === null ? [] : [day];
  const m = g
    .selectAll<SVGGElement, number>('g')
    .data(data)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'marked-day');
      e.append('rect').attr('y', 0).attr('height', height);
      e.append('text').attr('y', 12).attr('x', 4).text((d) => `${formatUtc(d, 'dayShortMonth')}: no event that day`);
      return e;
    });
  m.attr('transform', (d) => `translate(${xs(d).toFixed(1)},0)`).select('rect').attr('width', (d) => Math.max(2, xs(d + DAY_MS) - xs(d)).toFixed(1));
}
