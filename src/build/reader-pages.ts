import type { TimelineModel } from '../data/timeline-model';
import type { Correction, TimelineData, TimelineEvent } from '../data/types';
import { STANCE_WORDING } from '../data/wording';
import { STANCES } from '../data/types';
import { formatEventDate, formatPublished, publishedDateTime } from '../time/date-label';
import { html, type Raw } from '../render/html';
import { relocate } from './html-rewrite';
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
    data.updated ? html`Last updated <time datetime="${data.updated}">${formatPublished(data.updated)}</time>. ` : ''
  }<a href="./${READER_PAGES.corrections}">Corrections (${corrections})</a> <a href="./${READER_PAGES.method}">How this timeline was made</a></p>`;
}

/** Fills `<!--timeline:reader-links-->` in a page (once per page; dev server and build alike). */
export function fillReaderLinks(page: string, data: TimelineData, model: TimelineModel<TimelineEvent>): string {
  return page.replace('<!--timeline:reader-links-->', () => renderReaderLinks(data, allCorrections(model).length).value);
}

/** The corrections page's main content: every correction with its date, event, change and reason. */
export function renderCorrections(data: TimelineData, model: TimelineModel<TimelineEvent>, hrefFor: (id: string) => string): Raw {
  const entries = allCorrections(model);
  return html`<h1>Corrections</h1>
<p class="dek">Every change made to an event after it was published, newest first: when, what changed and why.${
    data.updated ? html` The data was last updated on <time datetime="${data.updated}">${formatPublished(data.updated)}</time>.` : ''
  }</p>
${
  entries.length
    ? html`<ol class="corrections-list">${entries.map(
        ({ event, correction: c }) => html`<li class="correction" data-id="${event.id}"><p class="meta"><time datetime="${c.date}">${formatPublished(c.date)}</time> · <a href="${hrefFor(event.id)}">${event.title}</a> (${formatEventDate(event.date)})</p>
<p>${c.change}</p><p class="why">Why: ${c.reason}</p></li>`,
      )}</ol>`
    : html`<p>No event has been corrected.</p>`
}`;
}

/** The "How this timeline was made" page's main content. */
export function renderMethod(data: TimelineData): Raw {
  const texts = data.texts ?? [];
  return html`<h1>How this timeline was made</h1>
<p class="dek">What the events are read from, how their dates and claims are written down, and how to tell us about an error.</p>
<h2>The texts</h2>
${
  texts.length
    ? html`<p>The events are read from ${texts.length === 1 ? 'one news text' : html`${texts.length} news texts`}; each event names the text it comes from. Summaries are in our own words; only short statements by named officials are quoted, and attributed.</p>
<ul class="texts">${texts.map(
        (t) => html`<li><strong>${t.outlet}</strong>, ${t.url ? html`<a href="${t.url}" rel="noopener noreferrer">${t.headline}</a>` : html`<cite>${t.headline}</cite>`}, <time datetime="${publishedDateTime(t.published)}">${formatPublished(t.published)}</time>. ${t.origin}${
          t.dating ? html` <span class="dating">Dates: ${t.dating}</span>` : ''
        }</li>`,
      )}</ul>`
    : html`<p>Every event names the article text it is read from.</p>`
}
<h2>Dates</h2>
<p>A date is given only as precisely as a text allows. Relative dates ("on Monday", "last month", "later this week") are read from the text's own publication date, as set out above for each text; where the publication date is itself uncertain, so is every date read from it. A date is shown as a day; a month; a year; a window ("early November 2022"); a deadline ("by 31 December 2022"); or "before" a day ("before late February 2022"). On the chart, anything less precise than a day is drawn as a soft span over the whole time it may cover. A "before" date with no known earliest day is drawn over the month before its bound; the span says only that it was before. When a text gives no date and another report does, the event says where the date comes from.</p>
<h2>Sources and verified links</h2>
<p>Each event lists the reports it comes from: the text it was read from, and the upstream reports that text cites, where they could be found. A link is verified when its page was seen in a stored copy. A link that was not is still given, when it is the likely address, but marked "Link not verified". When a report could not be found, the event says so rather than guess an address.</p>
<h2>Claims and stances</h2>
<p>Each claim names who makes it and how:</p>
<dl class="stances">${STANCES.map((s) => html`<dt>${STANCE_WORDING[s].label}</dt><dd>The speaker ${STANCE_WORDING[s].means}</dd>`)}</dl>
<h2>Disagreements</h2>
<p>Where the texts, or the reports they cite, differ on a date, a figure, a claim or an outcome, the event shows both sides and says what each counts or claims. Figures are compared only when they count the same thing: a figure given as "more than" is a lower bound, and is not set against a larger count of something else. A denial is set against a claim only when both are about the same thing.</p>
<h2>Corrections</h2>
<p>When an event is changed after publication, it carries a "Corrected" mark, and the change, its date and the reason are shown with the event and on the <a href="../${READER_PAGES.corrections}">corrections page</a>. Events keep their address: links to them keep working.</p>
<h2>Reporting an error</h2>
<p>Use "Copy link" on the event and send the link to the publisher of this page, with the passage of a source that shows the error. Every correction is recorded where readers can see it.</p>`;
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
    ${head(/<link rel="icon"[^>]*>/)}${head(/<link rel="stylesheet"[^>]*>/g)}${renderAlternates(path, ed.edition, ed.editions, ed.siteUrl)}
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
    { fileName: `${prefix}${READER_PAGES.corrections}index.html`, source: page(READER_PAGES.corrections, 'Corrections', renderCorrections(data, model, hrefFor)) },
    // The method page links to the corrections page itself (already relative to its own folder).
    { fileName: `${prefix}${READER_PAGES.method}index.html`, source: page(READER_PAGES.method, 'How this timeline was made', renderMethod(data)) },
  ];
}
