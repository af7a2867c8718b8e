import { html, type Raw } from './html';
import { messageMarkup } from './message-markup';
import { msg } from '../i18n/msg';

/**
 * The static words of index.html (headings, the chart's label, the noscript notice, the embed
 * button, the footer…), by the key of their placeholder `<!--timeline:text:KEY-->`: the build
 * writes them in the language `msg()` answers in, so every edition's page is written from the
 * same template. Functions, so each page gets the catalogue in use when it is written.
 */
const PAGE_TEXT: Record<string, () => string | Raw> = {
  'data-json': () => msg("The timeline's data (JSON)", { id: 'page.data.json' }),
  'data-csv': () => msg("The timeline's data (CSV, for spreadsheets)", { id: 'page.data.csv' }),
  'chart-heading': () => msg('Timeline', { id: 'page.chart.heading' }),
  'chart-label': () => msg('Timeline of the reported events', { id: 'page.chart.label' }),
  noscript: () => msg('The interactive timeline needs JavaScript. Every event and its sources are listed below.', { id: 'page.noscript' }),
  'embed-button': () => msg('Embed this timeline', { id: 'embed.heading' }),
  'open-full': () => msg('Open the full timeline, with every event and source', { id: 'page.open-full' }),
  'list-heading': () => msg('Every event, in date order', { id: 'page.list.heading' }),
  footer: () =>
    messageMarkup(msg('Each event is drawn from news reports and links to them; where sources disagree, both are shown. The data is open: {0}, or {1} for a spreadsheet.', { id: 'page.footer' }), [
      html`<a href="./events.json">events.json</a>`,
      html`<a href="./events.csv">events.csv</a>`,
    ]),
};

/**
 * Fills every `<!--timeline:text:KEY-->` of a page with its words, escaped (in text or in a quoted
 * attribute alike); an unknown key is a mistake in the template and fails the build.
 */
export function fillPageText(page: string): string {
  return page.replace(/<!--timeline:text:([a-z-]+)-->/g, (_, key: string) => {
    const text = PAGE_TEXT[key];
    if (!text) throw new Error(`index.html: no page text for <!--timeline:text:${key}-->`);
    return html`${text()}`.value;
  });
}
