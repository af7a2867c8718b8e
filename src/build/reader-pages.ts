import type { TimelineModel } from '../data/timeline-model';
import type { Correction, TimelineData, TimelineEvent } from '../data/types';
import { stanceWording } from '../data/wording';
import { STANCES } from '../data/types';
import { formatEventDate, formatPublished, publishedDateTime } from '../time/date-label';
import { html, type Raw } from '../render/html';
import { relocate } from './html-rewrite';
import { messageMarkup } from '../render/message-markup';
import { msg, str } from '../i18n/msg';
import { formatNumber, plural } from '../i18n/plural';
import type { Edition } from '../time/locale-dates';
import { EDITION_DIRECTIONS, editionPrefix } from '../render/edition-pages';
import { languageSwitchFor } from '../render/language-switch';
import { renderAlternates } from '../render/page-meta';

// The pages a reader consults about the timeline itself: every correction, and how it was made.
// The plugin calls `readerPageFiles` once and `fillReaderLinks` on each page; nothing else here
// knows about Vite.

/** Where the two pages live, from the site's root. */
export const READER_PAGES = { corrections: 'corrections/', method: 'method/' } as const;

/** A correction with the event it belongs to. */
export interface CorrectionEntry {
  event: TimelineEvent;
  correction: Correction;
}

/** Every correction in the data, newest first (ties in the timeline's date order). */
export function allCorrections(model: TimelineModel<TimelineEvent>): CorrectionEntry[] {
  const out = model.events.flatMap((c) => (c.event.corrections ?? []).map((correction) => ({ event: c.event, correction })));
  // Array.prototype.sort is stable: entries of the same day keep date order.
  return out.sort((a, b) => (a.correction.date < b.correction.date ? 1 : a.correction.date > b.correction.date ? -1 : 0));
}

/**
 * The line under the timeline that says when the data last changed and links to the reader
 * pages: relative to the site's root, as `./…` (event pages relocate it).
 */
export function renderReaderLinks(data: Pick<TimelineData, 'updated'>, corrections: number): Raw {
  return html`<p class="site-links">${
    data.updated ? html`${messageMarkup(msg('Last updated {0}.', { id: 'reader.updated' }), [html`<time datetime="${data.updated}">${formatPublished(data.updated)}</time>`])} ` : ''
  }<a href="./${READER_PAGES.corrections}">${msg(str`Corrections (${formatNumber(corrections)})`, { id: 'reader.corrections.link' })}</a> <a href="./${READER_PAGES.method}">${msg('How this timeline was made', { id: 'reader.method' })}</a></p>`;
}

/** Fills `<!--timeline:reader-links-->` in a page (once per page; dev server and build alike). */
export function fillReaderLinks(page: string, data: TimelineData, model: TimelineModel<TimelineEvent>): string {
  return page.replace('<!--timeline:reader-links-->', () => renderReaderLinks(data, allCorrections(model).length).value);
}

/** The corrections page's main content: every correction with its date, event, change and reason. */
export function renderCorrections(data: TimelineData, model: TimelineModel<TimelineEvent>, hrefFor: (id: string) => string): Raw {
  const entries = allCorrections(model);
  return html`<h1>${msg('Corrections', { id: 'reader.corrections' })}</h1>
<p class="dek">${msg('Every change made to an event after it was published, newest first: when, what changed and why.', { id: 'reader.corrections.dek' })}${
    data.updated ? html` ${messageMarkup(msg('The data was last updated on {0}.', { id: 'reader.corrections.updated' }), [html`<time datetime="${data.updated}">${formatPublished(data.updated)}</time>`])}` : ''
  }</p>
${
  entries.length
    ? html`<ol class="corrections-list">${entries.map(
        ({ event, correction: c }) => html`<li class="correction" data-id="${event.id}"><p class="meta"><time datetime="${c.date}">${formatPublished(c.date)}</time> · <a href="${hrefFor(event.id)}">${event.title}</a> (${formatEventDate(event.date)})</p>
<p>${c.change}</p><p class="why">${msg(str`Why: ${c.reason}`, { id: 'corrected.why' })}</p></li>`,
      )}</ol>`
    : html`<p>${msg('No event has been corrected.', { id: 'reader.corrections.none' })}</p>`
}`;
}

/** The "How this timeline was made" page's main content. */
export function renderMethod(data: TimelineData): Raw {
  const texts = data.texts ?? [];
  return html`<h1>${msg('How this timeline was made', { id: 'reader.method' })}</h1>
<p class="dek">${msg('What the events are read from, how their dates and claims are written down, and how to tell us about an error.', { id: 'method.dek' })}</p>
<h2>${msg('The texts', { id: 'method.texts' })}</h2>
${
  texts.length
    ? html`<p>${textsSentence(texts.length)} ${msg('Summaries are in our own words; only short statements by named officials are quoted, and attributed.', { id: 'method.texts.quotes' })}</p>
<ul class="texts">${texts.map(
        (t) => html`<li><strong>${t.outlet}</strong>, ${t.url ? html`<a href="${t.url}" rel="noopener noreferrer">${t.headline}</a>` : html`<cite>${t.headline}</cite>`}, <time datetime="${publishedDateTime(t.published)}">${formatPublished(t.published)}</time>. ${t.origin}${
          t.dating ? html` <span class="dating">${msg(str`Dates: ${t.dating}`, { id: 'method.texts.dating' })}</span>` : ''
        }</li>`,
      )}</ul>`
    : html`<p>${msg('Every event names the article text it is read from.', { id: 'method.texts.none' })}</p>`
}
<h2>${msg('Dates', { id: 'method.dates' })}</h2>
<p>${msg('A date is given only as precisely as a text allows. Relative dates ("on Monday", "last month", "later this week") are read from the text\'s own publication date, as set out above for each text; where the publication date is itself uncertain, so is every date read from it. A date is shown as a day; a month; a year; a window ("early November 2022"); a deadline ("by 31 December 2022"); or "before" a day ("before late February 2022"). On the chart, anything less precise than a day is drawn as a soft span over the whole time it may cover. A "before" date with no known earliest day is drawn over the month before its bound; the span says only that it was before. When a text gives no date and another report does, the event says where the date comes from.', { id: 'method.dates.text' })}</p>
<h2>${msg('Sources and verified links', { id: 'method.sources' })}</h2>
<p>${msg('Each event lists the reports it comes from: the text it was read from, and the upstream reports that text cites, where they could be found. A link is verified when its page was seen in a stored copy. A link that was not is still given, when it is the likely address, but marked "Link not verified". When a report could not be found, the event says so rather than guess an address.', { id: 'method.sources.text' })}</p>
<h2>${msg('Claims and stances', { id: 'method.claims' })}</h2>
<p>${msg('Each claim names who makes it and how:', { id: 'method.claims.text' })}</p>
<dl class="stances">${STANCES.map((s) => html`<dt>${stanceWording(s).label}</dt><dd>${msg(str`The speaker ${stanceWording(s).means}`, { id: 'method.claims.stance' })}</dd>`)}</dl>
<h2>${msg('Disagreements', { id: 'method.disputes' })}</h2>
<p>${msg('Where the texts, or the reports they cite, differ on a date, a figure, a claim or an outcome, the event shows both sides and says what each counts or claims. Figures are compared only when they count the same thing: a figure given as "more than" is a lower bound, and is not set against a larger count of something else. A denial is set against a claim only when both are about the same thing.', { id: 'method.disputes.text' })}</p>
<h2>${msg('Corrections', { id: 'reader.corrections' })}</h2>
<p>${messageMarkup(msg('When an event is changed after publication, it carries a "Corrected" mark, and the change, its date and the reason are shown with the event and on the {0}. Events keep their address: links to them keep working.', { id: 'method.corrections.text' }), [html`<a href="../${READER_PAGES.corrections}">${msg('corrections page', { id: 'method.corrections.link' })}</a>`])}</p>
<h2>${msg('Reporting an error', { id: 'method.errors' })}</h2>
<p>${msg('Use "Copy link" on the event and send the link to the publisher of this page, with the passage of a source that shows the error. Every correction is recorded where readers can see it.', { id: 'method.errors.text' })}</p>`;
}

/** The method page's first words on the texts: 'The events are read from 3 news texts; each event names the text it comes from.' */
function textsSentence(count: number): string {
  if (count === 1) return msg('The events are read from one news text; each event names the text it comes from.', { id: 'method.texts.single' });
  const n = formatNumber(count);
  return plural(count, {
    one: msg(str`The events are read from ${n} news text; each event names the text it comes from.`, { id: 'method.texts.one' }),
    few: msg(str`The events are read from ${n} news texts; each event names the text it comes from.`, { id: 'method.texts.few' }),
    many: msg(str`The events are read from ${n} news texts; each event names the text it comes from.`, { id: 'method.texts.many' }),
    other: msg(str`The events are read from ${n} news texts; each event names the text it comes from.`, { id: 'method.texts.other' }),
  });
}

/** Which edition a reader page is written for, and which editions there are (for its alternates and language switch). */
export interface ReaderPageEdition {
  edition: Edition;
  editions: readonly Edition[];
  siteUrl?: string;
}

const ENGLISH_ONLY: ReaderPageEdition = { edition: 'en', editions: ['en'] };

/** A stand-alone page one folder below its edition's root (`path`), with the main page's head (policy, styles, icon). */
function shell(mainPage: string, data: TimelineData, title: string, main: Raw, path: string, ed: ReaderPageEdition): string {
  const head = (re: RegExp) => mainPage.match(re)?.join('') ?? '';
  return `<!doctype html>
${ed.edition === 'en' ? '<html lang="en">' : `<html lang="${ed.edition}" dir="${EDITION_DIRECTIONS[ed.edition]}">`}
  <head>
    <meta charset="utf-8" />
    ${head(/<meta http-equiv="Content-Security-Policy"[^>]*>/)}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${html`${title} – ${data.title}`.value}</title>
    <meta name="description" content="${html`${title}: ${data.title}`.value}" />
    ${head(/<link rel="icon"[^>]*>/)}${head(/<link rel="stylesheet"[^>]*>/g)}${renderAlternates(path, ed.editions, ed.siteUrl)}
  </head>
  <body>
    <header class="masthead">${languageSwitchFor(path, ed.edition, ed.editions)}<p class="site-name"><a href="./">${html`${data.title}`.value}</a></p></header>
    <main class="reader-page">
${main.value}
    </main>
    <footer class="colophon"><!--timeline:reader-links--></footer>
  </body>
</html>
`;
}

/**
 * The reader pages as files for the bundle: `corrections/index.html` and `method/index.html`,
 * built around the main page's head (its links still relative to its edition's root, `./`).
 * `eventPages` says whether events have pages of their own. An edition other than English
 * (`ed`) writes them under its prefix (`fa/corrections/index.html`), from its localized data.
 */
export function readerPageFiles(mainPage: string, data: TimelineData, model: TimelineModel<TimelineEvent>, eventPages: boolean, ed = ENGLISH_ONLY): { fileName: string; source: string }[] {
  const hrefFor = (id: string) => (eventPages ? `./events/${encodeURIComponent(id)}/` : `./?event=${encodeURIComponent(id)}`);
  const prefix = editionPrefix(ed.edition);
  const page = (path: string, title: string, main: Raw) => relocate(fillReaderLinks(shell(mainPage, data, title, main, path, ed), data, model), '../', prefix ? '../../' : '../');
  return [
    { fileName: `${prefix}${READER_PAGES.corrections}index.html`, source: page(READER_PAGES.corrections, msg('Corrections', { id: 'reader.corrections' }), renderCorrections(data, model, hrefFor)) },
    // The method page links to the corrections page itself (already relative to its own folder).
    { fileName: `${prefix}${READER_PAGES.method}index.html`, source: page(READER_PAGES.method, msg('How this timeline was made', { id: 'reader.method' }), renderMethod(data)) },
  ];
}
