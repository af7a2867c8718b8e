import type { ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { tickPlan } from './ticks';
import { axisPlan } from './axis-plan';
import { DAY_MS } from '../time/calendar-day';
import { dateEdition, formatUtc } from '../time/date-label';
import { msg, str } from '../i18n/msg';
import { plotText } from './plot-text';
import { setAttr, setText } from './dom-write';

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
  drawFine(g.select<SVGGElement>('g.fine'), xs, fine.map((t) => ({ value: t.value, label: t.shown ? plotText(t.label) : '' })), gridHeight);
  setAttr(g.node()!, 'data-ticks', plan.name);
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
  row.each(function (d) {
    const line = this.firstElementChild!;
    const x = String(d.boundary ?? -10);
    setAttr(line, 'x1', x);
    setAttr(line, 'x2', x);
    const text = this.lastElementChild!;
    setAttr(text, 'x', d.labelX.toFixed(1));
    setText(text, plotText(d.label));
  });
}

/**
 * The fine ticks as d3's `axisBottom` draws them (a baseline; per tick, keyed by its time, a grid
 * line up the plot and its label 8 px below), which is all this chart used of d3-axis: drawn here
 * with a join it is a kilobyte less of the reader's first download.
 */
function drawFine(g: Selection<SVGGElement, unknown, null, undefined>, xs: ScaleLinear<number, number>, ticks: { value: number; label: string }[], gridHeight: number): void {
  // Half a pixel keeps 1 px lines crisp on a standard display, as d3-axis does.
  const o = window.devicePixelRatio > 1 ? 0 : 0.5;
  const [r0, r1] = xs.range();
  const el = g.node()!;
  if (!el.hasAttribute('font-size')) g.attr('fill', 'none').attr('font-size', 10).attr('font-family', 'sans-serif').attr('text-anchor', 'middle');
  const domain = g.selectAll<SVGPathElement, number>('path.domain').data([0]).join((enter) => enter.append('path').attr('class', 'domain').attr('stroke', 'currentColor'));
  setAttr(domain.node()!, 'd', `M${r0 + o},0V${o}H${r1 + o}V0`);
  const tick = g
    .selectAll<SVGGElement, { value: number; label: string }>('g.tick')
    .data(ticks, (d) => d.value)
    .join((enter) => {
      const e = enter.append('g').attr('class', 'tick');
      e.append('line').attr('stroke', 'currentColor');
      e.append('text').attr('fill', 'currentColor').attr('y', 8).attr('dy', '0.71em');
      return e;
    });
  // (Only changes are written: this runs on every frame of a zoom or pan.)
  const y2 = String(-gridHeight);
  tick.each(function (d) {
    setAttr(this, 'transform', `translate(${xs(d.value) + o},0)`);
    setAttr(this.firstElementChild!, 'y2', y2);
    setText(this.lastElementChild!, d.label);
  });
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
