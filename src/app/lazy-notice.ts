import { msg } from '../i18n/msg';

/** What the reader is told when the interactive parts (sources in the tooltip, dialogs) cannot load. */
export const lazyFailed = (): string =>
  msg('Part of the timeline could not load, so sources and dialogs may not open. The list below has every event and source; reloading the page may help.', { id: 'notice.lazy-failed' });

/** What the month list says when a month's events cannot load. */
export const monthFailed = (): string => msg('This month’s events could not load. Choose the month again, or reload the page.', { id: 'notice.month-failed' });
