import type { TimelineChart } from '../components/timeline-chart';
import type { TimelineModel } from '../data/timeline-model';
import type { TimelineEvent } from '../data/types';
import type { LargeIndex } from '../data/large-index';
import type { PageContext } from './page-context';
import type { FindState } from './find-state';
import type { Selection } from '../view/select-events';
import { wireFilterForm } from './filter-form';
import { chunkedSearch, inlineSearch } from '../search/search-loader';
import { copyLink } from './copy-text';
import { viewLink } from '../url/links';
import { mountMonthView } from '../list/month-view';

/** What the interaction part wires on the page, and how it reaches the page's find state. */
export interface InteractionPage {
  chart: TimelineChart;
  /** The whole model. */
  model: TimelineModel;
  ctx: PageContext;
  form: HTMLFormElement | null;
  /** The list's scroll box, and the large-data list in it (or null). */
  scroller: HTMLElement | null;
  months: HTMLElement | null;
  /** A large data set's compact index (its search index loads as a script), else null and the events in full. */
  index: LargeIndex | null | undefined;
  events: readonly TimelineEvent[] | undefined;
  state: () => FindState;
  set: (next: FindState) => void;
  /** Shows an event in the list and marks it (list-sync.ts). */
  reveal: (id: string) => void;
}

/**
 * Wires what the interaction part brings to the page: the filter bar (search, actor and source,
 * lanes, Show all, Copy link to this view) and the large-data list. Returns the bar, which the
 * page tells what is shown, or null when the page has none.
 */
export function wireInteraction(page: InteractionPage): { update(state: FindState, selection: Selection | null): void } | null {
  const { chart, model, ctx, form, scroller, months, index, events } = page;
  const bar = form
    ? wireFilterForm(form, {
        chart,
        model,
        list: scroller,
        search: index ? chunkedSearch(index, ctx.assetsUrl) : inlineSearch(events ?? []),
        state: page.state,
        set: page.set,
        copyView: () => copyLink(viewLink({ ...page.state(), window: chart.visibleWindow() ?? undefined, event: chart.selectedId ?? undefined }, ctx)),
      })
    : null;
  if (months && chart.details) mountMonthView(months, model, chart.details, (id) => `./?event=${encodeURIComponent(id)}`, page.reveal);
  return bar;
}
