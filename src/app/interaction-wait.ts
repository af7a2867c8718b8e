declare const __INTERACTION_SCRIPT__: string | undefined;

// Captured while the lazy part's own script runs: the interaction part sits beside it.
const base = (document.currentScript as HTMLScriptElement | null)?.src;

/** What the page shows that the interaction part drives (see load-lazy.ts). */
export interface InteractionViews {
  /** The filter bar, wired by the interaction part. */
  form: HTMLFormElement | null;
  /** The list's scroll box. */
  scroller: HTMLElement | null;
  /** The large-data list (filled by the interaction part), or null. */
  months: HTMLElement | null;
}

/**
 * Keeps what the reader does with the parts the interaction part drives until it is here, and
 * asks for it (`load`) when one of them is used: presses on the filter bar's buttons are held,
 * Enter in its search box stays on the page, and the large-data list asks for it when it comes
 * near the screen or when the chart asks it to show an event. `release`, once the part has wired
 * them, replays the held presses and the last event the list was asked to show. Meanwhile the
 * part is downloaded, not run (a prefetch), so the page works offline once loaded.
 */
export function awaitInteraction({ form, scroller, months }: InteractionViews, load: () => void): { release(): void } {
  if (typeof __INTERACTION_SCRIPT__ === 'string' && base) {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = new URL(__INTERACTION_SCRIPT__, base).href;
    document.head.append(link);
  }
  const held = new Set<HTMLElement>();
  let revealWanted: string | null = null;
  const onClick = (e: Event) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLElement>('button.copy-view, button.clear, button.match-step') : null;
    if (button) held.add(button);
  };
  const onSubmit = (e: Event) => e.preventDefault();
  const onReveal = (e: Event) => {
    revealWanted = (e as CustomEvent<{ id: string }>).detail.id;
    load();
  };
  form?.addEventListener('click', onClick);
  form?.addEventListener('submit', onSubmit);
  let near: IntersectionObserver | undefined;
  if (months && scroller) {
    near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '50% 0px' });
    near.observe(months);
    scroller.addEventListener('list-reveal', onReveal);
  }
  return {
    release() {
      form?.removeEventListener('click', onClick);
      form?.removeEventListener('submit', onSubmit);
      near?.disconnect();
      scroller?.removeEventListener('list-reveal', onReveal);
      for (const button of held) if (button.isConnected && !button.hidden) button.click();
      held.clear();
      if (revealWanted && months) scroller?.dispatchEvent(new CustomEvent('list-reveal', { detail: { id: revealWanted } }));
      revealWanted = null;
    },
  };
}
