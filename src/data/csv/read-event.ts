import type { SheetCell } from '../validate';
import type { Column } from './columns';
import { readDateCell } from './date-cell';
import { splitCell } from './escaped-list';
import { readClaims, readCorrections, readDisagreements, readFigures, type ListItem } from './list-cells';
import type { RowCells, SheetProblem } from './sheet-header';

/** Where a value read from a row goes in the data (its JSON path) and which cell it came from. */
export type Place = (path: (string | number)[], cell: SheetCell) => void;

const LIST_CELLS = { figures: readFigures, claims: readClaims, disagreements: readDisagreements, corrections: readCorrections } as const;
const SOURCE_FIELDS: [Column, string][] = [
  ['source outlet', 'outlet'],
  ['source headline', 'headline'],
  ['source published', 'published'],
  ['source url', 'url'],
  ['source verified', 'verified'],
  ['source article', 'article'],
  ['source note', 'note'],
];

/**
 * Reads an event's own columns from its first row (its sources are added row by row with
 * `readSource`). Empty cells are left out, for the schema to call missing where they must not be.
 */
export function readEvent(get: RowCells, row: number, path: (string | number)[], place: Place, problems: SheetProblem[]): Record<string, unknown> {
  const event: Record<string, unknown> = { id: get('id') };
  const here = (field: string, column: Column) => place([...path, field], { row, column });
  place(path, { row, column: 'id' });
  here('id', 'id');

  const date = readDateCell(get('date'), get('date label'));
  if ('date' in date) event.date = date.date;
  else if (date.error === 'date-label') problems.push({ cell: { row, column: 'date label' }, value: get('date label'), rule: date.error, message: date.message });
  // An empty date is left for the schema to call missing.
  else if (get('date')) problems.push({ cell: { row, column: 'date' }, value: get('date'), rule: date.error, message: date.message });
  here('date', 'date');
  place([...path, 'date', 'label'], { row, column: 'date label' });

  if (get('kind')) event.kind = get('kind');
  here('kind', 'kind');
  const importance = get('importance');
  // A number where it is one; otherwise the text, for the schema to say what it must be.
  if (importance) event.importance = /^-?\d+(\.\d+)?$/.test(importance) ? Number(importance) : importance;
  here('importance', 'importance');
  for (const c of ['title', 'summary'] as const) {
    if (get(c)) event[c] = get(c);
    here(c, c);
  }
  event.actors = splitCell(get('actors'), ';').flatMap((item) => item.fields.filter(Boolean));
  here('actors', 'actors');
  for (const c of ['figures', 'claims', 'disagreements', 'corrections'] as const) {
    here(c, c);
    if (!get(c)) continue;
    const values: unknown[] = [];
    for (const item of LIST_CELLS[c](get(c)) as ListItem<unknown>[]) {
      if ('error' in item) problems.push({ cell: { row, column: c, item: item.line }, value: item.text, rule: `${c.replace(/s$/, '')}-syntax`, message: item.error });
      else {
        place([...path, c, values.length], { row, column: c, item: item.line });
        values.push(item.value);
      }
    }
    event[c] = values;
  }
  // Key order as the JSON format has it (sources before corrections), so the published JSON reads the same.
  const { corrections, ...rest } = event;
  here('sources', 'source outlet');
  return { ...rest, sources: [], ...(corrections !== undefined && { corrections }) };
}

/** Reads the source columns of a row as one source; `path` is where it goes in the data. */
export function readSource(get: RowCells, row: number, path: (string | number)[], place: Place, problems: SheetProblem[]): Record<string, unknown> {
  const source: Record<string, unknown> = {};
  place(path, { row, column: 'source outlet' });
  for (const [c, field] of SOURCE_FIELDS) {
    place([...path, field], { row, column: c });
    const v = get(c);
    if (!v) continue;
    if (field !== 'verified') source[field] = v;
    else if (/^(yes|true|y|1)$/i.test(v)) source.verified = true;
    else if (/^(no|false|n|0)$/i.test(v)) source.verified = false;
    else problems.push({ cell: { row, column: c }, value: v, rule: 'boolean-syntax', message: 'must be yes (the link was seen in a stored copy) or no' });
  }
  if (get('quote') || get('quote by')) {
    source.quote = { ...(get('quote') && { text: get('quote') }), ...(get('quote by') && { by: get('quote by') }) };
    place([...path, 'quote'], { row, column: 'quote' });
    place([...path, 'quote', 'text'], { row, column: 'quote' });
    place([...path, 'quote', 'by'], { row, column: 'quote by' });
  }
  return source;
}
