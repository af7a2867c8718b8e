import type { TimelineData } from '../types';
import { dataProblems, show, type DataError, type SheetCell, type Validated } from '../validate';
import { jsonPath } from '../json-location';
import { COLUMNS } from './columns';
import { readSheet } from './read-sheet';
import { decodeSheet, parseSheet, sniffDelimiter } from './sheet-text';

/**
 * Reads and checks a sheet (CSV or TSV) as timeline data: decodes it, parses it, maps its rows
 * to our format, and runs the same checks as a JSON file. Every error names the row and column
 * an editor sees in the spreadsheet ("row 14, column `date`").
 *
 * @example validateSheet(bytes, 'story.csv') // { ok: false, errors: [{ cell: { row: 14, column: 'date' }, rule: 'calendar-date', ... }] }
 */
export function validateSheet(bytes: Uint8Array, file: string): Validated {
  const whole = (problem: { rule: string; message: string; line?: number }): Validated => ({
    ok: false,
    errors: [{ file, line: problem.line, path: '$', value: '', rule: problem.rule, message: problem.line ? `line ${problem.line} ${problem.message}` : problem.message, cell: {} }],
  });
  const decoded = decodeSheet(bytes);
  if ('problem' in decoded) return whole(decoded.problem);
  const parsed = parseSheet(decoded.text, sniffDelimiter(decoded.text, /\.tsv$/i.test(file)));
  if ('problem' in parsed) return whole(parsed.problem);
  if (!parsed.rows.some((r) => r.some((c) => c.trim()))) return whole({ rule: 'csv-syntax', message: `is empty; start from data/template.csv` });

  const sheet = readSheet(parsed.rows);
  const header = parsed.rows[0].map((h) => h.trim().toLowerCase().replace(/[\s_]+/g, ' '));
  const order = (cell: SheetCell) => {
    const i = header.indexOf(cell.column ?? '');
    return i >= 0 ? i + 1 : COLUMNS.indexOf(cell.column as (typeof COLUMNS)[number]) + 1 || undefined;
  };
  const errors: DataError[] = sheet.problems.map((p) => ({ file, line: p.cell.row, column: order(p.cell), path: '$', value: show(p.value || undefined), rule: p.rule, message: p.message, cell: p.cell }));
  const taken = new Set(errors.map((e) => `${e.cell?.row}|${e.cell?.column}`));
  const noTimelineRow = sheet.problems.some((p) => p.rule === 'timeline-row');
  for (const p of dataProblems(sheet.data)) {
    const cell = sheet.locate(p.path);
    // One error a cell: a value that could not be read is not also reported as missing.
    if (taken.has(`${cell.row}|${cell.column}`)) continue;
    if (noTimelineRow && (p.path[0] === 'title' || p.path[0] === 'description')) continue;
    const empty = p.rule === 'minItems';
    const message = !empty ? p.message : p.path[0] === 'events' && p.path.length === 1 ? 'has no events: add a row for each event under the header' : 'is empty: an event needs at least one source (its outlet, headline, published date and article)';
    errors.push({ file, line: cell.row, column: order(cell), path: jsonPath(p.path), value: empty ? '' : show(p.value), rule: p.rule, message, cell });
  }
  return errors.length ? { ok: false, errors } : { ok: true, data: sheet.data as TimelineData };
}
