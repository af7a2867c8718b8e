import '../../src/components/timeline-chart';
import type { TimelineChart } from '../../src/components/timeline-chart';
import { buildModel, type TimelineModel } from '../../src/data/timeline-model';
import type { TimelineData, TimelineEvent } from '../../src/data/types';
import { syncList } from '../../src/list/list-sync';
import { inlineDetails } from '../../src/data/details-store';
import { renderEventList } from '../../src/render/event-list';
import { until } from './input';

let data: TimelineData | undefined;

/** The real data file, as the site ships it. */
export async function realData(): Promise<TimelineData> {
  data ??= (await (await fetch('/data/events.json')).json()) as TimelineData;
  return data;
}

export interface Mounted {
  chart: TimelineChart;
  model: TimelineModel<TimelineEvent>;
  list: HTMLElement;
  root: HTMLElement;
  shadow: ShadowRoot;
}

/**
 * Builds the page the way index.html does (chart, then the server-rendered list in its
 * scroller, kept in step) with a tall spacer below so the page can scroll.
 */
export async function mountTimeline(opts: { width?: number } = {}): Promise<Mounted> {
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
  document.title = 'Timeline test page';
  for (const href of ['/src/styles/theme.css', '/src/styles/page.css']) {
    if (document.querySelector(`link[href="${href}"]`)) continue;
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    document.head.append(link);
    await new Promise((r) => link.addEventListener('load', r, { once: true }));
  }
  const root = document.createElement('main');
  if (opts.width) root.style.width = `${opts.width}px`;
  const model = buildModel(await realData());
  root.innerHTML = `<h1>Timeline</h1><timeline-chart label="Timeline of the reported events"></timeline-chart>
    <section><h2 id="list-h">Every event</h2><div class="list-scroll" tabindex="0" role="region" aria-labelledby="list-h">${renderEventList(model.events, (id) => `?event=${id}`).value}</div></section>
    <div class="spacer"></div>`;
  document.body.append(root);
  const list = root.querySelector<HTMLElement>('.list-scroll')!;
  list.style.cssText = 'max-height: 300px; overflow-y: auto; position: relative';
  (root.querySelector('.spacer') as HTMLElement).style.height = '3000px';
  const chart = root.querySelector('timeline-chart')!;
  chart.model = model;
  chart.details = inlineDetails(model.events.map((e) => e.event));
  syncList(list, chart);
  await until(() => chart.hasAttribute('data-drawn'), 'the first draw');
  return { chart, model, list, root, shadow: chart.shadowRoot! };
}

/** The mark element of an event, if drawn. */
export function mark(m: Mounted, id: string): SVGGElement | null {
  return m.shadow.querySelector<SVGGElement>(`g.mark[data-id="${CSS.escape(id)}"]`);
}

/** The zoom scale the chart reports. */
export function zoomK(m: Mounted): number {
  return Number(m.shadow.querySelector('svg.chart')!.getAttribute('data-k'));
}

/** Zooms the chart to scale `k` (1 is the whole span) and waits until it is there. */
export async function zoomTo(m: Mounted, k: number): Promise<void> {
  m.chart.zoomBy(k / zoomK(m));
  await until(() => Math.abs(zoomK(m) - k) < 0.01, `zoom x${k}`);
}
