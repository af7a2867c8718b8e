import type { Claim, Correction, Disagreement, Figure } from '../types';
import { joinCell, splitCell } from './escaped-list';

/**
 * The cells that list several items, one a line, fields split by `|`: figures, claims,
 * disagreements and corrections. Reading gives each item as our JSON has it, or says which
 * line is not in the cell's form; the schema checks the fields' values afterwards.
 */

/** One item read from a list cell: the value, or a form error, with its line in the cell. */
export type ListItem<T> = { line: number; value: T } | { line: number; text: string; error: string };

const NUMBER = String.raw`\d+(?:\.\d+)?(?:[eE][+-]?\d+)?`;
const QUALIFIERS = ['exactly', 'about', 'more than', 'at least', 'up to'] as const;
// `s`: a unit may hold any character, U+2028 and U+2029 too (`.` alone stops at them).
const AMOUNT = new RegExp(String.raw`^(?:(${QUALIFIERS.join('|')})\s+)?(${NUMBER})(?:\s*\.\.\s*(${NUMBER}))?\s+(.+)$`, 'is');

/** The form of each list cell's lines, as errors tell the editor. */
export const LIST_FORMS = {
  figures: '[about | more than | at least | up to | exactly] 450[..500] unit | what is counted | who gives it',
  claims: 'who | asserts, confirms, acknowledges, denies or declines-to-comment | what they say',
  disagreements: 'date, figure, claim or outcome | what the sources disagree on',
  corrections: 'YYYY-MM-DD | what changed | why',
} as const;

function read<T>(cell: string, width: number, form: string, make: (fields: string[]) => T | undefined): ListItem<T>[] {
  return splitCell(cell, '|').map(({ fields, line }) => {
    const value = fields.length === width ? make(fields) : undefined;
    return value === undefined ? { line, text: fields.join(' | '), error: `is not in the form "${form}"` } : { line, value };
  });
}

/**
 * Reads a `figures` cell: `about 450 drones | drones in the last shipment | Western officials (CNN)`.
 *
 * @example readFigures('300..700 km | range | The Defense Post')[0] // { line: 1, value: { value: 300, max: 700, unit: 'km', counts: 'range', by: 'The Defense Post' } }
 */
export function readFigures(cell: string): ListItem<Figure>[] {
  return read(cell, 3, LIST_FORMS.figures, ([amount, counts, by]) => {
    const m = AMOUNT.exec(amount);
    if (!m) return undefined;
    const figure: Figure = { value: Number(m[2]), unit: m[4].trim(), counts, by };
    if (m[3] !== undefined) figure.max = Number(m[3]);
    if (m[1]) figure.qualifier = m[1].toLowerCase().replace(/\s+/g, ' ') as Figure['qualifier'];
    // Key order as the JSON writes it, so a sheet reads back to the same text.
    const { value, max, qualifier, unit } = figure;
    return { value, ...(max !== undefined && { max }), ...(qualifier && { qualifier }), unit, counts, by };
  });
}

/** Reads a `claims` cell: `Iranian Foreign Ministry | denies | Iran has not sent drones`. */
export function readClaims(cell: string): ListItem<Claim>[] {
  return read(cell, 3, LIST_FORMS.claims, ([by, stance, text]) => ({ by, stance: stance as Claim['stance'], text }));
}

/** Reads a `disagreements` cell: `date | The Hill says Monday, CNN says Sunday`. */
export function readDisagreements(cell: string): ListItem<Disagreement>[] {
  return read(cell, 2, LIST_FORMS.disagreements, ([about, note]) => ({ about: about as Disagreement['about'], note }));
}

/** Reads a `corrections` cell: `2026-11-30 | The date is now 17 October | The source says Monday`. */
export function readCorrections(cell: string): ListItem<Correction>[] {
  return read(cell, 3, LIST_FORMS.corrections, ([date, change, reason]) => ({ date, change, reason }));
}

/** Writes figures as a `figures` cell (the inverse of `readFigures`). */
export function writeFigures(figures: readonly Figure[]): string {
  return joinCell(
    figures.map((f) => [`${f.qualifier ? `${f.qualifier} ` : ''}${f.value}${f.max !== undefined ? `..${f.max}` : ''} ${f.unit}`, f.counts, f.by]),
    '|',
  );
}

/** Writes claims as a `claims` cell. */
export function writeClaims(claims: readonly Claim[]): string {
  return joinCell(claims.map((c) => [c.by, c.stance, c.text]), '|');
}

/** Writes disagreements as a `disagreements` cell. */
export function writeDisagreements(disagreements: readonly Disagreement[]): string {
  return joinCell(disagreements.map((d) => [d.about, d.note]), '|');
}

/** Writes corrections as a `corrections` cell. */
export function writeCorrections(corrections: readonly Correction[]): string {
  return joinCell(corrections.map((c) => [c.date, c.change, c.reason]), '|');
}
