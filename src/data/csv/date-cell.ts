import type { EventDate } from '../types';

/**
 * An event's date as a sheet writes it: a `date` cell in a plain form and, for a window or a
 * "before" date, a `date label` cell saying how the sources put it.
 *
 * | date cell | means |
 * |---|---|
 * | `2022-10-06`, `2022-10`, `2022` | a day, a month, a year |
 * | `2022-11-01..2022-11-10` | an approximate window (needs a label) |
 * | `by 2022-12-31`, `2022-11-01..by 2022-12-31` | on or before a day, optionally stated from a day |
 * | `before 2022-02-28`, `2021-11-01..before 2022-02-28` | strictly before a day (needs a label), optionally after a day |
 */

const DAY = String.raw`\d{4}-\d{2}-\d{2}`;
const FORMS: [RegExp, (m: RegExpExecArray, label: string | undefined) => EventDate][] = [
  [/^(\d{4}-\d{2}-\d{2})$/, (m) => ({ precision: 'day', day: m[1] })],
  [/^(\d{4}-\d{2})$/, (m) => ({ precision: 'month', month: m[1] })],
  [/^(\d{4})$/, (m) => ({ precision: 'year', year: m[1] })],
  [new RegExp(`^(${DAY})\\s*\\.\\.\\s*(${DAY})$`), (m, label) => ({ precision: 'approximate', start: m[1], end: m[2], ...(label !== undefined && { label }) }) as EventDate],
  [new RegExp(`^(?:(${DAY})\\s*\\.\\.\\s*)?by\\s+(${DAY})(?:\\s+from\\s+(${DAY}))?$`, 'i'), (m) => ({ precision: 'by', by: m[2], ...((m[1] ?? m[3]) && { from: m[1] ?? m[3] }) })],
  [
    new RegExp(`^(?:(${DAY})\\s*\\.\\.\\s*)?before\\s+(${DAY})(?:\\s+after\\s+(${DAY}))?$`, 'i'),
    (m, label) => ({ precision: 'before', before: m[2], ...(label !== undefined && { label }), ...((m[1] ?? m[3]) && { after: m[1] ?? m[3] }) }) as EventDate,
  ],
];

/** What a `date` cell that is not in a known form is told. */
export const DATE_FORMS = 'write 2022-10-06, 2022-10, 2022, 2022-11-01..2022-11-10, by 2022-12-31 or before 2022-12-31 (format the column as plain text so the spreadsheet does not rewrite dates)';

/**
 * Reads a `date` and a `date label` cell as an event date; a missing label where one is needed
 * is left for the schema to report. Returns the rule broken when the cells cannot be read.
 *
 * @example readDateCell('2022-11-01..2022-11-10', 'early November 2022') // { date: { precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early November 2022' } }
 */
export function readDateCell(cell: string, labelCell: string): { date: EventDate } | { error: 'date-syntax' | 'date-label'; message: string } {
  const text = cell.trim();
  const label = labelCell.trim() || undefined;
  for (const [form, make] of FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const date = make(m, label);
    if (label !== undefined && !('label' in date))
      return { error: 'date-label', message: 'is a label for a date that takes none: only a window (2022-11-01..2022-11-10) or a "before" date has one; leave it empty' };
    return { date };
  }
  return { error: 'date-syntax', message: `is not a date: ${DATE_FORMS}` };
}

/**
 * Writes an event date as its `date` and `date label` cells (the inverse of `readDateCell`).
 *
 * @example writeDateCell({ precision: 'by', by: '2022-12-31', from: '2022-11-01' }) // { date: '2022-11-01..by 2022-12-31', label: '' }
 */
export function writeDateCell(date: EventDate): { date: string; label: string } {
  switch (date.precision) {
    case 'day':
      return { date: date.day, label: '' };
    case 'month':
      return { date: date.month, label: '' };
    case 'year':
      return { date: date.year, label: '' };
    case 'approximate':
      return { date: `${date.start}..${date.end}`, label: date.label };
    case 'by':
      return { date: `${date.from ? `${date.from}..` : ''}by ${date.by}`, label: '' };
    case 'before':
      return { date: `${date.after ? `${date.after}..` : ''}before ${date.before}`, label: date.label };
  }
}
