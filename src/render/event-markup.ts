import type { Correction, Source, TimelineEvent } from '../data/types';
import { kindLabel } from '../chart/kinds';
import { dateTimeAttr, formatEventDate, formatPublished, publishedDateTime } from '../time/date-label';
import { disagreementLabel, figureText, stanceLabel } from '../data/wording';
import { sourceHost } from '../url/source-url';
import { msg, str } from '../i18n/msg';
import type { TranslatedPart } from '../data/localize-event';

/** What a template here interpolates: text, numbers, nothing, or markup made by the same tag. */
export type MarkupValue<R> = R | string | number | false | null | undefined | readonly R[];

/**
 * A tagged template that escapes what it interpolates: the build's `html` (render/html.ts),
 * which writes the list into the page, or Lit's, which renders the same markup in the browser
 * (the tooltip, and the list of large data sets). One template, so the two cannot drift apart.
 */
export type Markup<R> = (strings: TemplateStringsArray, ...values: MarkupValue<R>[]) => R;

/**
 * How an edition shows an event (see localize-event.ts): the texts its translation lacks, which
 * stay in English and are marked `lang="en"`, and its date as the edition writes it. On a
 * translated page the texts that are never translated (headlines, quotes, notes, corrections)
 * are marked English too. Without it the English edition's markup is written.
 */
export interface EventEdition {
  /** The page is a translation of the English edition (not English itself). */
  translated: boolean;
  /** The texts left in English. */
  english: readonly TranslatedPart[];
  /** The event's date in the edition's language and calendar; else `formatEventDate`. */
  date?: string;
}

/** Text in English on a translated page, marked so (a reader's voice and hyphenation follow `lang`) and isolated left to right (its full stops stay at its end in a Persian page); else the text. */
function english<R>(h: Markup<R>, text: string, yes: boolean | undefined): R | string {
  return yes ? h`<span lang="en" dir="ltr">${text}</span>` : text;
}

/** Whether a text of the event is shown in English on a translated page. */
const leftInEnglish = (local: EventEdition | undefined, part: TranslatedPart) => Boolean(local?.translated && local.english.includes(part));

function sourceMarkup<R>(h: Markup<R>, s: Source, en = false): R {
  // The host, in ASCII, beside the link: where it goes, whatever its text or look-alike letters show.
  // Names, headlines, hosts and URLs are isolated (<bdi>, dir="auto"), so Latin text in a
  // right-to-left page (or Persian in a left-to-right one) never scrambles what is around it.
  const headline = s.url
    ? h`<a href="${s.url}" rel="noopener noreferrer" target="_blank" dir="auto">${english(h, s.headline, en)}</a> <span class="host">(<bdi>${sourceHost(s.url)}</bdi>)</span>`
    : h`<cite dir="auto">${english(h, s.headline, en)}</cite>`;
  return h`<li><strong><bdi>${s.outlet}</bdi></strong>, ${headline}, <time datetime="${publishedDateTime(s.published)}">${formatPublished(s.published)}</time>.${
    s.url ? h` <span class="url" dir="ltr">${s.url}</span>` : ''
  }${s.url && s.verified === false ? h` <span class="caveat">${msg('Link not verified.', { id: 'source.unverified' })}</span>` : ''}${
    s.note ? h` <span class="caveat">${english(h, s.note, en)}</span>` : ''
  }${
    // A quote keeps its original wording in every edition.
    s.quote
      ? en
        ? h`<blockquote lang="en"><p dir="auto">“${s.quote.text}”</p><footer><bdi>${s.quote.by}</bdi></footer></blockquote>`
        : h`<blockquote><p dir="auto">“${s.quote.text}”</p><footer><bdi>${s.quote.by}</bdi></footer></blockquote>`
      : ''
  }</li>`;
}

/** A mark beside the date of an event that has been corrected; nothing otherwise. */
export function correctedMark<R>(h: Markup<R>, e: Pick<TimelineEvent, 'corrections'>): R | '' {
  return e.corrections?.length ? h` · <span class="corrected-mark">${msg('Corrected', { id: 'corrected' })}</span>` : '';
}

/** One correction: when, what changed, and why. */
export function correctionMarkup<R>(h: Markup<R>, c: Correction, en = false): R {
  // The reason may be marked English inside the translated "Why: …": the message is split where it goes.
  const [before, after = ''] = msg(str`Why: ${'\u0000'}`, { id: 'corrected.why' }).split('\u0000');
  return h`<li><time datetime="${c.date}">${formatPublished(c.date)}</time>: ${english(h, c.change, en)} <span class="why">${before}${english(h, c.reason, en)}${after}</span></li>`;
}

/** The event's corrections, dated, for its card and list item; nothing when there are none. `en`: they are English on a translated page. */
export function correctionsMarkup<R>(h: Markup<R>, e: Pick<TimelineEvent, 'corrections'>, en = false): R | '' {
  return e.corrections?.length ? h`<p class="sub corrected">${msg('Corrected', { id: 'corrected' })}</p><ul class="corrections">${e.corrections.map((c) => correctionMarkup(h, c, en))}</ul>` : '';
}

/** At the top of a card: that the event was corrected, and when last; nothing otherwise. */
export function correctedFlag<R>(h: Markup<R>, e: Pick<TimelineEvent, 'corrections'>): R | '' {
  const last = e.corrections?.[e.corrections.length - 1];
  return last ? h`<p class="corrected-flag"><span class="corrected-mark">${msg('Corrected', { id: 'corrected' })}</span> ${msg(str`${formatPublished(last.date)}: see the end of this entry.`, { id: 'corrected.flag' })}</p>` : '';
}

/**
 * Summary, figures, claims, disagreements, sources and corrections of an event. `flag` puts a
 * "Corrected" line first (the card); the list item carries its mark beside the date instead.
 */
export function eventBodyMarkup<R>(h: Markup<R>, e: TimelineEvent, flag = true, local?: EventEdition): R {
  const en = (part: TranslatedPart) => leftInEnglish(local, part);
  return h`${flag ? correctedFlag(h, e) : ''}<p class="summary">${english(h, e.summary, en('summary'))}</p>
${e.figures?.length ? h`<p class="sub">${msg('Figures', { id: 'card.figures' })}</p><ul class="figures">${e.figures.map((f) => h`<li>${english(h, figureText(f), en('figures'))}</li>`)}</ul>` : ''}
${e.claims?.length ? h`<p class="sub">${msg('Claims', { id: 'card.claims' })}</p><ul class="claims">${e.claims.map((c) => h`<li><span class="stance stance-${c.stance}">${stanceLabel(c)}:</span> <bdi>${c.by}</bdi>: ${english(h, c.text, en('claims'))}</li>`)}</ul>` : ''}
${e.disagreements?.length ? e.disagreements.map((d) => h`<p class="dispute"><strong>${disagreementLabel(d)}.</strong> ${english(h, d.note, en('disagreements'))}</p>`) : ''}
<p class="sub">${msg('Sources', { id: 'card.sources' })}</p><ul class="sources">${e.sources.map((s) => sourceMarkup(h, s, local?.translated))}</ul>
${correctionsMarkup(h, e, local?.translated)}`;
}

/**
 * One list item: the event's date, title, body, and a "Copy link" button that the script
 * reveals. `idPrefix` keeps element ids unique when the same event appears twice on a page.
 */
export function eventItemMarkup<R>(h: Markup<R>, e: TimelineEvent, href: string, idPrefix = '', local?: EventEdition): R {
  return h`<li class="event kind-${e.kind}" id="${idPrefix}event-${e.id}" data-id="${e.id}">
<article aria-labelledby="${idPrefix}title-${e.id}">
<p class="meta"><span class="kind">${kindLabel(e.kind)}</span> · <time datetime="${dateTimeAttr(e.date)}">${local?.date ?? formatEventDate(e.date)}</time>${correctedMark(h, e)}</p>
<h3 id="${idPrefix}title-${e.id}"><a class="event-link" href="${href}" dir="auto">${english(h, e.title, leftInEnglish(local, 'title'))}</a></h3>
<div class="body">${eventBodyMarkup(h, e, false, local)}</div>
<p class="actions"><button type="button" class="copy-link" data-id="${e.id}">${msg('Copy link', { id: 'card.copy' })}<span class="visually-hidden"> ${msg('to this event', { id: 'card.copy.hidden' })}</span></button></p>
</article>
</li>`;
}
