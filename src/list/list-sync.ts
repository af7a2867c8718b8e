import type { TimelineChart, SelectDetail } from '../components/timeline-chart';

/** Where the list is read: what covers the top of the screen (a sticky chart), and whether it is stuck there. */
export interface ListLayout {
  /** The y (px, in the viewport) under which the list can be seen. */
  topOfView?: () => number;
  /** The chart is stuck at the top: scrolling the page to an item does not move it. */
  chartStuck?: () => boolean;
}

/**
 * Keeps the server-rendered event list and the chart in step: the item being read in the
 * list is outlined on the chart, selecting on the chart marks and scrolls to its item, and an
 * item's title link selects the event on the chart instead of reloading the page.
 */
export function syncList(scroller: HTMLElement, chart: TimelineChart, layout: ListLayout = {}): { reveal(id: string): void } {
  const item = (id: string) => scroller.querySelector<HTMLElement>(`li.event[data-id="${CSS.escape(id)}"]`);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const topOfView = () => Math.max(0, layout.topOfView?.() ?? 0);
  // A list in its own scroll box (short screens), or one read by scrolling the page under a sticky chart.
  const boxed = () => scroller.scrollHeight > scroller.clientHeight + 1;
  let fromChart = 0;
  // Nothing is outlined until the reader scrolls the list: on load, the first item is not "being read".
  let readerScrolled = false;
  let frame = 0;
  const onScroll = () => {
    readerScrolled ||= Date.now() - fromChart > 800;
    if (!readerScrolled || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (Date.now() - fromChart < 800) return;
      // The item being read is the one at the top of what is in sight: under the sticky chart, inside the list.
      const box = scroller.getBoundingClientRect();
      const y = Math.max(box.top, topOfView()) + 16;
      if (y > Math.min(box.bottom, innerHeight)) return;
      const li = document.elementFromPoint(box.left + Math.min(24, box.width / 2), y)?.closest<HTMLElement>('li.event[data-id]');
      if (li && scroller.contains(li)) chart.currentId = li.dataset.id!;
    });
  };
  scroller.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('scroll', onScroll, { passive: true });

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
    const boxedList = boxed();
    // Scroll only the list, never the page, so the chart stays where the reader is looking; or, when
    // the list is read under the sticky chart, the page (the chart stays put).
    if (!boxedList && !layout.chartStuck?.()) return;
    const target: HTMLElement | Window = boxedList ? scroller : window;
    const off = () => li.getBoundingClientRect().top - (boxedList ? scroller.getBoundingClientRect().top : topOfView()) - 8;
    const place = (behavior: ScrollBehavior) => target.scrollTo({ top: (boxedList ? scroller.scrollTop : scrollY) + off(), behavior });
    // A long way off, the list jumps (a smooth scroll across many screens is only a blur); nearby, it glides.
    const far = Math.abs(off()) > 2 * (boxedList ? scroller.clientHeight : innerHeight);
    place(reduceMotion || far ? 'auto' : 'smooth');
    // Things move as the list scrolls (item bodies laid out as they come near, a card, a month of
    // the list rendering): once there, correct the aim, a few times at most.
    let tries = 0;
    const settle = () => {
      if (Math.abs(off()) <= 4 || tries++ >= 5) return;
      place('auto');
      setTimeout(settle, 60);
    };
    target.addEventListener('scrollend', settle, { once: true });
    // (No scrollend comes when nothing had to move, or after a jump.)
    setTimeout(settle, far ? 60 : 1200);
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
