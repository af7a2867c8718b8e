import type { SheetCell } from '../validate';
import { columnNamed, COLUMNS, REQUIRED_COLUMNS, type Column } from './columns';
import { readCell } from './spreadsheet-cell';

/** Something wrong in a sheet found while reading it, before the data's own checks. */
export interface SheetProblem {
  cell: SheetCell;
  value: string;
  rule: string;
  message: string;
}

/** Which column of the sheet holds each of ours, and what is wrong with the header row. */
export interface SheetHeader {
  columns: ReadonlyMap<Column, number>;
  /** Whether a value in the cell at this index (from 0) has no column to go in: a blank header cell, or beyond the header. */
  unnamed(index: number): boolean;
  problems: SheetProblem[];
}

/**
 * Reads the header row: each cell names one of our columns (forgiving case and spacing); an
 * unknown name, a column named twice and a required column that is missing are problems.
 *
 * @example readHeader(['id', 'Date', 'colour']).problems[0] // { cell: { row: 1, column: 'colour' }, rule: 'unknown-column', ... }
 */
export function readHeader(cells: readonly string[]): SheetHeader {
  const columns = new Map<Column, number>();
  const problems: SheetProblem[] = [];
  cells.forEach((raw, i) => {
    const name = raw.trim();
    const column = columnNamed(name);
    if (!name) return;
    if (!column) problems.push({ cell: { row: 1, column: name }, value: name, rule: 'unknown-column', message: `is not a known column; the columns are ${COLUMNS.map((c) => `\`${c}\``).join(', ')}` });
    else if (columns.has(column)) problems.push({ cell: { row: 1, column }, value: name, rule: 'duplicate-column', message: 'is a column the header already has; keep one' });
    else columns.set(column, i);
  });
  for (const c of REQUIRED_COLUMNS)
    if (!columns.has(c)) problems.push({ cell: { row: 1, column: c }, value: '', rule: 'missing-column', message: 'is missing from the header row; add it (it may be left empty where a row has nothing to put in it)' });
  return { columns, unnamed: (i) => i >= cells.length || !cells[i].trim(), problems };
}

/** A row's cell in one of our columns, as read (trimmed, a formula guard taken away); empty when the sheet lacks the column. */
export type RowCells = (column: Column) => string;

/** The cells of a row by column name. */
export function rowCells(header: SheetHeader, cells: readonly string[]): RowCells {
  return (column) => {
    const i = header.columns.get(column);
    return i === undefined ? '' : readCell(cells[i] ?? '');
  };
}
