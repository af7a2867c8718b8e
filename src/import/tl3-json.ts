import type { Kind, TimelineData, TimelineEvent } from '../data/types';
import { readDates } from './tl3-date';
import { eventId, uniqueIds } from './event-id';
import { plainLine, plainText } from './plain-text';
import { asTimeline, text, type Tl3Slide } from './tl3-format';
import { captionText, slideSource } from './tl3-source';

/** Something of a TimelineJS3 file that did not come across as it was, and where. */
export interface ImportNote {
  /** Where it is: `title`, `events[3]`, `eras[0]`, `timeline`, or a sheet's `row 5`. */
  where: string;
  /** The slide's headline (plain text), when it has one. */
  headline?: string;
  /** True when the whole slide was left out; the message says why. */
  skipped?: boolean;
  message: string;
}

/** A TimelineJS3 timeline in our format, with everything that did not map. */
export interface ImportResult {
  /** Our data; `events` is empty when no slide could be imported (it does not validate then). */
  data: TimelineData;
  notes: ImportNote[];
}

/** How to import: the file's name (every source's `article`), the kind to give events, where each slide came from. */
export interface ImportOptions {
  /** The imported file's name, e.g. `timeline.json`: every source names it as its article. */
  file: string;
  /** Our format needs a kind; TimelineJS3 has none. Default `report`. */
  kind?: Kind;
  /** How to name each slide in notes (a sheet gives row numbers); default `events[i]`, `eras[i]`, `title`. */
  where?: { title?: string; events?: string[]; eras?: string[] };
}

/** The kind every imported event gets unless told otherwise. */
export const DEFAULT_KIND: Kind = 'report';

const LIMITS = { title: 200, description: 600, eventTitle: 5000, summary: 2000, actor: 120 };
/** Slide fields the import reads, or reports on their own; any other field is reported as not imported. */
const SLIDE_FIELDS = new Set(['start_date', 'end_date', 'display_date', 'text', 'media', 'group', 'background', 'unique_id', 'type']);

/** Cuts a text to a limit at a word boundary, with an ellipsis; says so in `notes`. */
function fit(s: string, max: number, what: string, notes: string[]): string {
  if (s.length <= max) return s;
  notes.push(`the ${what} is cut from ${s.length} to ${max} characters`);
  const cut = s.slice(0, max - 1);
  return `${cut.replace(/\s+\S*$/, '') || cut}…`;
}

/** The article name our format allows (`[A-Za-z0-9._-]`, at most 120), from a file path. */
export function articleName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? '';
  return base.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 120) || 'timelinejs3';
}

/** What a slide's background, type, unique id and unknown fields were, as notes. */
function otherFields(slide: Tl3Slide, notes: string[]): void {
  const bg = slide.background;
  if (bg && typeof bg === 'object') {
    const parts = Object.entries(bg).filter(([, v]) => text(v) !== '').map(([k, v]) => `${k} ${text(v)}`);
    if (parts.length) notes.push(`the background (${parts.join(', ')}) is not imported: our timeline has no slide backgrounds`);
  } else if (text(bg)) notes.push(`the background ${text(bg)} is not imported: our timeline has no slide backgrounds`);
  const t = slide.text && typeof slide.text === 'object' ? slide.text : {};
  for (const [k, v] of Object.entries(t)) if (k !== 'headline' && k !== 'text' && text(v) !== '') notes.push(`the text's "${k}" (${JSON.stringify(v).slice(0, 120)}) is not imported`);
  if (text(slide.type)) notes.push(`the slide type ${JSON.stringify(text(slide.type))} is not imported: our events have kinds, not slide types`);
  for (const [k, v] of Object.entries(slide))
    if (!SLIDE_FIELDS.has(k) && (typeof v === 'object' ? v !== null && Object.keys(v).length > 0 : text(v) !== ''))
      notes.push(`"${k}" (${JSON.stringify(v).slice(0, 120)}) is not imported`);
}

/** One slide as an event, or the reason it cannot be one; with what did not map. */
function importSlide(slide: Tl3Slide, where: string, options: ImportOptions): { event?: TimelineEvent; reason?: string; headline: string; notes: string[] } {
  const notes: string[] = [];
  const t = slide.text && typeof slide.text === 'object' ? slide.text : {};
  const head = plainLine(text(t.headline));
  const body = plainText(text(t.text));
  const dates = readDates(slide.start_date, slide.end_date, plainLine(text(slide.display_date)).text);
  notes.push(...dates.notes);
  if (!dates.ok) return { reason: dates.reason, headline: head.text, notes };

  if (head.links.length) notes.push(`the headline's links (${head.links.join(', ')}) keep their words only`);
  if (body.links.length) notes.push(`links in the text keep their words only: ${body.links.join(', ')}`);
  if (head.dropped.length + body.dropped.length) notes.push(`embedded ${[...new Set([...head.dropped, ...body.dropped])].map((d) => `<${d}>`).join(', ')} in the text are not imported`);

  const caption = captionText(slide.media);
  let title = head.text;
  if (!title) {
    title = plainLine(caption).text || plainLine(body.text.split('\n')[0] ?? '').text.slice(0, 100) || `Untitled (${where})`;
    notes.push(`it has no headline: the title is ${JSON.stringify(title)}, from ${caption ? 'the media caption' : body.text ? 'the start of the text' : 'its place in the file'}`);
  }
  title = fit(title, LIMITS.eventTitle, 'headline', notes);
  let summary = body.text;
  if (!summary) {
    summary = caption || title;
    notes.push(`it has no text: the summary repeats the ${caption ? 'media caption' : 'title'}`);
  }
  summary = fit(summary, LIMITS.summary, 'text', notes);

  const group = plainLine(text(slide.group)).text;
  const year = dates.key.slice(0, 4);
  const { source, notes: sourceNotes } = slideSource(slide.media, { title, year, article: articleName(options.file) });
  notes.push(...sourceNotes);
  otherFields(slide, notes);
  const event: TimelineEvent = {
    id: eventId(dates.key, title),
    date: dates.date,
    kind: options.kind ?? DEFAULT_KIND,
    title,
    summary,
    actors: group ? [fit(group, LIMITS.actor, 'group', notes)] : [],
    sources: [source],
  };
  if (text(slide.unique_id)) notes.push(`its unique_id ${JSON.stringify(text(slide.unique_id))} is not kept: the event's id is made from its date and headline`);
  return { event, headline: head.text, notes };
}

/** An era's name and dates, for the note that says it was not imported. */
function describeEra(era: Tl3Slide): string {
  const name = plainLine(text(era.text && typeof era.text === 'object' ? era.text.headline : '')).text;
  const when = [era.start_date, era.end_date].map((d) => (d && typeof d === 'object' ? [d.year, d.month, d.day].map(text).filter(Boolean).join('-') : '?')).join(' to ');
  return `${name ? JSON.stringify(name) : 'an era'} (${when})`;
}

/**
 * Imports a TimelineJS3 timeline (its JSON, parsed) into our data format, keeping what maps:
 * dates at their precision, headline as title, text as summary (plain text), the media link
 * and credit as a source, the group as an actor, the title slide as our title and description,
 * an id from date and headline. Every event gets `options.kind` (default `report`). Everything
 * that does not map (media, backgrounds, eras, times of day, slides outside 1900–2100…) is
 * listed in `notes`, slide by slide, so nothing is lost silently.
 *
 * @throws ImportError when the input is not a TimelineJS3 timeline at all.
 * @example importTimelineJs3(JSON.parse(file), { file: 'timeline.json' }) // { data, notes }
 */
export function importTimelineJs3(json: unknown, options: ImportOptions): ImportResult {
  const tl = asTimeline(json);
  const notes: ImportNote[] = [];
  const where = (kind: 'events' | 'eras', i: number) => options.where?.[kind]?.[i] ?? `${kind}[${i}]`;
  const unique = uniqueIds();
  const events: TimelineEvent[] = [];

  tl.events.forEach((slide, i) => {
    const out = importSlide(slide, where('events', i), options);
    const at = { where: where('events', i), ...(out.headline ? { headline: out.headline } : {}) };
    if (out.event) {
      const id = unique(out.event.id);
      events.push({ ...out.event, id });
    } else notes.push({ ...at, skipped: true, message: `not imported: ${out.reason}` });
    notes.push(...out.notes.map((message) => ({ ...at, message })));
  });

  const titleNotes: string[] = [];
  const titleSlide = tl.title && typeof tl.title === 'object' ? tl.title : null;
  const tText = titleSlide?.text && typeof titleSlide.text === 'object' ? titleSlide.text : {};
  let title = plainLine(text(tText.headline)).text;
  let description = plainText(text(tText.text)).text;
  if (!title) {
    title = `Timeline imported from ${articleName(options.file)}`;
    titleNotes.push(`${titleSlide ? 'the title slide has no headline' : 'there is no title slide'}: the title is ${JSON.stringify(title)}; write your own`);
  }
  if (!description) {
    description = `Imported from the TimelineJS3 file ${articleName(options.file)}.`;
    titleNotes.push(`${titleSlide ? 'the title slide has no text' : 'there is no title slide'}: the description is ${JSON.stringify(description)}; write your own`);
  }
  title = fit(title, LIMITS.title, 'title', titleNotes);
  description = fit(description, LIMITS.description, 'title slide text', titleNotes);
  if (titleSlide) {
    const m = titleSlide.media && typeof titleSlide.media === 'object' ? titleSlide.media : {};
    const about = [['credit', plainLine(text(m.credit)).text], ['caption', plainLine(text(m.caption)).text]].filter(([, v]) => v).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
    if (text(m.url)) titleNotes.push(`the title slide's media ${text(m.url).slice(0, 200)} is not imported${about.length ? ` (${about.join(', ')})` : ''}`);
    if (titleSlide.start_date) titleNotes.push('the title slide\'s date is not imported');
    otherFields({ ...titleSlide, start_date: undefined, end_date: undefined, media: undefined, text: undefined }, titleNotes);
  }
  notes.unshift(...titleNotes.map((message) => ({ where: options.where?.title ?? 'title', message })));

  (Array.isArray(tl.eras) ? tl.eras : []).forEach((era, i) =>
    notes.push({ where: where('eras', i), message: `the era ${describeEra(era)} is not imported: our timeline has no eras` }),
  );
  if (text(tl.scale) && text(tl.scale) !== 'human')
    notes.push({ where: 'timeline', message: `the scale ${JSON.stringify(text(tl.scale))} is not imported: our timeline shows calendar dates in the years 1900–2100 only` });
  for (const k of Object.keys(tl))
    if (!['title', 'events', 'eras', 'scale'].includes(k)) notes.push({ where: 'timeline', message: `"${k}" is not imported` });

  return { data: { title, description, events }, notes };
}
