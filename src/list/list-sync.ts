import type { TimelineChart, SelectDetail } from '../components/timeline-chart';

/**
 * Keeps the server-rendered event list and the chart in step: the item being read in the
 * list is outlined on the chart, selecting on the chart marks and scrolls to its item, and an
 * item's title link selects the event on the chart instead of reloading the page.
 */
export function syncList(scroller: HTMLElement, chart: TimelineChart): void {
  const items = new Map<string, HTMLElement>();
  for (const li of scroller.querySelectorAll<HTMLElement>('li.event[data-id]')) items.set(li.dataset.id!, li);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  let fromChart = 0;

  // The topmost item in view is the one being read.
  const inView = new Set<HTMLElement>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) (e.isIntersecting ? inView.add(e.target as HTMLElement) : inView.delete(e.target as HTMLElement));
      if (Date.now() - fromChart < 800) return;
      let top: HTMLElement | undefined;
      for (const el of inView) if (!top || el.compareDocumentPosition(top) & Node.DOCUMENT_POSITION_FOLLOWING) top = el;
      chart.currentId = top?.dataset.id ?? null;
    },
    { root: scroller, rootMargin: '0px 0px -60% 0px' },
  );
  for (const li of items.values()) observer.observe(li);

  chart.addEventListener('timeline-select', (e) => {
    const { id } = (e as CustomEvent<SelectDetail>).detail;
    for (const li of scroller.querySelectorAll('li[aria-current]')) li.removeAttribute('aria-current');
    const li = id ? items.get(id) : undefined;
    if (!li) return;
    li.setAttribute('aria-current', 'true');
    fromChart = Date.now();
    chart.currentId = null;
    // Scroll only the list, never the page, so the chart stays where the reader is looking.
    const top = scroller.scrollTop + li.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
    scroller.scrollTo({ top, behavior: reduceMotion ? 'auto' : 'smooth' });
  });

  scroller.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a.event-link');
    const li = link?.closest<HTMLElement>('li.event');
    if (!link || !li || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    chart.select(li.dataset.id!, { center: true, focus: true, cause: 'pointer' });
  });
}
