import type { Edition } from '../time/locale-dates';

// Where each edition's pages live and how they are written: English at the site's root, every
// other edition the same pages under its language (`fa/`, `ru/`, `uk/`).

/** Each edition's name in its own language, as the language switch shows it. */
export const EDITION_NAMES: Record<Edition, string> = { en: 'English', fa: 'فارسی', ru: 'Русский', uk: 'Українська' };

/** Each edition's writing direction, for `<html dir>`. */
export const EDITION_DIRECTIONS: Record<Edition, 'ltr' | 'rtl'> = { en: 'ltr', fa: 'rtl', ru: 'ltr', uk: 'ltr' };

/**
 * Where an edition's pages live, from the site's root.
 *
 * @example editionPrefix('en') // ''
 * @example editionPrefix('fa') // 'fa/'
 */
export function editionPrefix(edition: Edition): string {
  return edition === 'en' ? '' : `${edition}/`;
}

/**
 * A relative link from one page to another, both given from the site's root (`fa/events/x/`,
 * `embed.html`, `` for the main page): up to the root and down again. Below the root it never
 * starts with `./`, so `relocate` (which moves a page's `./` links) leaves it as it is.
 *
 * @example linkBetween('fa/events/x/', 'events/x/') // '../../../events/x/'
 * @example linkBetween('', 'fa/') // './fa/'
 * @example linkBetween('fa/embed.html', 'ru/embed.html') // '../ru/embed.html'
 */
export function linkBetween(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return depth === 0 ? `./${to}` : `${'../'.repeat(depth)}${to}`;
}
