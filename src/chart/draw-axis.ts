import { axisBottom } from 'd3-axis';
import type { ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { tickPlan } from './ticks';
import { axisPlan } from './axis-plan';
import { DAY_MS } from '../time/calendar-day';
import { dateEdition, formatUtc } from '../time/date-label';
import { msg, str } from '../i18n/msg';
import { plotText } from './plot-text';

/**
 * Draws the time axis (UTC ms) for the visible scale in two tiers (see axis-plan.ts): fine ticks
 * fitted to the zoom, with grid lines, and a context row naming the month and year, or the year,
 * in the page's edition's calendar and language (`useDateEdition`). Idempotent.
 */
export function drawAxis(g: Selection<SVGGElement, unknown, null, undefined>, xs: ScaleLinear<number, number>, gridHeight: number, measure: (s: string) => number): void {
  const [r0, r1] = xs.range();
  const [d0, d1] = xs.domain();
  const edition = dateEdition();
  const plan = tickPlan((d1 - d0) / Math.max(1, r1 - r0), edition);
  const { fine, context } = axisPlan(plan, [d0, d1], r1, xs, measure, edition);
  const labels = new Map(fine.map((t) => [t.value, t.shown ? plotText(t.label) : '']));
  const axis = axisBottom<number>(xs)
    .tickValues(fine.map((t) => t.value))
    .tickFormat((v) => labels.get(v) ?? '')
    .tickSizeInner(-gridHeight)
    .tickSizeOuter(0)
    .tickPadding(8);
  g.select<SVGGElement>('g.fine').call(axis);
  g.attr('data-ticks', plan.name);
  const row = g
    .select<SVGGElement>('g.context')
    .selectAll<SVGGElement, (typeof context)[number]>('g.span')
    .data(context, (d) => d.label || String(d.x0))
    .join((enter) => {
      const e = enter.append('g').attr('class', 'span');
      e.append('line').attr('y1', 0).attr('y2', 42);
      e.append('text').attr('y', 38);
      return e;
    });
  row.select('line').attr('x1', (d) => d.boundary ?? -10).attr('x2', (d) => d.boundary ?? -10);
  row
    .select('text')
    .attr('x', (d) => d.labelX.toFixed(1))
    .text((d) => plotText(d.label));
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
      e.append('text').attr('y', 12).attr('x', 4).text((d) => plotText(msg(str`${formatUtc(d, 'dayShortMonth')}: no event that day`, { id: 'chart.day.empty' })));
      return e;
    });
  m.attr('transform', (d) => `translate(${xs(d).toFixed(1)},0)`).select('rect').attr('width', (d) => Math.max(2, xs(d + DAY_MS) - xs(d)).toFixed(1));
}
