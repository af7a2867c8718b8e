import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { formatDataError, validateTimelineText, type DataError } from '../data/validate';
import type { TimelineData } from '../data/types';

/** The data file the site is built from: `TIMELINE_DATA`, else `data/events.json`. */
export function dataPath(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(root, env.TIMELINE_DATA || 'data/events.json');
}

/** Thrown when a data file is unreadable or invalid; its message lists every error. */
export class DataFileError extends Error {
  readonly #errors: DataError[];
  /** Every error, sorted by position in the file. */
  get errors(): DataError[] {
    return this.#errors;
  }
  constructor(errors: DataError[]) {
    const sorted = [...errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    super(`${errors.length} error${errors.length === 1 ? '' : 's'} in timeline data:\n${sorted.map((e) => `  ${formatDataError(e)}`).join('\n')}`);
    this.name = 'DataFileError';
    this.#errors = sorted;
    // The build prints the message; a stack trace or a dump of the list would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Reads and validates a data file; returns its text and data, or throws `DataFileError`. */
export function loadData(file: string, root: string): { text: string; data: TimelineData } {
  const shown = relative(root, file) || file;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DataFileError([{ file: shown, path: '$', value: '', rule: 'readable', message: `cannot be read (${(e as Error).message})` }]);
  }
  const result = validateTimelineText(text, shown);
  if (!result.ok) throw new DataFileError(result.errors);
  return { text, data: result.data };
}
