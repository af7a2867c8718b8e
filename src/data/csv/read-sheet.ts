import type { Source, TextOrigin, TimelineData, TimelineEvent } from '../types';
import type { SheetCell } from '../validate';
import { columnNamed, COLUMNS, EVENT_COLUMNS, REQUIRED_COLUMNS, SOURCE_COLUMNS, TEXT_ROW, TIMELINE_ROW, type Column } from './columns';
import { readDateCell } from './date-cell';
import { splitCell } from './escaped-list';
import { readClaims, readCorrections, readDisagreements, readFigures, type ListItem } from './list-cells';
import { readCell } from './spreadsheet-cell';

/** Something wrong in a sheet found while reading it, before the data's own checks. */
export interface SheetProblem {
  cell: SheetCell;
  value: string;
  rule: string;
  message: string;
}

/** A sheet read as timeline data (not yet checked), what was wrong on the way, and where each value came from. */
export interface ReadSheet {
  data: TimelineData;
  problems: SheetProblem[];
  /** The cell a JSON path of `data` was read from: the deepest one known along the path. */
  locate(path: readonly (string | number)[]): SheetCell;
}

const key = (path: readonly (string | number)[]) => path.join('\u0000');
const LIST_CELLS = { figures: readFigures, claims: readClaims, disagreements: readDisagreements, corrections: readCorrections } as const;
const SOURCE_FIELDS: [Column, keyof Source][] = [
  ['source outlet', 'outlet'],
  ['source headline', 'headline'],
  ['source published', 'published'],
  ['source url', 'url'],
  ['source verified', 'verified'],
  ['source article', 'article'],
  ['source note', 'note'],
];
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
 * (`date`); `(text)` rows list the article texts. Nothing is checked here that the data's own
 * checks (schema and rules) will check; what cannot become data at all is a problem here.
 */
export function readSheet(rows: readonly (readonly string[])[]): ReadSheet {
  const problems: SheetProblem[] = [];
  const where = new Map<string, SheetCell>();
  const header = rows[0] ?? [];
  const columns = new Map<Column, number>();
  header.forEach((name, i) => {
    const column = columnNamed(name);
    if (!name.trim()) return;
    if (!column) problems.push({ cell: { row: 1, column: name.trim() }, value: name.trim(), rule: 'unknown-column', message: `is not a known column; the columns are ${COLUMNS.map((c) => `\`${c}\``).join(', ')}` });
    else if (columns.has(column)) problems.push({ cell: { row: 1, column }, value: name.trim(), rule: 'duplicate-column', message: 'is a column the header already has; keep one' });
    else columns.set(column, i);
  });
  for (const c of REQUIRED_COLUMNS) if (!columns.has(c)) problems.push({ cell: { row: 1, column: c }, value: '', rule: 'missing-column', message: 'is missing from the header row; add it (it may be left empty where a row has nothing to put in it)' });

  const data: TimelineData = { title: '', description: '', events: [] };
  let timelineRow = 0;
  const texts: TextOrigin[] = [];
  const events: TimelineEvent[] = [];
  const eventRows = new Map<string, { index: number; row: number }>();
  const at = (path: (string | number)[], cell: SheetCell) => where.set(key(path), cell);

  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const get = (c: Column) => {
      const index = columns.get(c);
      return index === undefined ? '' : readCell(cells[index] ?? '');
    };
    const filled = (cs: readonly Column[]) => cs.filter((c) => get(c) !== '');
    const problem = (column: string, value: string, rule: string, message: string) => problems.push({ cell: { row, column }, value, rule, message });
    cells.forEach((v, k) => {
      if (k >= header.length && v.trim()) problem(`${k + 1}`, v, 'unknown-column', 'is in a column with no header; give the column a name or empty it');
    });
    const id = get('id');
    if (COLUMNS.every((c) => get(c) === '')) return;
    const unused = (allowed: readonly Column[], what: string) => {
      for (const c of filled(COLUMNS.filter((c) => c !== 'id' && !allowed.includes(c)))) problem(c, get(c), 'unused-cell', `is not read on a ${what} row; move it or leave it empty`);
    };

    if (id.toLowerCase() === TIMELINE_ROW) {
      if (timelineRow) return problem('id', id, 'duplicate-row', `repeats the ${TIMELINE_ROW} row of row ${timelineRow}; keep one`);
      timelineRow = row;
      unused(['title', 'summary', 'date'], TIMELINE_ROW);
      data.title = get('title');
      data.description = get('summary');
      if (get('date')) data.updated = get('date');
      at(['title'], { row, column: 'title' });
      at(['description'], { row, column: 'summary' });
      at(['updated'], { row, column: 'date' });
      return;
    }
    if (id.toLowerCase() === TEXT_ROW) {
      unused(TEXT_FIELDS.map(([c]) => c), TEXT_ROW);
      const text: Record<string, string> = {};
      const path = ['texts', texts.length];
      at(path, { row, column: 'source article' });
      for (const [c, field] of TEXT_FIELDS) {
        if (get(c)) text[field] = get(c);
        at([...path, field], { row, column: c });
      }
      texts.push(text as unknown as TextOrigin);
      return;
    }
    if (!id) return problem('id', '', 'required', "is empty: every row needs its event's id (a row with a further source repeats its event's id)");

    const first = eventRows.get(id);
    if (first) {
      const repeated = filled(EVENT_COLUMNS);
      if (repeated.length)
        return problem('id', id, 'unique-id', `repeats the id of row ${first.row}; a further row of an event carries only a source, so leave its ${repeated.map((c) => `\`${c}\``).join(', ')} empty (or give this event another id)`);
      if (filled(SOURCE_COLUMNS).length) readSource(events[first.index], first.index, row);
      return;
    }
    const index = events.length;
    eventRows.set(id, { index, row });
    const path = ['events', index];
    at(path, { row, column: 'id' });
    const event: Record<string, unknown> = { id };
    at([...path, 'id'], { row, column: 'id' });

    const date = readDateCell(get('date'), get('date label'));
    if ('date' in date) event.date = date.date;
    // An empty date is left for the schema to call missing.
    else if (get('date') || date.error === 'date-label') problem(date.error === 'date-label' ? 'date label' : 'date', date.error === 'date-label' ? get('date label') : get('date'), date.error, date.message);
    at([...path, 'date'], { row, column: 'date' });
    at([...path, 'date', 'label'], { row, column: 'date label' });

    if (get('kind')) event.kind = get('kind');
    at([...path, 'kind'], { row, column: 'kind' });
    const importance = get('importance');
    if (importance) event.importance = /^-?\d+(\.\d+)?$/.test(importance) ? Number(importance) : importance;
    at([...path, 'importance'], { row, column: 'importance' });
    for (const c of ['title', 'summary'] as const) {
      if (get(c)) event[c] = get(c);
      at([...path, c], { row, column: c });
    }
    event.actors = splitCell(get('actors'), ';').flatMap((item) => item.fields.filter(Boolean));
    at([...path, 'actors'], { row, column: 'actors' });
    for (const c of ['figures', 'claims', 'disagreements', 'corrections'] as const) {
      at([...path, c], { row, column: c });
      if (!get(c)) continue;
      const items: ListItem<unknown>[] = LIST_CELLS[c](get(c));
      const values: unknown[] = [];
      for (const item of items) {
        if ('error' in item) problems.push({ cell: { row, column: c, item: item.line }, value: item.text, rule: `${c.replace(/s$/, '')}-syntax`, message: item.error });
        else {
          at([...path, c, values.length], { row, column: c, item: item.line });
          values.push(item.value);
        }
      }
      event[c] = values;
    }
    event.sources = [];
    // Key order as the JSON format has it (sources before corrections), so the published JSON reads the same.
    if (event.corrections) {
      const { corrections } = event;
      delete event.corrections;
      event.corrections = corrections;
    }
    at([...path, 'sources'], { row, column: 'source outlet' });
    events.push(event as unknown as TimelineEvent);
    if (filled(SOURCE_COLUMNS).length) readSource(events[index], index, row);
  });

  function readSource(event: TimelineEvent, index: number, row: number) {
    const cells = rows[row - 1];
    const get = (c: Column) => {
      const i = columns.get(c);
      return i === undefined ? '' : readCell(cells[i] ?? '');
    };
    const path = ['events', index, 'sources', event.sources.length];
    const source: Record<string, unknown> = {};
    at(path, { row, column: 'source outlet' });
    for (const [c, field] of SOURCE_FIELDS) {
      at([...path, field], { row, column: c });
      const v = get(c);
      if (!v) continue;
      if (field !== 'verified') source[field] = v;
      else if (/^(yes|true|y|1)$/i.test(v)) source.verified = true;
      else if (/^(no|false|n|0)$/i.test(v)) source.verified = false;
      else problems.push({ cell: { row, column: c }, value: v, rule: 'boolean-syntax', message: 'must be yes (the link was seen in a stored copy) or no' });
    }
    if (get('quote') || get('quote by')) {
      source.quote = { ...(get('quote') && { text: get('quote') }), ...(get('quote by') && { by: get('quote by') }) };
      at([...path, 'quote'], { row, column: 'quote' });
      at([...path, 'quote', 'text'], { row, column: 'quote' });
      at([...path, 'quote', 'by'], { row, column: 'quote by' });
    }
    event.sources.push(source as unknown as Source);
  }

  if (!timelineRow && rows.length)
    problems.push({ cell: { row: 2, column: 'id' }, value: '', rule: 'timeline-row', message: `needs a ${TIMELINE_ROW} row: put ${TIMELINE_ROW} in \`id\`, the timeline's headline in \`title\` and a sentence or two in \`summary\`` });
  if (texts.length) data.texts = texts;
  data.events = events;
  // Key order as the JSON format lists it.
  const ordered: TimelineData = { title: data.title, description: data.description, ...(data.updated && { updated: data.updated }), ...(data.texts && { texts: data.texts }), events: data.events };
  return {
    data: ordered,
    problems,
    locate(path) {
      for (let n = path.length; n > 0; n--) {
        const cell = where.get(key(path.slice(0, n)));
        if (cell) return cell;
      }
      return {};
    },
  };
}
