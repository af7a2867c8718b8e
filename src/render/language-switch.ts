import { msg } from '../i18n/msg';
import type { Edition } from '../time/locale-dates';
import { EDITION_NAMES, editionPrefix, linkBetween } from './edition-pages';
import { html, type Raw } from './html';

/** One edition of the page the reader is on: its language and the link to it. */
export interface EditionLink {
  edition: Edition;
  href: string;
}

/**
 * The language switch in the masthead: the same page in every edition, each link named in its
 * own language and marked with it (`lang`, `hreflang`), the reader's own edition as the current
 * page. Written by the build, so it works without script. Nothing when there is one edition.
 *
 * @example renderLanguageSwitch('fa', [{ edition: 'en', href: '../' }, { edition: 'fa', href: './' }])
 */
export function renderLanguageSwitch(current: Edition, links: readonly EditionLink[]): Raw | '' {
  if (links.length < 2) return '';
  // Links side by side, a space between: it reads well before (and without) any style sheet.
  const items = links.map(({ edition, href }) =>
    edition === current
      ? html`<a href="${href}" lang="${edition}" hreflang="${edition}" aria-current="page">${EDITION_NAMES[edition]}</a>`
      : html`<a href="${href}" lang="${edition}" hreflang="${edition}">${EDITION_NAMES[edition]}</a>`,
  );
  return html`<nav class="language-switch" aria-label="${msg('Language', { id: 'edition.switch-label' })}">${items.map((a, i) => (i ? html` ${a}` : a))}</nav>`;
}

/**
 * The language switch of a page that every edition has (`path` from the edition's root, as
 * `pagePath` gives it), with links relative to where the current edition's copy is written.
 *
 * @example languageSwitchFor('events/x/', 'fa', ['en', 'fa']) // links '../../../events/x/' and '../../../fa/events/x/'
 */
export function languageSwitchFor(path: string, current: Edition, editions: readonly Edition[]): Raw | '' {
  const from = editionPrefix(current) + path;
  return renderLanguageSwitch(current, editions.map((edition) => ({ edition, href: linkBetween(from, editionPrefix(edition) + path) })));
}
