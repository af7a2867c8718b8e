import type { TimelineChart, SelectDetail } from '../components/timeline-chart';

/**
 * Keeps the server-rendered event list and the chart in step: the item being read in the
 * list is outlined on the chart, selecting on the chart marks and scrolls to its item, and an
 * item's title link selects the event on the chart instead of reloading the page.
 */
export function syncList(scroller: HTMLElement, chart: TimelineChart): { reveal(id: string): void } {
  const item = (id: string) => scroller.querySelector<HTMLElement>(`li.event[data-id="${CSS.escape(id)}"]`);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  let fromChart = 0;
  // Nothing is outlined until the reader scrolls the list: on load, the first item is not "being read".
  let readerScrolled = false;
  scroller.addEventListener('scroll', () => (readerScrolled ||= Date.now() - fromChart > 800), { passive: true });

  // The topmost item in view is the one being read.
  const inView = new Set<HTMLElement>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) (e.isIntersecting ? inView.add(e.target as HTMLElement) : inView.delete(e.target as HTMLElement));
      if (!readerScrolled || Date.now() - fromChart < 800) return;
      let top: HTMLElement | undefined;
      for (const el of inView) if (!top || el.compareDocumentPosition(top) & Node.DOCUMENT_POSITION_FOLLOWING) top = el;
      chart.currentId = top?.dataset.id ?? null;
    },
    { root: scroller, rootMargin: '0px 0px -60% 0px' },
  );
  const watch = () => {
    inView.clear();
    observer.disconnect();
    for (const li of scroller.querySelectorAll<HTMLElement>('li.event[data-id]')) observer.observe(li);
  };
  watch();
  // The large-data list renders items later, a month at a time: watch those too.
  new MutationObserver(watch).observe(scroller, { childList: true, subtree: true });

  const clearCurrent = () => {
    for (const li of scroller.querySelectorAll('li[aria-current]')) li.removeAttribute('aria-current');
  };
  const reveal = (id: string) => {
    clearCurrent();
    const li = item(id);
    if (!li) {
      // Not rendered (large data): ask the list to show it; it calls reveal again.
      scroller.dispatchEvent(new CustomEvent('list-reveal', { detail: { id } }));
      return;
    }
    li.setAttribute('aria-current', 'true');
    fromChart = Date.now();
    chart.currentId = null;
    // Scroll only the list, never the page, so the chart stays where the reader is looking.
    const top = scroller.scrollTop + li.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 8;
    scroller.scrollTo({ top, behavior: reduceMotion ? 'auto' : 'smooth' });
  };
  chart.addEventListener('timeline-select', (e) => {
    const { id } = (e as CustomEvent<SelectDetail>).detail;
    if (id) reveal(id);
    else clearCurrent();
  });

  scroller.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a.event-link');
    const li = link?.closest<HTMLElement>('li.event');
    if (!link || !li || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    // Select and centre it on the chart; no card: the item in the list already shows the whole record.
    chart.select(li.dataset.id!, { center: true, cause: 'pointer' });
  });
  return {
    reveal: (id) => {
      if (item(id)) reveal(id);
    },
  };
}
