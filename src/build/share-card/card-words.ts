import { msg, str } from '../../i18n/msg';
import type { Edition } from '../../time/locale-dates';

/*
 * The fixed words of a share card and of its text alternative, through msg() so each edition's
 * catalogue has them (the build switches the catalogue with useCatalogue before planning an
 * edition's cards). Counts pick their form with Intl.PluralRules for the edition's language:
 * one id per CLDR category the four languages use (English few and many read as other).
 */

/** The CLDR plural category of `n` in an edition's language. */
function category(n: number, edition: Edition): Intl.LDMLPluralRule {
  return new Intl.PluralRules(edition).select(n);
}

/** A count in the edition's digits: "1,234" in English, "۱٬۲۳۴" in Persian. */
export function cardNumber(n: number, edition: Edition): string {
  return n.toLocaleString(edition === 'en' ? 'en-GB' : edition);
}


/** "Source: The Hill, 18 October 2022", with how many other sources there are. */
export function sourceWords(outlet: string, published: string, others: number, edition: Edition): string {
  if (others === 0) return msg(str`Source: ${outlet}, ${published}`, { id: 'card.source' });
  const n = cardNumber(others, edition);
  switch (category(others, edition)) {
    case 'one':
      return msg(str`Source: ${outlet}, ${published}, and ${n} more source`, { id: 'card.source.more.one' });
    case 'few':
      return msg(str`Source: ${outlet}, ${published}, and ${n} more sources`, { id: 'card.source.more.few' });
    case 'many':
      return msg(str`Source: ${outlet}, ${published}, and ${n} more sources`, { id: 'card.source.more.many' });
    default:
      return msg(str`Source: ${outlet}, ${published}, and ${n} more sources`, { id: 'card.source.more.other' });
  }
}

/** The timeline card's first line: "A timeline of 33 events, January 2022 – May 2023". */
export function timelineOfWords(count: number, span: string, edition: Edition): string {
  if (count === 0) return msg('A timeline', { id: 'card.timeline' });
  const n = cardNumber(count, edition);
  switch (category(count, edition)) {
    case 'one':
      return msg(str`A timeline of ${n} event, ${span}`, { id: 'card.timeline-of.one' });
    case 'few':
      return msg(str`A timeline of ${n} events, ${span}`, { id: 'card.timeline-of.few' });
    case 'many':
      return msg(str`A timeline of ${n} events, ${span}`, { id: 'card.timeline-of.many' });
    default:
      return msg(str`A timeline of ${n} events, ${span}`, { id: 'card.timeline-of.other' });
  }
}

/** An event card's text alternative: what it shows, in words. */
export function eventAltWords(kind: string, date: string, title: string, timeline: string): string {
  return msg(str`${kind}, ${date}: ${title}. Marked on a strip of the timeline “${timeline}”.`, { id: 'card.alt.event' });
}

/** The timeline card's text alternative; `n` is `count` as the edition writes it. */
export function timelineAltWords(title: string, count: number, n: string, edition: Edition): string {
  switch (category(count, edition)) {
    case 'one':
      return msg(str`${title}: the timeline’s ${n} event marked on a strip over its span.`, { id: 'card.alt.timeline.one' });
    case 'few':
      return msg(str`${title}: the timeline’s ${n} events marked on a strip over its span.`, { id: 'card.alt.timeline.few' });
    case 'many':
      return msg(str`${title}: the timeline’s ${n} events marked on a strip over its span.`, { id: 'card.alt.timeline.many' });
    default:
      return msg(str`${title}: the timeline’s ${n} events marked on a strip over its span.`, { id: 'card.alt.timeline.other' });
  }
}
