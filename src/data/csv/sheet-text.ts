import { parse } from 'csv-parse/sync';
import type { EncodingProblem } from '../file-encoding';
import { firstInvalidUtf8 } from '../file-encoding';

/**
 * A sheet file's bytes as rows of cells. Reads what spreadsheets save: UTF-8 with or without a
 * byte order mark, UTF-16 LE or BE (Excel's "Unicode text"), CRLF or LF line ends, and commas,
 * semicolons (Excel in much of Europe) or tabs between cells, whichever the header row uses.
 * Runs at build time only: the parser never reaches the browser.
 */

/** Why a sheet cannot be read at all, said once for the file. */
export interface SheetTextProblem {
  rule: EncodingProblem['rule'] | 'csv-syntax';
  message: string;
  line?: number;
}

/**
 * The text of a sheet's bytes, or a sentence on how to save it as text we can read.
 *
 * @example decodeSheet(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64])) // { text: 'id' }
 */
export function decodeSheet(bytes: Uint8Array): { text: string } | { problem: SheetTextProblem } {
  let encoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  // UTF-16 without a byte order mark: ASCII text has a zero byte beside each letter.
  else if (bytes.length > 1 && bytes.subarray(0, 64).includes(0)) encoding = bytes[1] === 0 ? 'utf-16le' : 'utf-16be';
  try {
    // TextDecoder drops a byte order mark that matches its encoding.
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    if (encoding !== 'utf-8') return { problem: { rule: 'encoding', message: `is not readable as ${encoding.toUpperCase()} text; save it again as "CSV UTF-8" and build again` } };
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    const line = bytes.subarray(0, bad).filter((b) => b === 10).length + 1;
    return {
      problem: {
        rule: 'encoding',
        line,
        message: `is not UTF-8 (byte 0x${bytes[bad].toString(16).toUpperCase().padStart(2, '0')} there is probably Latin-1 or Windows-1252 text); save it as "CSV UTF-8" (Excel) or with the character set "Unicode (UTF-8)" (LibreOffice) and build again`,
      },
    };
  }
}

/**
 * The character between cells: the one of tab, semicolon and comma that the header row (outside
 * quotes) uses most; a comma when none is used. A `.tsv` name counts only as a tie-breaker.
 *
 * @example sniffDelimiter('id;date;title\n1;2;"a, b"') // ';'
 */
export function sniffDelimiter(text: string, preferTab = false): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  const order = preferTab ? ['\t', ',', ';'] : [',', ';', '\t'];
  return order.reduce((best, c) => (counts.get(c)! > counts.get(best)! ? c : best));
}

/**
 * Parses sheet text into rows of cells (the header row first), with `csv-parse`; every row is
 * kept, blank ones too, so a row's index + 1 is the row number a spreadsheet shows.
 */
export function parseSheet(text: string, delimiter: string): { rows: string[][] } | { problem: SheetTextProblem } {
  try {
    // relax_quotes: a quote inside an unquoted cell (5" gun) is text, as spreadsheets read it.
    const rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, bom: true, skip_empty_lines: false }) as string[][];
    return { rows };
  } catch (e) {
    const err = e as Error & { lines?: number; code?: string };
    const reason = err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell is never closed (a " is missing)' : err.message.replace(/\.$/, '');
    return { problem: { rule: 'csv-syntax', line: err.lines, message: `cannot be read as ${delimiter === '\t' ? 'TSV' : 'CSV'}: ${reason}` } };
  }
}
