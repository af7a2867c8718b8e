// The part the page wires right after its first draw, at idle (or at once in a frame, or on the
// first sign of interaction with the chart), as one classic script (global `Timeline`): the event
// cards, the overview strip, the address and list sync, the embed's sizing, the details store and
// the filters a link asks for. What waits for the reader's first interaction is in interaction.ts.
import './i18n/page-catalogue';
import { setUpPart } from './app/part-setup';
import { readPageEdition } from './i18n/page-edition';
import { carryViewOnSwitch } from './app/switch-view';
import './components/event-card';
import './components/timeline-overview';
export { syncList } from './list/list-sync';
export { syncUrl } from './app/url-sync';
export { presentCards, placeCards, revealCard } from './components/card-presenter';
export { startEmbedChild } from './embed/embed-child';
export { chunkedDetails, inlineDetails } from './data/details-store';
export { applyFind, facetsOf } from './app/shown-view';
export { checkFilter } from './view/check-filter';

setUpPart(document);
// A translated page says which texts its translation lacks: the cards mark them as English.
readPageEdition(document);
// The language switch takes the reader's current view along to the other edition.
carryViewOnSwitch(document, location);
export { awaitInteraction } from './app/interaction-wait';
