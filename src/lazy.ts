// The parts loaded on first interaction, as one classic script (global `Timeline`): the source
// tooltip, the copy dialog and copying, the embed's height reporting, and the month-by-month
// list for large data sets.
import './components/source-tooltip';
import './components/copy-dialog';
export { mountMonthView } from './list/month-view';
export { startEmbedChild } from './embed/embed-child';
export { copyLink, showToCopy } from './app/copy-text';
export { embedSnippet } from './url/embed-snippet';
