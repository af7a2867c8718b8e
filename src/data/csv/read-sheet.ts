import type { TextOrigin, TimelineData, TimelineEvent } from '../types';
import type { SheetCell } from '../validate';
import { COLUMNS, EVENT_COLUMNS, SOURCE_COLUMNS, TEXT_ROW, TIMELINE_ROW, type Column } from './columns';
import { readEvent, readSource } from './read-event';
import { readHeader, rowCells, type SheetProblem } from './sheet-header';

export type { SheetProblem } from './sheet-header';

/** A sheet read as timeline data (not yet checked), what was wrong on the way, and where each value came from. */
export interface ReadSheet {
  data: TimelineData;
  problems: SheetProblem[];
  /** The cell a JSON path of `data` was read from: the deepest one known along the path. */
  locate(path: readonly (string | number)[]): SheetCell;
}

const TEXT_FIELDS: [Column, keyof TextOrigin][] = [
  ['source article', 'article'],
  ['source outlet', 'outlet'],
  ['source headline', 'headline'],
  ['source published', 'published'],
  ['source url', 'url'],
  ['summary', 'origin'],
  ['date label', 'dating'],
];

/**
 * Reads a sheet's rows (the header first, as a CSV parser gives them) as timeline data. An
 * event is a row; a further row with the same `id` and only source columns filled adds a
 * source; a `(timeline)` row holds the title (`title`), description (`summary`) and last update
 * (`date`); `(text)` rows list the article texts. What the data's own checks (schema and rules)
 * will find is left to them; only what cannot become data at all is a problem here.
 */
export function readSheet(rows: readonly (readonly string[])[]): ReadSheet {
  const header = readHeader(rows[0] ?? []);
  const problems = [...header.problems];
  const where = new Map<string, SheetCell>();
  const place = (path: (string | number)[], cell: SheetCell) => where.set(path.join('\u0000'), cell);
  let meta: { row: number; title: string; description: string; updated: string } | undefined;
  const texts: TextOrigin[] = [];
  const events: TimelineEvent[] = [];
  const firstRows = new Map<string, { index: number; row: number }>();

  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const get = rowCells(header, cells);
    const filled = (cs: readonly Column[]) => cs.filter((c) => get(c) !== '');
    const problem = (column: string, value: string, rule: string, message: string) => problems.push({ cell: { row, column }, value, rule, message });
    cells.forEach((v, k) => {
      if (header.unnamed(k) && v.trim()) problem(`${k + 1}`, v, 'unknown-column', 'is in a column with no header; give the column a name or empty it');
    });
    if (!filled(COLUMNS).length) return;
    const id = get('id');
    const unused = (allowed: readonly Column[]) => {
      for (const c of filled(COLUMNS.filter((c) => c !== 'id' && !allowed.includes(c)))) problem(c, get(c), 'unused-cell', `is not read on a ${id} row; move it or leave it empty`);
    };

    if (id.toLowerCase() === TIMELINE_ROW) {
      if (meta) return problem('id', id, 'duplicate-row', `repeats the ${TIMELINE_ROW} row of row ${meta.row}; keep one`);
      unused(['title', 'summary', 'date']);
      meta = { row, title: get('title'), description: get('summary'), updated: get('date') };
      place(['title'], { row, column: 'title' });
      place(['description'], { row, column: 'summary' });
      place(['updated'], { row, column: 'date' });
    } else if (id.toLowerCase() === TEXT_ROW) {
      unused(TEXT_FIELDS.map(([c]) => c));
      const path = ['texts', texts.length];
      place(path, { row, column: 'source article' });
      for (const [c, field] of TEXT_FIELDS) place([...path, field], { row, column: c });
      texts.push(Object.fromEntries(TEXT_FIELDS.filter(([c]) => get(c)).map(([c, field]) => [field, get(c)])) as unknown as TextOrigin);
    } else if (!id) {
      problem('id', '', 'required', "is empty: every row needs its event's id (a row with a further source repeats its event's id)");
    } else if (firstRows.has(id)) {
      const first = firstRows.get(id)!;
      const repeated = filled(EVENT_COLUMNS);
      if (repeated.length)
        problem('id', id, 'unique-id', `repeats the id of row ${first.row}; a further row of an event carries only a source, so leave its ${repeated.map((c) => `\`${c}\``).join(', ')} empty (or give this event another id)`);
      else if (filled(SOURCE_COLUMNS).length) addSource(first.index, get, row);
    } else {
      const index = events.length;
      firstRows.set(id, { index, row });
      events.push(readEvent(get, row, ['events', index], place, problems) as unknown as TimelineEvent);
      if (filled(SOURCE_COLUMNS).length) addSource(index, get, row);
    }
  });

  function addSource(index: number, get: ReturnType<typeof rowCells>, row: number) {
    const sources = events[index].sources as unknown[];
    sources.push(readSource(get, row, ['events', index, 'sources', sources.length], place, problems));
  }

  if (!meta && rows.length)
    problems.push({ cell: { row: 2, column: 'id' }, value: '', rule: 'timeline-row', message: `needs a ${TIMELINE_ROW} row: put ${TIMELINE_ROW} in \`id\`, the timeline's headline in \`title\` and a sentence or two in \`summary\`` });
  // Key order as the JSON format lists it.
  const data: TimelineData = {
    title: meta?.title ?? '',
    description: meta?.description ?? '',
    ...(meta?.updated && { updated: meta.updated }),
    ...(texts.length && { texts }),
    events,
  };
  return {
    data,
    problems,
    locate(path) {
      for (let n = path.length; n > 0; n--) {
        const cell = where.get(path.slice(0, n).join('\u0000'));
        if (cell) return cell;
      }
      return {};
    },
  };
}
