// A lean D3 timeline: the benchmark's baseline. One <circle> per event, an axis, and d3-zoom
// with its defaults; every zoom event moves every circle. The data is fetched from ./data.json.
import { select } from 'd3-selection';
import { scaleLinear } from 'd3-scale';
import { zoom } from 'd3-zoom';
import { axisBottom } from 'd3-axis';

const DAY = 86_400_000;
const KINDS = ['delivery', 'agreement', 'strike', 'report', 'statement', 'denial', 'forecast'];
const HEIGHT = 240;
const AXIS_Y = HEIGHT - 24;

const day = (s) => Date.parse(`${s}T00:00:00Z`);

/** The instant an event is drawn at (the middle of its day, month or window). */
function timeOf(d) {
  switch (d.precision) {
    case 'day':
      return day(d.day) + DAY / 2;
    case 'month': {
      const start = day(`${d.month}-01`);
      const next = new Date(start);
      next.setUTCMonth(next.getUTCMonth() + 1);
      return (start + next.getTime()) / 2;
    }
    case 'approximate':
      return (day(d.start) + day(d.end) + DAY) / 2;
    default:
      return day(d.by) + DAY / 2;
  }
}

const fmt = (ms) => {
  const d = new Date(ms);
  return d.getUTCMonth() === 0 && d.getUTCDate() === 1 ? String(d.getUTCFullYear()) : d.toISOString().slice(0, 10);
};

async function main() {
  const data = await (await fetch('./data.json')).json();
  const events = data.events.map((e) => ({ t: timeOf(e.date), k: KINDS.indexOf(e.kind) }));
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    if (e.t < lo) lo = e.t;
    if (e.t > hi) hi = e.t;
  }
  const pad = Math.max((hi - lo) * 0.04, 3 * DAY);

  const svg = select('#chart');
  const width = svg.node().getBoundingClientRect().width;
  const x0 = scaleLinear().domain([lo - pad, hi + pad]).range([0, width]);
  const axis = axisBottom(x0).ticks(width / 100).tickFormat(fmt);
  const gAxis = svg.append('g').attr('transform', `translate(0,${AXIS_Y})`).call(axis);
  const laneH = (AXIS_Y - 20) / KINDS.length;
  const circles = svg
    .append('g')
    .selectAll('circle')
    .data(events)
    .join('circle')
    .attr('class', (d) => `k${d.k}`)
    .attr('r', 5)
    .attr('cy', (d) => 14 + d.k * laneH + laneH / 2)
    .attr('cx', (d) => x0(d.t));

  svg.call(
    zoom().on('zoom', (e) => {
      const x = e.transform.rescaleX(x0);
      circles.attr('cx', (d) => x(d.t));
      gAxis.call(axis.scale(x));
    }),
  );

  document.getElementById('status').textContent = `${events.length} events`;
  performance.mark('timeline:first-draw');
  svg.attr('data-drawn', '');
}

main();
