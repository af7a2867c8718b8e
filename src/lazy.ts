// The parts loaded on first interaction, as one classic script (global `Timeline`): the event
// cards, the copy dialog and copying, the embed's sizing and the embed builder, and the month-by-month
// list for large data sets.
import { pageEdition } from './i18n/page-catalogue';
import { rememberFormatted, useDateEdition, type FormattedDates } from './time/date-label';
import { readPageEdition } from './i18n/page-edition';
import { carryViewOnSwitch } from './app/switch-view';
import './components/event-card';
import './components/copy-dialog';
import './components/timeline-overview';
export { mountMonthView } from './list/month-view';
export { syncList } from './list/list-sync';
export { syncUrl } from './app/url-sync';
export { presentCards, placeCards, revealCard } from './components/card-presenter';
export { startEmbedChild } from './embed/embed-child';
export { copyLink } from './app/copy-text';
export { openEmbedBuilder } from './app/embed-builder-open';
export { shareLink } from './url/links';
export { chunkedDetails, inlineDetails } from './data/details-store';
export { applyFind, facetsOf } from './app/shown-view';
export { checkFilter } from './view/check-filter';
export { wireFilterForm } from './app/filter-form';
export { inlineSearch, chunkedSearch } from './search/search-loader';
export { viewLink } from './url/links';

// This part has its own copy of the date formatting: it takes over the dates the build formatted
// for the first view too (the overview's brush names them), so nothing sets up Intl while the page loads.
useDateEdition(pageEdition(document));
const formatted = document.getElementById('timeline-dates')?.textContent;
if (formatted) rememberFormatted(JSON.parse(formatted) as FormattedDates);
// A translated page says which texts its translation lacks: the cards mark them as English.
readPageEdition(document);
// The language switch takes the reader's current view along to the other edition.
carryViewOnSwitch(document, location);
