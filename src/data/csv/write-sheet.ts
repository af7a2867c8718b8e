import type { Source, TimelineData, TimelineEvent } from '../types';
import { COLUMNS, TEXT_ROW, TIMELINE_ROW, type Column } from './columns';
import { writeDateCell } from './date-cell';
import { escapeField } from './escaped-list';
import { writeClaims, writeCorrections, writeDisagreements, writeFigures } from './list-cells';
import { writeCell } from './spreadsheet-cell';

type Row = Partial<Record<Column, string>>;

function sourceRow(s: Source): Row {
  return {
    'source outlet': s.outlet,
    'source headline': s.headline,
    'source published': s.published,
    'source url': s.url,
    'source verified': s.verified === undefined ? '' : s.verified ? 'yes' : 'no',
    'source article': s.article,
    'source note': s.note,
    quote: s.quote?.text,
    'quote by': s.quote?.by,
  };
}

function eventRows(e: TimelineEvent): Row[] {
  const date = writeDateCell(e.date);
  const [first, ...more] = e.sources;
  const row: Row = {
    id: e.id,
    date: date.date,
    'date label': date.label,
    kind: e.kind,
    importance: e.importance === undefined ? '' : String(e.importance),
    title: e.title,
    summary: e.summary,
    actors: e.actors.map((a) => escapeField(a, ';')).join('; '),
    figures: writeFigures(e.figures ?? []),
    claims: writeClaims(e.claims ?? []),
    disagreements: writeDisagreements(e.disagreements ?? []),
    corrections: writeCorrections(e.corrections ?? []),
    ...(first && sourceRow(first)),
  };
  return [row, ...more.map((s) => ({ id: e.id, ...sourceRow(s) }))];
}

/**
 * Timeline data as the rows of a sheet, the header first: a `(timeline)` row, a `(text)` row per
 * article text, then each event with its first source, and a row per further source. The
 * inverse of `readSheet`, for data whose text fields have no padding spaces.
 */
export function sheetRows(data: TimelineData): string[][] {
  const rows: Row[] = [{ id: TIMELINE_ROW, date: data.updated, title: data.title, summary: data.description }];
  for (const t of data.texts ?? [])
    rows.push({ id: TEXT_ROW, 'source article': t.article, 'source outlet': t.outlet, 'source headline': t.headline, 'source published': t.published, 'source url': t.url, summary: t.origin, 'date label': t.dating });
  for (const e of data.events) rows.push(...eventRows(e));
  return [[...COLUMNS], ...rows.map((r) => COLUMNS.map((c) => writeCell(r[c] ?? '')))];
}

/** One CSV cell: quoted when it holds a comma, a quote, a line break or edge spaces (RFC 4180). */
function csvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Timeline data as CSV text (UTF-8, comma-separated, LF line ends, in the template's columns):
 * what the build publishes as `events.csv` and what `data/events.csv` holds.
 *
 * @example writeSheet(data).split('\n')[0] // 'id,date,date label,kind,importance,title,summary,actors,…'
 */
export function writeSheet(data: TimelineData): string {
  return `${sheetRows(data)
    .map((r) => r.map(csvCell).join(','))
    .join('\n')}\n`;
}
