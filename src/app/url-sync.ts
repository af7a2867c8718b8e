import type { SelectDetail, TimelineChart } from '../components/timeline-chart';
import { withView } from '../url/links';
import type { ViewRequest } from '../url/view-request';

const TIMELINE_PARAMS = /[?&](event|date|from|to|kind|actor|outlet|q|lanes)=|#timeline=/;

/**
 * Keeps the address in step with the selection and the view (`opts.view`: filter, search, lanes), with `history.replaceState` (never
 * `pushState`, so Back leaves the page) at most a few times a second; and moves the timeline
 * when an in-page link changes the query or hash (the page itself listens for `hashchange`).
 */
export function syncUrl(chart: TimelineChart, onLinkChange: () => void, opts: { write: boolean; minInterval?: number; view?: () => ViewRequest }): { refresh(): void } {
  const minInterval = opts.minInterval ?? 350;
  let last = 0;
  let timer = 0;
  let pending: string | null | undefined;

  const write = () => {
    timer = 0;
    last = performance.now();
    if (pending === undefined) return;
    // The selection, with the filter, search and lanes the reader chose.
    const next = withView(location.href, { ...opts.view?.(), ...(pending ? { event: pending } : {}) });
    pending = undefined;
    if (next === location.href) return;
    try {
      history.replaceState(history.state, '', next);
    } catch {
      // A sandboxed frame (opaque origin) may refuse; the link still works, the address just stays.
    }
  };

  const schedule = (id: string | null) => {
    pending = id;
    if (!timer) timer = window.setTimeout(write, Math.max(0, minInterval - (performance.now() - last)));
  };
  if (opts.write) {
    chart.addEventListener('timeline-select', (e) => {
      const { id, cause } = (e as CustomEvent<SelectDetail>).detail;
      if (cause !== 'program') schedule(id);
    });
    // A reader who picked an event before this part had loaded.
    if (chart.selectedId && chart.lastCause !== 'program') schedule(chart.selectedId);
  }

  // An in-page link to a date or event on this same page moves the timeline instead of reloading.
  document.addEventListener('click', (e) => {
    const a = (e.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || a.target) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname || !TIMELINE_PARAMS.test(url.search + url.hash)) return;
    e.preventDefault();
    try {
      history.replaceState(history.state, '', url.href);
    } catch {
      return;
    }
    onLinkChange();
  });
  // The reader changed the filter, search or lanes: the address follows (with the selection kept).
  return { refresh: () => opts.write && schedule(chart.selectedId) };
}
