import { axisBottom } from 'd3-axis';
import type { ScaleLinear } from 'd3-scale';
import type { Selection } from 'd3-selection';
import { tickPlan, tickValues } from './ticks';

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
