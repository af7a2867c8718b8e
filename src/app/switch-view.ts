// The language switch keeps the reader's view: the build writes each link to the same page in
// another edition without a query (it cannot know one); once the lazy part is here, a link takes
// the page's current query and fragment (`?date=`, `?event=`, filters) as the reader goes to use it.

/**
 * A link to another edition's page carrying the current view: its own query and fragment are
 * replaced by the page's.
 *
 * @example carryView('../fa/', '?event=x', '') // '../fa/?event=x'
 * @example carryView('../fa/?event=y#a', '', '') // '../fa/'
 */
export function carryView(href: string, search: string, hash: string): string {
  return `${href.replace(/[?#].*$/, '')}${search}${hash}`;
}

/**
 * Makes the page's language switch carry the current view: each link is brought up to date when
 * the reader is about to follow or copy it (pointer down, click, focus, context menu), by
 * delegation from the switch itself.
 */
export function carryViewOnSwitch(doc: Document, loc: Pick<Location, 'search' | 'hash'>): void {
  const nav = doc.querySelector('nav.language-switch');
  if (!nav) return;
  const update = (e: Event) => {
    const a = e.target instanceof Element ? e.target.closest('a[hreflang]') : null;
    const href = a?.getAttribute('href');
    if (a && href !== null && href !== undefined) a.setAttribute('href', carryView(href, loc.search, loc.hash));
  };
  for (const type of ['pointerdown', 'click', 'auxclick', 'contextmenu', 'focusin']) nav.addEventListener(type, update);
}
