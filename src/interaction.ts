// The part nothing needs until the reader interacts, as a second classic script (global
// `TimelineInteraction`), loaded on the first interaction or when one of its features is first
// used: the copy dialog and copying, the embed builder, the filter bar and the search, and the
// month-by-month list of large data sets.
import './i18n/page-catalogue';
import { setUpPart } from './app/part-setup';
export { wireInteraction } from './app/interaction-wiring';
export { copyLink } from './app/copy-text';
export { openEmbedBuilder } from './app/embed-builder-open';
export { shareLink } from './url/links';

setUpPart(document);
