import type { ErrorObject } from 'ajv/dist/2020.js';
import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { schemaErrors } from './schema-check';
import type { TimelineData } from './types';
import { jsonLocator, jsonPath, positionAt } from './json-location';
import { checkRules } from './semantic-rules';
import { MAX_DEPTH, tooDeep } from './json-depth';

/** One problem in a data file, with everything an editor needs to fix it. */
export interface DataError {
  file: string;
  line?: number;
  column?: number;
  /** JSONPath of the bad value, e.g. `$.events[3].date.day`. */
  path: string;
  /** The bad value, shortened for display; empty when the value is missing. */
  value: string;
  /** The rule broken: a JSON Schema keyword (`required`, `pattern`...) or one of ours (`calendar-date`, `unique-id`...). */
  rule: string;
  message: string;
  /** For a sheet (CSV/TSV): the row and column the editor sees, and the line within a list cell. */
  cell?: SheetCell;
}

/** A place in a sheet: its row as the spreadsheet numbers it (the header is row 1) and a column by its header name. */
export interface SheetCell {
  row?: number;
  column?: string;
  /** The line within a cell that lists several items (figures, claims...), from 1. */
  item?: number;
}

/** The outcome of reading a data file: the data when there are no errors, else every error. */
export type Validated = { ok: true; data: TimelineData } | { ok: false; errors: DataError[] };


const URL_MESSAGE = 'is not an absolute http(s) URL (javascript:, data:, vbscript: and protocol-relative links are refused)';

/** A value as an error shows it: JSON, escaped, shortened to 80 characters. */
export function show(value: unknown): string {
  if (value === undefined) return '';
  // Bidi and zero-width characters escaped too, so a value cannot reorder or hide the error line.
  const s = (JSON.stringify(value) ?? String(value)).replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
}

function schemaPath(e: ErrorObject): (string | number)[] {
  const path = e.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (e.keyword === 'required') path.push(String(e.params.missingProperty));
  if (e.keyword === 'additionalProperties') path.push(String(e.params.additionalProperty));
  if (e.keyword === 'dependentRequired') path.push(String(e.params.missingProperty));
  return path;
}

function schemaMessage(e: ErrorObject): string {
  switch (e.keyword) {
    case 'required':
    case 'dependentRequired':
      return 'is required but missing';
    case 'additionalProperties':
      return 'is not a known field';
    case 'enum':
      return `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `must match ${String(e.params.pattern)}`;
    default:
      return e.message ?? e.keyword;
  }
}

/** One broken rule in parsed data: where (as a path), the bad value, the rule and what is wrong. */
export interface DataProblem {
  path: (string | number)[];
  value: unknown;
  rule: string;
  message: string;
}

/**
 * Checks parsed data against the JSON Schema, then the rules a schema cannot express; the one
 * check every data file goes through, whatever it was written in (JSON, or a sheet).
 *
 * @example dataProblems({ title: 'T', description: 'D', events: [] }) // [{ path: ['events'], rule: 'minItems', ... }]
 */
export function dataProblems(data: unknown): DataProblem[] {
  const out: DataProblem[] = [];
  for (const e of schemaErrors(data)) {
    // The discriminator already picked the branch; its generic "oneOf" echo adds nothing.
    if (e.keyword === 'oneOf' || e.keyword === 'if') continue;
    const path = schemaPath(e);
    // A link that is not http(s) (javascript:, data:, //host) gets our clearer rule and message.
    if (e.keyword === 'pattern' && path[path.length - 1] === 'url') out.push({ path, value: valueAt(data, path), rule: 'http-url', message: URL_MESSAGE });
    else out.push({ path, value: valueAt(data, path), rule: e.keyword, message: schemaMessage(e) });
  }
  out.push(...checkRules(data as TimelineData));
  return out;
}

/**
 * Reads and checks a timeline data file: JSON syntax, the JSON Schema, then the rules a schema
 * cannot express. Lists every error, each with file, line and column, JSON path, value and rule.
 *
 * @example validateTimelineText('{"events": []}', 'data/events.json') // { ok: false, errors: [...] }
 */
export function validateTimelineText(text: string, file: string): Validated {
  const deep = tooDeep(text);
  if (deep >= 0)
    return {
      ok: false,
      errors: [{ file, ...positionAt(text, deep), path: '$', value: '', rule: 'json-depth', message: `nests arrays and objects more than ${MAX_DEPTH} levels deep here (timeline data needs six); look for a run of unclosed brackets` }],
    };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: syntaxErrors(text, file) };
  }
  const locate = jsonLocator(text);
  const errors: DataError[] = [];
  const add = (path: (string | number)[], value: unknown, rule: string, message: string) =>
    errors.push({ file, ...locate(path, rule === 'additionalProperties' ? 'key' : 'value'), path: jsonPath(path), value: show(value), rule, message });

  // A number too large for a double (1e400) parses as Infinity, which the schema would call "null".
  // Only an exponent of three digits or 309 digits in a row can overflow: skip the walk otherwise.
  const huge = /[eE][+-]?\d{3}|\d{309}/.test(text) ? infinitePaths(data) : [];
  for (const path of huge) {
    const at = locate(path);
    const line = at ? text.split('\n', at.line)[at.line - 1] : '';
    const value = /^-?[\d.eE+-]+/.exec(line.slice((at?.column ?? 1) - 1))?.[0] ?? 'Infinity';
    errors.push({ file, ...at, path: jsonPath(path), value, rule: 'number-range', message: 'is too large to be a number; write a number below 1e308' });
  }
  if (huge.length) return { ok: false, errors };

  for (const p of dataProblems(data)) add(p.path, p.value, p.rule, p.message);
  return errors.length ? { ok: false, errors } : { ok: true, data: data as TimelineData };
}

/** The syntax errors of a text that is not JSON, each where the parser stopped understanding it. */
function syntaxErrors(text: string, file: string): DataError[] {
  const syntax: ParseError[] = [];
  parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false });
  const errors = syntax.map((s) => ({
    file,
    ...positionAt(text, s.offset),
    path: '$',
    value: show(text.slice(s.offset, s.offset + Math.max(1, Math.min(s.length, 20)))),
    rule: 'json-syntax',
    message: `is not valid JSON (${printParseErrorCode(s.error)})`,
  }));
  return errors.length ? errors : [{ file, path: '$', value: '', rule: 'json-syntax', message: 'is empty' }];
}

/** The paths of the numbers that are not finite (1e400 reads as Infinity), in document order. */
function infinitePaths(data: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const path: (string | number)[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'number' && !Number.isFinite(v)) out.push([...path]);
    else if (v && typeof v === 'object') {
      for (const k in v) {
        path.push(Array.isArray(v) ? Number(k) : k);
        walk((v as Record<string, unknown>)[k]);
        path.pop();
      }
    }
  };
  walk(data);
  return out;
}

/**
 * Writes one error on one line, the way compilers do.
 *
 * @example 'data/events.json:12:17 $.events[3].date.day "2022-02-30" is not a real calendar day [calendar-date]'
 * @example 'story.csv row 14, column `date`: "2022-02-30" is not a real calendar day [calendar-date]'
 */
export function formatDataError(e: DataError): string {
  if (e.cell) {
    const { row, column, item } = e.cell;
    const at = [row && `row ${row}`, column && `column \`${column}\``, item && `line ${item}`].filter(Boolean).join(', ');
    return `${e.file}${at ? ` ${at}` : ''}:${e.value ? ` ${e.value}` : ''} ${e.message} [${e.rule}]`;
  }
  const where = e.line ? `${e.file}:${e.line}:${e.column}` : e.file;
  return `${where} ${e.path}${e.value ? ` ${e.value}` : ''} ${e.message} [${e.rule}]`;
}
