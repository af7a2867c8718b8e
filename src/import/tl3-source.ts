import type { Source } from '../data/types';
import { isWebUrl } from '../data/semantic-rules';
import { sourceUrlProblem } from '../url/source-url';
import { plainLine, plainText } from './plain-text';
import { text, type Tl3Slide } from './tl3-format';

/** Outlet name of a source TimelineJS3 gives no link for. */
export const NO_SOURCE_OUTLET = 'TimelineJS3 import';

/** What a source is built from: the slide's media, and what the event already knows. */
export interface SourceContext {
  /** The event's title, the source's headline when the media has no caption. */
  title: string;
  /** The event's (first) year: it stands in for the unknown publication date. */
  year: string;
  /** The imported file, as our `article` field spells a text's name. */
  article: string;
}

const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** A media "url" as a web link, or why it cannot be one. */
function mediaLink(raw: string): { url: string; note?: string } | { reason: string } {
  if (raw.startsWith('<')) {
    const shown = cut(plainLine(raw).text, 200);
    return { reason: `the media is embedded HTML, not a link; it is not imported${shown ? ` (its text: ${JSON.stringify(shown)})` : ''}` };
  }
  let url = raw;
  let note: string | undefined;
  if (url.startsWith('//')) {
    url = `https:${url}`;
    note = `the protocol-relative media link ${raw} is read as ${url}`;
  }
  if (!/^https?:\/\//i.test(url)) return { reason: `the media ${JSON.stringify(raw)} is not an absolute http(s) link (a path on the TimelineJS3 page's own site?); it is not imported` };
  const problem = sourceUrlProblem(url);
  if (problem) return { reason: `the media link ${raw} ${problem.message.replace(/;.*/, '')}; it is not imported` };
  if (!isWebUrl(url)) return { reason: `the media link ${raw} is not a usable web address; it is not imported` };
  return { url, note };
}

/** The host a link names, without "www.". */
const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/**
 * The source an imported event cites. TimelineJS3 has no sources; the nearest thing is a slide's
 * media link, so that becomes the source (outlet: its host; headline: the caption, else the
 * event's title; its credit in the note). Without a usable link the source is a placeholder
 * (outlet "TimelineJS3 import") whose note asks the editor to replace it. Either way the
 * publication date is unknown: the event's year stands in, and the note says so. `verified` is
 * false: nobody has checked the link.
 *
 * @example slideSource({ url: 'https://youtu.be/x', credit: 'CNN' }, { title: 'Rehab', year: '2004', article: 'houston.json' }).source
 * // { outlet: 'youtu.be', headline: 'Rehab', published: '2004', url: 'https://youtu.be/x', verified: false, article: 'houston.json', note: '… credited to "CNN" …' }
 */
export function slideSource(media: Tl3Slide['media'], ctx: SourceContext): { source: Source; notes: string[] } {
  const notes: string[] = [];
  const m = media && typeof media === 'object' ? media : {};
  const credit = plainLine(text(m.credit));
  const caption = plainLine(text(m.caption));
  if (credit.links.length) notes.push(`the media credit's links (${credit.links.join(', ')}) are left out; its words are kept in the source's note`);
  if (caption.links.length) notes.push(`the media caption's links (${caption.links.join(', ')}) are left out`);
  const raw = text(m.url);
  const link = raw ? mediaLink(raw) : null;
  if (link && 'reason' in link) notes.push(link.reason);
  if (link && 'url' in link) {
    if (link.note) notes.push(link.note);
    notes.push(`the media itself is not shown (our timeline has no pictures, video or maps); its link ${link.url} becomes the event's source`);
  }
  const credited = credit.text ? `, credited to “${cut(credit.text, 150)}”` : '';
  const dated = `Its publication date is not known: the event's year, ${ctx.year}, stands in.`;
  const source: Source =
    link && 'url' in link
      ? {
          outlet: cut(host(link.url), 120),
          headline: cut(caption.text || ctx.title, 300),
          published: ctx.year,
          url: link.url,
          verified: false,
          article: ctx.article,
          note: cut(`Imported from TimelineJS3: the slide's media${credited}. ${dated}`, 400),
        }
      : {
          outlet: NO_SOURCE_OUTLET,
          headline: cut(caption.text || ctx.title, 300),
          published: ctx.year,
          article: ctx.article,
          note: cut(`Placeholder: the TimelineJS3 slide names no source${credited ? ` (its media is${credited.slice(1)})` : ''}. Replace it with the report this event is read from. ${dated}`, 400),
        };
  if (!(link && 'url' in link)) notes.push(`it names no source: a placeholder source ("${NO_SOURCE_OUTLET}") stands in; replace it`);
  for (const k of ['thumbnail', 'alt', 'title', 'link', 'link_target'] as const)
    if (text(m[k])) notes.push(`the media's "${k}" ${JSON.stringify(cut(text(m[k]), 120))} is not imported`);
  for (const k of Object.keys(m))
    if (!['url', 'credit', 'caption', 'thumbnail', 'alt', 'title', 'link', 'link_target'].includes(k) && text(m[k]) !== '')
      notes.push(`the media's "${k}" (${JSON.stringify(m[k])}) is not imported`);
  return { source, notes };
}

/** The plain text of a caption, for a title or a summary that has nothing else. */
export const captionText = (media: Tl3Slide['media']) => (media && typeof media === 'object' ? plainText(text(media.caption)).text : '');
