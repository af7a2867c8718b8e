import { create, type Selection } from 'd3-selection';
import { KINDS, type Kind } from '../data/types';
import { kindPath, kindLabel } from '../chart/kinds';
import { msg } from '../i18n/msg';
import { arrowStep, directionOf } from '../chart/keyboard';

/** The parts of the chart's shadow DOM that later updates touch. */
export interface ChartShell {
  svg: Selection<SVGSVGElement, unknown, null, undefined>;
  plot: HTMLDivElement;
  zoomIn: HTMLButtonElement;
  zoomOut: HTMLButtonElement;
  reset: HTMLButtonElement;
  prev: HTMLButtonElement;
  next: HTMLButtonElement;
  /** Zoomed in: how many events lie before and after the view, at the plot's edges; a click goes to the nearest. */
  before: HTMLButtonElement;
  after: HTMLButtonElement;
  hint: HTMLDivElement;
  description: HTMLParagraphElement;
  live: HTMLDivElement;
  /** The compact card (hover, focus). */
  peek: HTMLElement;
  /** The full card (opened by click, tap or Enter). */
  card: HTMLElement;
  /** The legend's toggles, one per kind. */
  kinds: Record<Kind, HTMLButtonElement>;
  /** The names of the lanes by actor, left of the plot. */
  laneNames: HTMLDivElement;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function legendSymbol(viewBox: string, cls: string | null): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', viewBox);
  svg.setAttribute('aria-hidden', 'true');
  if (cls) svg.setAttribute('class', cls);
  return svg;
}

/**
 * Builds the chart's static DOM once, into its shadow root: zoom buttons, legend (shape and
 * colour per kind, so colour is never the only cue; each kind a toggle that shows or hides it), the SVG with its layers, the scroll hint,
 * the two (lazily defined) event cards, the description and the polite live region. The full
 * card follows the plot, so on a narrow screen it sits right under it and Tab reaches it next.
 */
export function buildShell(root: ShadowRoot, label: string, height: number): ChartShell {
  const toolbar = root.appendChild(document.createElement('div'));
  toolbar.className = 'toolbar';
  const zoom = toolbar.appendChild(document.createElement('div'));
  zoom.className = 'zoom';
  zoom.setAttribute('role', 'group');
  zoom.setAttribute('aria-label', msg('Zoom', { id: 'chart.zoom' }));
  const button = (text: string, name: string | null, title: string) => {
    const b = zoom.appendChild(document.createElement('button'));
    b.type = 'button';
    b.textContent = text;
    b.title = title;
    if (name) b.setAttribute('aria-label', name);
    return b;
  };
  const zoomIn = button('+', msg('Zoom in', { id: 'chart.zoom-in' }), msg('Zoom in (+)', { id: 'chart.zoom-in.title' }));
  zoomIn.classList.add('zoom-in');
  const zoomOut = button('−', msg('Zoom out', { id: 'chart.zoom-out' }), msg('Zoom out (−)', { id: 'chart.zoom-out.title' }));
  const reset = button(msg('Reset', { id: 'chart.reset' }), null, msg('Show the whole timeline', { id: 'chart.reset.title' }));
  // Previous / Next step through the events in date order, opening each (as TimelineJS readers expect).
  const steps = toolbar.insertBefore(document.createElement('div'), zoom.nextSibling);
  steps.className = 'zoom steps';
  // Previous / Next move in time: left to right, as in the plot, in every edition.
  steps.dir = 'ltr';
  steps.setAttribute('role', 'group');
  steps.setAttribute('aria-label', msg('Step through the events', { id: 'chart.steps' }));
  const step = (text: string, title: string, cls: string) => {
    const b = steps.appendChild(document.createElement('button'));
    b.type = 'button';
    b.className = cls;
    b.textContent = text;
    b.title = title;
    return b;
  };
  const prev = step(msg('Previous', { id: 'chart.previous' }), msg('Previous event', { id: 'chart.previous.title' }), 'prev');
  const next = step(msg('Next', { id: 'chart.next' }), msg('Next event', { id: 'chart.next.title' }), 'next');

  // Arrows also move between the buttons of each group, in its reading direction (each button stays a tab stop).
  for (const group of [zoom, steps]) {
    group.addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
      const buttons = [...group.querySelectorAll('button')];
      const at = buttons.indexOf(e.target as HTMLButtonElement);
      const to = buttons[at + (arrowStep(e.key, directionOf(group)) ?? 0)];
      if (at < 0 || !to) return;
      e.preventDefault();
      to.focus();
    });
  }

  // The legend is also the filter by kind: each kind is a toggle (pressed: shown).
  const legend = toolbar.appendChild(document.createElement('ul'));
  legend.className = 'legend';
  legend.setAttribute('aria-label', msg('Kinds of event shown', { id: 'chart.legend' }));
  const kinds = {} as Record<Kind, HTMLButtonElement>;
  for (const k of KINDS) {
    const b = legend.appendChild(document.createElement('li')).appendChild(document.createElement('button'));
    b.type = 'button';
    b.dataset.kind = k;
    b.setAttribute('aria-pressed', 'true');
    const svg = b.appendChild(legendSymbol('-9 -9 18 18', `kind-${k}`));
    svg.appendChild(document.createElementNS(SVG_NS, 'path')).setAttribute('d', kindPath(k));
    b.append(kindLabel(k));
    // One tab stop for the legend; arrows move along it (the toolbar pattern).
    b.tabIndex = k === KINDS[0] ? 0 : -1;
    kinds[k] = b;
  }
  legend.addEventListener('keydown', (e) => {
    const at = KINDS.findIndex((k) => kinds[k] === e.target);
    // Arrows follow the reading direction: in a right-to-left page ArrowLeft goes to the next kind.
    const step = arrowStep(e.key, directionOf(legend));
    const to = step !== null ? at + step : ({ Home: 0, End: KINDS.length - 1 } as Record<string, number>)[e.key];
    if (at < 0 || to === undefined) return;
    e.preventDefault();
    const next = kinds[KINDS[(to + KINDS.length) % KINDS.length]];
    for (const b of Object.values(kinds)) b.tabIndex = b === next ? 0 : -1;
    next.focus();
  });
  const li = legend.appendChild(document.createElement('li'));
  const sample = li.appendChild(legendSymbol('0 -9 30 18', null)).appendChild(document.createElementNS(SVG_NS, 'rect'));
  for (const [k, v] of Object.entries({ class: 'span-sample', x: 1, y: -6, width: 28, height: 12, rx: 6 })) sample.setAttribute(k, String(v));
  li.append(msg('Date known only roughly', { id: 'chart.legend.span' }));

  const plot = root.appendChild(document.createElement('div'));
  plot.className = 'plot';
  // Time runs left to right in every edition, the Persian one too (see README): the plot, its
  // axis, lane names and edge buttons keep that direction inside a right-to-left page.
  plot.dir = 'ltr';
  const svg = create<SVGSVGElement>('svg') as unknown as ChartShell['svg'];
  svg
    .attr('class', 'chart')
    .attr('role', 'group')
    .attr('aria-roledescription', msg('timeline', { id: 'chart.roledescription' }))
    .attr('aria-label', label)
    .attr('aria-describedby', 'chart-desc')
    .attr('height', height);
  for (const layer of ['axis', 'day-mark', 'marks', 'groups']) svg.append('g').attr('class', layer);
  // The axis in two tiers: fine ticks, and a context row naming the month and year or the year.
  svg.select('g.axis').append('g').attr('class', 'fine');
  svg.select('g.axis').append('g').attr('class', 'context');
  plot.append(svg.node()!);
  const laneNames = plot.appendChild(document.createElement('div'));
  laneNames.className = 'lane-names';
  laneNames.setAttribute('aria-hidden', 'true');
  // A row under the plot, its height kept whether or not there is anything out of view.
  const edges = plot.appendChild(document.createElement('div'));
  edges.className = 'edges';
  const edge = (cls: string) => {
    const b = edges.appendChild(document.createElement('button'));
    b.type = 'button';
    b.className = `edge ${cls}`;
    b.hidden = true;
    return b;
  };
  const before = edge('before');
  const after = edge('after');
  const hint = plot.appendChild(document.createElement('div'));
  hint.className = 'hint';
  hint.hidden = true;
  const card = (variant: 'compact' | 'full') => {
    const el = root.appendChild(document.createElement('event-card'));
    el.setAttribute('variant', variant);
    return el;
  };
  const peek = card('compact');
  const full = card('full');

  const description = root.appendChild(document.createElement('p'));
  description.id = 'chart-desc';
  description.className = 'visually-hidden';
  const live = root.appendChild(document.createElement('div'));
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  return { svg, plot, zoomIn, zoomOut, reset, prev, next, before, after, hint, description, live, peek, card: full, kinds, laneNames };
}
