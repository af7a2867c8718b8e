import { readSheet } from './tl3-sheet';
import { ImportError } from './tl3-format';
import { importTimelineJs3, type ImportOptions, type ImportResult } from './tl3-json';

/**
 * Reads a file's bytes as text: UTF-8 with or without a byte order mark, or UTF-16 with one (as
 * Excel writes "Unicode text"). Anything else is refused with one sentence saying what to do.
 *
 * @throws ImportError for bytes that are not UTF-8 (Latin-1, Windows-1252…).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportError('is not UTF-8 text (Latin-1 or Windows-1252?); save or export it as UTF-8 and import it again');
  }
}

/** True when a file is a sheet (CSV or TSV) rather than JSON: by its name, else by its first character. */
export function isSheet(file: string, text: string): boolean {
  if (/\.(csv|tsv|txt)$/i.test(file)) return true;
  if (/\.json$/i.test(file)) return false;
  return !/^\s*[[{]/.test(text);
}

/**
 * Imports a TimelineJS3 file, JSON or a CSV/TSV export of its Google Sheet template, chosen by
 * the file's name (or, without a known extension, by its first character).
 *
 * @throws ImportError for input that cannot be read at all: not UTF-8, not JSON, not the template.
 * @example importText(readFileSync('timeline.json', 'utf8'), { file: 'timeline.json' }) // { data, notes }
 */
export function importText(text: string, options: ImportOptions): ImportResult {
  if (isSheet(options.file, text)) {
    const sheet = readSheet(text);
    const out = importTimelineJs3(sheet.timeline, { ...options, where: sheet.where });
    // In the sheet's row order, whichever step noticed what: that is the order an editor fixes things in.
    const row = (where: string) => Number(/^row (\d+)/.exec(where)?.[1] ?? 0);
    const notes = [...sheet.notes, ...out.notes].map((n, i) => ({ n, i })).sort((a, b) => row(a.n.where) - row(b.n.where) || a.i - b.i);
    return { data: out.data, notes: notes.map(({ n }) => n) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`is not valid JSON (${(e as Error).message}); a TimelineJS3 timeline is a JSON object with an "events" list`);
  }
  return importTimelineJs3(json, options);
}
