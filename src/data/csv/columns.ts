/**
 * The columns of a timeline sheet (CSV or TSV), in the order the writer puts them. An event is a
 * row; each further source of an event is a further row with the same `id` and only the source
 * columns filled. See README.md, "From a spreadsheet".
 */
export const COLUMNS = [
  'id',
  'date',
  'date label',
  'kind',
  'importance',
  'title',
  'summary',
  'actors',
  'figures',
  'claims',
  'disagreements',
  'corrections',
  'source outlet',
  'source headline',
  'source published',
  'source url',
  'source verified',
  'source article',
  'source note',
  'quote',
  'quote by',
] as const;

export type Column = (typeof COLUMNS)[number];

/** The columns every sheet must have, even if some rows leave them empty. */
export const REQUIRED_COLUMNS: readonly Column[] = ['id', 'date', 'kind', 'title', 'summary', 'source outlet', 'source headline', 'source published', 'source article'];

/** The columns that describe the event itself: only an event's first row fills them. */
export const EVENT_COLUMNS: readonly Column[] = ['date', 'date label', 'kind', 'importance', 'title', 'summary', 'actors', 'figures', 'claims', 'disagreements', 'corrections'];

/** The columns of one source: any row of an event may fill them, one source a row. */
export const SOURCE_COLUMNS: readonly Column[] = ['source outlet', 'source headline', 'source published', 'source url', 'source verified', 'source article', 'source note', 'quote', 'quote by'];

/** The `id` of the row that holds the timeline's own title, description and last update. */
export const TIMELINE_ROW = '(timeline)';
/** The `id` of a row that lists one article text the events are read from. */
export const TEXT_ROW = '(text)';

/**
 * The column a header cell names, forgiving case, spaces and underscores; undefined if none.
 *
 * @example columnNamed(' Source_Outlet ') // 'source outlet'
 */
export function columnNamed(header: string): Column | undefined {
  const name = header.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  return (COLUMNS as readonly string[]).includes(name) ? (name as Column) : undefined;
}
