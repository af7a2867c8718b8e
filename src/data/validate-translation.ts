import Ajv2020 from 'ajv/dist/2020.js';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import schema from '../../data/translation.schema.json';
import { jsonPath, positionAt } from './json-location';
import { MAX_DEPTH, tooDeep } from './json-depth';
import type { EventTranslation, Translation } from './translation-types';
import type { TimelineData } from './types';
import type { DataError } from './validate';

/**
 * The outcome of checking a translation file against the English data: the translation and the
 * texts it leaves in English (JSON paths, for a `partial` file), or every error.
 */
export type TranslationValidated = { ok: true; translation: Translation; missing: string[] } | { ok: false; errors: DataError[] };

const checkSchema = new Ajv2020({ allErrors: true, strict: true }).compile<Translation>(schema);

/** The arrays of an event translation, each matched to the English event's array of the same name. */
const LISTS = ['claims', 'disagreements', 'figures'] as const;

/** A value for an error line: JSON, shortened, with bidi and invisible characters escaped so they cannot reorder the line. */
function show(value: unknown): string {
  if (value === undefined) return '';
  const s = (JSON.stringify(value) ?? String(value)).replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** The file name at the end of a path. */
const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * Reads and checks a translation file (`data/events.<language>.json`) against the English data it
 * translates: JSON syntax, data/translation.schema.json, then that it names the English file and
 * its own language, that every event id is one of the English events, that claims, disagreements
 * and figures have the English event's lengths, that a date label is given only for a date that
 * has one, and, when it says `complete`, that every text is translated. Errors carry file, line
 * and column, JSON path, value and rule, like the data file's.
 *
 * @example validateTranslationText(text, 'data/events.fa.json', english) // { ok: true, translation, missing: ['$.events["…"].claims', …] }
 */
export function validateTranslationText(text: string, file: string, english: TimelineData, englishFile = 'events.json'): TranslationValidated {
  const deep = tooDeep(text);
  if (deep >= 0) return fail({ file, ...positionAt(text, deep), path: '$', value: '', rule: 'json-depth', message: `nests arrays and objects more than ${MAX_DEPTH} levels deep here (a translation needs four)` });
  const syntax: ParseError[] = [];
  const root = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false });
  if (syntax.length || !root) {
    const errors = syntax.map((s) => ({ file, ...positionAt(text, s.offset), path: '$', value: show(text.slice(s.offset, s.offset + Math.max(1, Math.min(s.length, 20)))), rule: 'json-syntax', message: `is not valid JSON (${printParseErrorCode(s.error)})` }));
    return fail(...(errors.length ? errors : [{ file, path: '$', value: '', rule: 'json-syntax', message: 'is empty' }]));
  }
  const data: unknown = JSON.parse(text);
  const found: { offset: number; error: DataError }[] = [];
  const add = (path: (string | number)[], value: unknown, rule: string, message: string, at: 'value' | 'key' = 'value') => {
    const offset = offsetOf(root, path, at);
    found.push({ offset, error: { file, ...positionAt(text, offset), path: jsonPath(path), value: show(value), rule, message } });
  };

  if (!checkSchema(data)) {
    for (const e of checkSchema.errors ?? []) {
      // A bad event id comes twice, as the pattern it breaks and as propertyNames: report it once.
      if (e.propertyName !== undefined && e.keyword !== 'propertyNames') continue;
      const path = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
      if (e.keyword === 'required') add([...path, String(e.params.missingProperty)], undefined, 'required', 'is required but missing');
      else if (e.keyword === 'additionalProperties') add([...path, String(e.params.additionalProperty)], undefined, 'additionalProperties', 'is not a known field', 'key');
      else if (e.keyword === 'propertyNames') add([...path, String(e.params.propertyName)], e.params.propertyName, 'pattern', 'is not an event id (lower-case letters, digits and single hyphens)', 'key');
      else if (e.keyword === 'enum') add(path, valueAt(data, path), 'enum', `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`);
      else add(path, valueAt(data, path), e.keyword, e.keyword === 'pattern' ? `must match ${String(e.params.pattern)}` : (e.message ?? e.keyword));
    }
    return fail(...sorted(found));
  }

  const missing: string[] = [];
  const t = data;
  if (baseName(t.translationOf) !== baseName(englishFile)) add(['translationOf'], t.translationOf, 'translation-of', `must name the English data file it translates, ${JSON.stringify(baseName(englishFile))}`);
  const named = /^events\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$/.exec(baseName(file))?.[1];
  if (named !== undefined && named !== t.language) add(['language'], t.language, 'language-file', `does not match the file name ${JSON.stringify(baseName(file))}: name the file events.${t.language}.json or fix the language`);

  const byId = new Map(english.events.map((e) => [e.id, e]));
  for (const [id, tr] of Object.entries(t.events)) {
    const en = byId.get(id);
    if (!en) {
      add(['events', id], id, 'unknown-event', 'is not the id of an event in the English data (ids never change; was the event removed or renamed?)', 'key');
      continue;
    }
    for (const list of LISTS) {
      const want = en[list]?.length ?? 0;
      const got = tr[list];
      if (got && got.length !== want) add(['events', id, list], got.length, 'array-length', `has ${got.length} ${list} but the English event has ${want}; translate each in the English order`);
    }
    if (tr.dateLabel !== undefined && !('label' in en.date)) add(['events', id, 'dateLabel'], tr.dateLabel, 'date-label', `is given for a ${en.date.precision} date, which has no label in the English data`);
  }
  for (const en of english.events) {
    const tr: EventTranslation | undefined = t.events[en.id];
    const lacks: (string | number)[][] = [];
    if (!tr) lacks.push(['events', en.id]);
    else {
      if ('label' in en.date && tr.dateLabel === undefined) lacks.push(['events', en.id, 'dateLabel']);
      for (const list of LISTS) if ((en[list]?.length ?? 0) > 0 && !tr[list]) lacks.push(['events', en.id, list]);
    }
    for (const path of lacks) {
      if (t.status === 'complete') add(path, undefined, 'incomplete', 'is not translated, but the file says "status": "complete"; translate it, or say "partial"');
      else missing.push(jsonPath(path));
    }
  }
  return found.length ? fail(...sorted(found)) : { ok: true, translation: t, missing };
}

const fail = (...errors: DataError[]): TranslationValidated => ({ ok: false, errors });

/** Errors in the order of the file (a stable sort keeps the checks' order at one place). */
const sorted = (found: { offset: number; error: DataError }[]) => found.sort((a, b) => a.offset - b.offset).map((f) => f.error);

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), data);
}

/**
 * Where a path points in the parse tree: its value (or, with 'key', its property's key), else
 * its nearest ancestor that exists (a missing property is reported at the object that lacks it).
 */
function offsetOf(root: Node, path: (string | number)[], at: 'value' | 'key'): number {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (!node) continue;
    if (at === 'key' && n === path.length && node.parent?.type === 'property') return node.parent.children![0].offset;
    return node.offset;
  }
  return root.offset;
}
