import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatDataError, validateTimelineText, type DataError } from '../data/validate';
import type { TimelineData } from '../data/types';
import { decodeDataFile } from '../data/file-encoding';
import { validateSheet } from '../data/csv/validate-sheet';

/**
 * How a data file is written: a sheet (`.csv`, `.tsv`, `.txt`) or JSON (`.json`); any other name
 * is sniffed: JSON starts with `{` (after any byte order mark and spaces), a sheet with its header.
 *
 * @example dataFormat('story.csv', bytes) // 'sheet'
 */
export function dataFormat(file: string, bytes: Uint8Array): 'json' | 'sheet' {
  if (/\.json$/i.test(file)) return 'json';
  if (/\.(csv|tsv|txt)$/i.test(file)) return 'sheet';
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/[\ufeff\u0000\s]/g, '');
  return start.startsWith('{') ? 'json' : 'sheet';
}

/** How many errors the build prints; the rest are counted (fix these first: many often share one cause). */
export const PRINTED_ERRORS = 200;

/** The data file the site is built from: `TIMELINE_DATA`, else `data/events.json`. */
export function dataPath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env.TIMELINE_DATA || 'data/events.json');
}

/** Thrown when a data file is unreadable or invalid; its message lists every error. */
export class DataFileError extends Error {
  readonly #errors: DataError[];
  /** Every error, sorted by position in its file (files in the order they come). */
  get errors(): DataError[] {
    return this.#errors;
  }
  constructor(errors: DataError[]) {
    // One data file and its translations can fail together: each file's errors stay together.
    const files = new Map<string, number>();
    for (const e of errors) if (!files.has(e.file)) files.set(e.file, files.size);
    const sorted = [...errors].sort((a, b) => files.get(a.file)! - files.get(b.file)! || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const shown = sorted.slice(0, PRINTED_ERRORS).map((e) => `  ${formatDataError(e)}`);
    if (sorted.length > PRINTED_ERRORS) shown.push(`  … and ${(sorted.length - PRINTED_ERRORS).toLocaleString('en-GB')} more (${sorted.length.toLocaleString('en-GB')} in all; the first ${PRINTED_ERRORS} are shown)`);
    super(`${errors.length} error${errors.length === 1 ? '' : 's'} in timeline data:\n${shown.join('\n')}`);
    this.name = 'DataFileError';
    this.#errors = sorted;
    // The build prints the message; a stack trace or a dump of the list would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/**
 * Reads and validates a data file, JSON or a sheet (CSV/TSV); returns the data and its JSON text
 * (as published: the file itself for JSON, the data written out for a sheet), or throws `DataFileError`.
 */
export function loadData(file: string, root: string): { text: string; data: TimelineData } {
  const shown = relative(root, file) || file;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new DataFileError([{ file: shown, path: '$', value: '', rule: 'readable', message: `cannot be read (${(e as Error).message})` }]);
  }
  if (dataFormat(file, bytes) === 'sheet') {
    const result = validateSheet(bytes, shown);
    if (!result.ok) throw new DataFileError(result.errors);
    return { text: `${JSON.stringify(result.data, null, 2)}\n`, data: result.data };
  }
  const decoded = decodeDataFile(bytes);
  if ('problem' in decoded) {
    const { rule, message, line, column } = decoded.problem;
    throw new DataFileError([{ file: shown, line, column, path: '$', value: '', rule, message }]);
  }
  const { text } = decoded;
  const result = validateTimelineText(text, shown);
  if (!result.ok) throw new DataFileError(result.errors);
  return { text, data: result.data };
}
