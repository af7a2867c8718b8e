import { parseSheet, sniffDelimiter } from '../data/csv/sheet-text';
import type { ImportNote } from './tl3-json';
import { plainLine } from './plain-text';
import { ImportError, type Tl3Slide, type Tl3Timeline } from './tl3-format';

/** The columns of TimelineJS3's Google Sheet template, in its order. */
export const SHEET_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date',
  'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;
/** Columns TimelineJS3 also reads: `Alt Text` for the media, `Tag` as an older name for `Group`. */
const ALSO_READ = ['Alt Text', 'Tag'];

/** A sheet read as a TimelineJS3 timeline, with where each slide came from (its row) and what was not read. */
export interface SheetReading {
  timeline: Tl3Timeline;
  where: { title?: string; events: string[]; eras: string[] };
  notes: ImportNote[];
}

/** "6:45 PM", "18:45", "1845" → { hour, minute, second }, as TimelineJS3 reads a Time cell; null when it is not a time. */
function readTime(cell: string): Record<string, string> | null {
  const m = /^(\d{1,2})(?::|\.)?(\d{2})?(?:(?::|\.)(\d{2}))?\s*([AaPp])?\.?[Mm]?\.?$/.exec(cell.trim());
  if (!m) return null;
  let hour = Number(m[1]);
  if (m[4] && /p/i.test(m[4]) && hour < 12) hour += 12;
  if (m[4] && /a/i.test(m[4]) && hour === 12) hour = 0;
  return { hour: String(hour), minute: m[2] ?? '', second: m[3] ?? '' };
}

/**
 * Reads a CSV (or TSV) export of TimelineJS3's Google Sheet template into the TimelineJS3 JSON
 * shape, as TimelineJS3 itself does: the row of Type `title` is the title slide (the first one;
 * later ones are ordinary slides), rows of Type `era` are eras, every other row with anything in
 * it is a slide. Headers are matched without regard to case or surrounding spaces; unknown
 * columns are reported. Slides are named by their row in the sheet (the header is row 1).
 *
 * @throws ImportError for text that is not CSV or has none of the template's date columns.
 * @example readSheet('Year,Headline\n2012,Hello').timeline.events[0] // { start_date: { year: '2012', … }, text: { headline: 'Hello', … }, … }
 */
export function readSheet(csv: string): SheetReading {
  // Read as our own sheets are (src/data/csv/sheet-text.ts): comma, semicolon or tab, as the header row has it.
  const parsed = parseSheet(csv, sniffDelimiter(csv.replace(/^\ufeff/, '')));
  if ('problem' in parsed) throw new ImportError(parsed.problem.message);
  const { rows } = parsed;
  if (!rows.length) throw new ImportError('is empty: expected the TimelineJS3 sheet template, with its header row (Year, Month, Day, …, Headline, Text, …)');
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.indexOf(name.toLowerCase());
  if (header.includes('start date') || header.includes('end date'))
    throw new ImportError('uses the TimelineJS 1 sheet columns ("Start Date", "End Date"); copy its rows into the TimelineJS3 template (Year, Month, Day, …) and export that');
  if (col('Year') < 0)
    throw new ImportError(`has no "Year" column: expected the TimelineJS3 sheet template's header row (${SHEET_COLUMNS.join(', ')}); its first row is ${JSON.stringify(rows[0].slice(0, 6).join(','))}`);

  const notes: ImportNote[] = [];
  const known = new Set([...SHEET_COLUMNS, ...ALSO_READ].map((c) => c.toLowerCase()));
  const unknown = rows[0].map((h, i) => ({ h: h.trim(), i })).filter(({ h }) => h && !known.has(h.toLowerCase()));
  const timeline: Tl3Timeline = { events: [], eras: [] };
  const where: SheetReading['where'] = { events: [], eras: [] };

  rows.slice(1).forEach((cells, k) => {
    const row = `row ${k + 2}`;
    const cell = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? '').trim() : '');
    if (cells.every((c) => c.trim() === '')) return;
    const rowNotes: string[] = [];
    const date = (prefix: '' | 'End ') => {
      const d: Record<string, string> = { year: cell(`${prefix}Year`), month: cell(`${prefix}Month`), day: cell(`${prefix}Day`) };
      const time = cell(`${prefix}Time`);
      if (time) {
        const t = readTime(time);
        if (t) Object.assign(d, t);
        else rowNotes.push(`the ${prefix ? 'end' : 'start'} time ${JSON.stringify(time)} is not a time TimelineJS3 reads; it is left out`);
      }
      return d;
    };
    const background = cell('Background');
    const slide: Tl3Slide = {
      start_date: cell('Year') ? date('') : undefined,
      end_date: cell('End Year') ? date('End ') : undefined,
      display_date: cell('Display Date'),
      text: { headline: cell('Headline'), text: cell('Text') },
      media: { url: cell('Media'), credit: cell('Media Credit'), caption: cell('Media Caption'), thumbnail: cell('Media Thumbnail'), alt: cell('Alt Text') },
      group: cell('Group') || cell('Tag'),
      background: !background ? undefined : /^(https?:)?\/\/?/.test(background) ? { url: background } : { color: background },
    };
    if (!cell('End Year') && (cell('End Month') || cell('End Day') || cell('End Time')))
      rowNotes.push('the end date has no End Year; TimelineJS3 ignores it too, and so does this import');
    for (const { h, i } of unknown) if ((cells[i] ?? '').trim()) rowNotes.push(`the column "${h}" (${JSON.stringify(cells[i].trim().slice(0, 80))}) is not a TimelineJS3 template column; it is not imported`);
    const type = cell('Type').toLowerCase();
    if (type === 'title' && !timeline.title) {
      timeline.title = slide;
      where.title = `${row} (title)`;
    } else if (type === 'era') {
      timeline.eras!.push(slide);
      where.eras.push(`${row} (era)`);
    } else {
      if (type === 'title') rowNotes.push('a second title row: TimelineJS3 shows it as an ordinary slide, and so does this import');
      else if (type) slide.type = cell('Type');
      timeline.events.push(slide);
      where.events.push(row);
    }
    notes.push(...rowNotes.map((message) => ({ where: row, ...(cell('Headline') ? { headline: plainLine(cell('Headline')).text } : {}), message })));
  });
  return { timeline, where, notes };
}
