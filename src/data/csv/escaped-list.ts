/**
 * Several values in one cell: items on their own lines, fields split by a separator (`|` or `;`).
 * A backslash makes the next character literal (`\|`, `\;`, `\\`); `\n` and `\r` stand for line
 * breaks inside a field. Fields are trimmed; blank lines are skipped.
 */

/** One line of a cell: its fields, and its line number within the cell (from 1). */
export interface CellItem {
  fields: string[];
  line: number;
}

/**
 * Splits a cell into its items (one a line) and their fields.
 *
 * @example splitCell('about 450 drones | shipped | CNN\n4 people | killed | Zelensky', '|')
 * // [{ fields: ['about 450 drones', 'shipped', 'CNN'], line: 1 }, { fields: ['4 people', 'killed', 'Zelensky'], line: 2 }]
 */
export function splitCell(cell: string, separator: string): CellItem[] {
  const items: CellItem[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let blank = true;
  const endItem = () => {
    fields.push(field.trim());
    if (!blank) items.push({ fields, line });
    fields = [];
    field = '';
    blank = true;
  };
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i];
    if (c === '\\' && i + 1 < cell.length) {
      const next = cell[++i];
      field += next === 'n' ? '\n' : next === 'r' ? '\r' : next;
      blank = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && cell[i + 1] === '\n') i++;
      endItem();
      line++;
    } else if (c === separator) {
      fields.push(field.trim());
      field = '';
    } else {
      field += c;
      if (!/\s/.test(c)) blank = false;
    }
  }
  endItem();
  return items;
}

/** A value written so `splitCell` reads it back as one field: backslashes, separators and line breaks escaped. */
export function escapeField(value: string, separator: string): string {
  let out = '';
  for (const c of value) out += c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\\' || c === separator ? `\\${c}` : c;
  return out;
}

/**
 * Writes items (each a list of fields) as one cell, the inverse of `splitCell`.
 *
 * @example joinCell([['date', 'The sources differ']], '|') // 'date | The sources differ'
 */
export function joinCell(items: string[][], separator: string): string {
  return items.map((fields) => fields.map((f) => escapeField(f, separator)).join(` ${separator} `)).join('\n');
}
