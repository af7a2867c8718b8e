/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, so a published
 * sheet must not start a cell with one (a data value could be a formula that leaks or links out).
 * The writer puts a `'` before such a cell, as spreadsheets themselves do for text; the reader
 * takes one such `'` away. Cells are trimmed.
 */
const FORMULA = /^'*[=+\-@\t\r]/;

/**
 * A cell's value as read: trimmed, with the `'` that guards a formula-like value taken away.
 *
 * @example readCell(" '=SUM(A1) ") // '=SUM(A1)'
 */
export function readCell(raw: string): string {
  const cell = raw.trim();
  return cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell;
}

/**
 * A value as written to a cell: guarded with a `'` when a spreadsheet would run it as a formula.
 *
 * @example writeCell('=HYPERLINK("https://evil.example")') // `'=HYPERLINK("https://evil.example")`
 */
export function writeCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}
