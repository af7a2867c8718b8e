import { pageEdition } from '../i18n/page-catalogue';
import { rememberFormatted, useDateEdition, type FormattedDates } from '../time/date-label';

/**
 * Sets up a lazily loaded part's own copy of the date formatting (each classic script carries its
 * own): the page's edition, and the dates the build formatted for the first view, so nothing sets
 * up Intl while the page loads.
 */
export function setUpPart(doc: Document): void {
  useDateEdition(pageEdition(doc));
  const formatted = doc.getElementById('timeline-dates')?.textContent;
  if (formatted) rememberFormatted(JSON.parse(formatted) as FormattedDates);
}
