import type { Selection } from 'd3-selection';
import { chipLabel, chipWidth, type Frame } from './frame';
import { kindLabel, kindPath } from './kinds';
import { formatEventDate } from '../time/date-label';
import { msg, str } from '../i18n/msg';
import { fitText } from './label-layout';
import { plotText } from './plot-text';
import { setAttr, setClass, setText } from './dom-write';
import type { EventDate } from '../data/types';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Geometry shared by the drawing functions. */
export interface Geometry {
  laneY: (lane: number) => number;
  /** The width of a label's text, as drawn. */
  measure: (text: string) => number;
  /** From a mark's centre to where its label starts: half a mark and a gap. */
  labelOffset: number;
  /** The gap between a mark (or its span) and its label. */
  labelGap: number;
}

export interface MarkState {
  selectedId: string | null;
  currentId: string | null;
  /** The id that takes the single tab stop (roving tabindex). */
  tabId: string | null;
  /** Events that match a search: highlighted, the others dimmed (null: no search). */
  matches?: ReadonlySet<string> | null;
}

function openStart(date: EventDate): boolean {
  return date.precision === 'before' && !date.after;
}


/**
 * Draws event marks as a keyed join on event id: shape and colour by kind, a soft span for
 * uncertain dates, a label where there is room. Run twice with the same input, same DOM.
 */
export function drawMarks(g: G, marks: Frame['marks'], state: MarkState, geo: Geometry): void {
  let tabTaken = false;
  g.selectAll<SVGGElement, Frame['marks'][number]>('g.event')
    .data(marks, (d) => d.key ?? d.item.event.id)
    .join((enter) => {
      const ev = enter.append('g').attr('class', (d) => `event kind-${d.item.event.kind}`);
      const m = ev
        .append('g')
        .attr('class', 'mark')
        .attr('role', 'button')
        .attr('data-id', (d) => d.item.event.id)
        .attr('aria-label', (d) => msg(str`${d.item.event.title}, ${formatEventDate(d.item.event.date)} (${kindLabel(d.item.event.kind)})`, { id: 'chart.mark' }));
      // (formatEventDate is cheap here: formatUtc remembers the dates it has formatted.)
      m.filter((d) => d.item.uncertain)
        .append('rect')
        // A "before" date with no earliest day: the span's start is drawn, not known.
        .attr('class', (d) => (openStart(d.item.event.date) ? 'span open-start' : 'span'))
        .attr('y', -7)
        .attr('height', 14)
        .attr('rx', 7);
      m.append('circle').attr('class', 'ring').attr('r', 13);
      m.append('path').attr('class', 'symbol').attr('d', (d) => kindPath(d.item.event.kind));
      // The visible label is a shortened title, outside the button: its accessible name has the whole title.
      ev.append('text').attr('class', 'label').attr('dy', '0.35em').attr('aria-hidden', 'true');
      return ev;
    })
    .each(function (d) {
      // (Only changes are written: every frame of a zoom runs this for every mark.)
      const id = d.item.event.id;
      setAttr(this, 'transform', `translate(${d.x.toFixed(1)},${geo.laneY(d.lane)})`);
      setClass(this, 'is-selected', id === state.selectedId);
      setClass(this, 'is-current', id === state.currentId);
      setClass(this, 'is-match', state.matches?.has(id) ?? false);
      setClass(this, 'is-dim', state.matches ? !state.matches.has(id) : false);
      const mark = this.firstElementChild as SVGGElement;
      // An event drawn in several lanes (by actor) takes the tab stop once.
      setAttr(mark, 'tabindex', id === state.tabId && !tabTaken ? ((tabTaken = true), '0') : '-1');
      const span = mark.querySelector('rect.span');
      if (span) {
        setAttr(span, 'x', (d.x0 - d.x).toFixed(1));
        setAttr(span, 'width', Math.max(14, d.x1 - d.x0).toFixed(1));
      }
      const label = this.lastElementChild as SVGTextElement;
      const text = d.labelRoom > 0 ? plotText(fitText(d.item.event.title, d.labelRoom, geo.measure)) : '';
      setText(label, text);
      // A label starts a gap after the mark or its span, whichever ends last (or, before the mark,
      // ends a gap before whichever starts first), as the layout placed it.
      const half = geo.labelOffset - geo.labelGap;
      // Inside a span, it starts after the mark or where the span enters the plot.
      const x = String(
        d.labelInside ? Math.max(half, d.x0 - d.x, -d.x) + geo.labelGap : d.labelLeft ? -(Math.max(d.x - d.x0, half) + geo.labelGap) : Math.max(d.x1 - d.x, half) + geo.labelGap,
      );
      setAttr(label, 'x', x);
      setAttr(label, 'text-anchor', d.labelLeft && !d.labelInside ? 'end' : 'start');
      setClass(label, 'inside', Boolean(d.labelInside));
    });
}

/**
 * Draws counted groups ("+12") on the overflow row for events that found no lane. Each chip is a
 * button (one tab stop for the row, unless `tabbable` is false; arrows move along it): focus or
 * hover lists its events, a click or Enter zooms into them. `describe` gives its accessible name.
 */
export function drawGroups(g: G, groups: Frame['groups'], geo: Geometry, lanes: number, describe: (group: Frame['groups'][number]) => string, tabbable = true): void {
  const y = geo.laneY(lanes);
  g.selectAll<SVGGElement, Frame['groups'][number]>('g.group')
    .data(groups, (d) => d.key)
    .join((enter) => {
      const m = enter.append('g').attr('class', 'group').attr('role', 'button');
      m.append('rect').attr('y', -9).attr('height', 18).attr('rx', 9);
      m.append('text').attr('dy', '0.35em').attr('text-anchor', 'middle').attr('aria-hidden', 'true');
      return m;
    })
    .each(function (d, i) {
      setAttr(this, 'transform', `translate(${d.x.toFixed(1)},${y})`);
      setAttr(this, 'data-lo', String(d.lo));
      setAttr(this, 'data-hi', String(d.hi));
      const tab = i === 0 && tabbable ? '0' : '-1';
      if (this.getAttribute('tabindex') !== tab && !this.matches(':focus')) this.setAttribute('tabindex', tab);
      setAttr(this, 'aria-label', describe(d));
      const r = chipWidth(d.count) / 2;
      const c = this.querySelector('rect');
      if (c) {
        setAttr(c, 'x', (-r).toFixed(1));
        setAttr(c, 'width', (2 * r).toFixed(1));
      }
      const t = this.querySelector('text');
      if (t) setText(t, chipLabel(d.count));
    });
}
