import type { TimelineData } from './types';
import { parseDay, parseMonth, parsePublished } from '../time/calendar-day';
import { httpUrl } from '../url/http-url';
import { sourceUrlProblem } from '../url/source-url';

/** A broken rule found beyond the schema's types: where, the bad value, and which rule. */
export interface RuleViolation {
  path: (string | number)[];
  value: unknown;
  rule: string;
  message: string;
}

/** The years a timeline can show: dates outside them are refused (the schema says so too). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
const RANGE_MESSAGE = `is outside the supported years ${FIRST_YEAR}–${LAST_YEAR}; check the year`;
const inRange = (value: string) => {
  const year = Number(value.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};

/**
 * Checks what a JSON Schema cannot: real calendar dates, windows that do not run backwards,
 * unique ids, web-only links that show where they go, and sources read from the listed texts
 * (when they are listed). Expects data that already passed the schema's shape checks where it
 * looks; anything else it skips rather than throws on.
 */
export function checkRules(data: TimelineData): RuleViolation[] {
  const out: RuleViolation[] = [];
  const seen = new Map<string, number>();
  const events = Array.isArray(data?.events) ? data.events : [];

  const day = (path: (string | number)[], value: unknown): number | null => {
    if (typeof value !== 'string') return null;
    if (/^\d{4}-\d{2}(-\d{2})?$/.test(value) && !inRange(value)) {
      out.push({ path, value, rule: 'date-range', message: RANGE_MESSAGE });
      return null;
    }
    const ms = parseDay(value);
    if (ms === null && /^\d{4}-\d{2}-\d{2}$/.test(value))
      out.push({ path, value, rule: 'calendar-date', message: 'is not a real calendar day' });
    return ms;
  };
  const order = (path: (string | number)[], value: unknown, from: number | null, to: number | null, what: string) => {
    if (from !== null && to !== null && to < from) out.push({ path, value, rule: 'date-order', message: what });
  };

  if (data && typeof data === 'object' && data.updated !== undefined) day(['updated'], data.updated);
  const texts = Array.isArray(data?.texts) ? new Set(data.texts.map((t) => t?.article)) : null;
  (Array.isArray(data?.texts) ? data.texts : []).forEach((t, k) => {
    if (t && typeof t.published === 'string') checkPublished(t.published, ['texts', k, 'published'], out);
  });
  events.forEach((e, i) => {
    if (!e || typeof e !== 'object') return;
    const at = (...p: (string | number)[]) => ['events', i, ...p];
    if (typeof e.id === 'string') {
      const first = seen.get(e.id);
      if (first !== undefined)
        out.push({ path: at('id'), value: e.id, rule: 'unique-id', message: `repeats the id of $.events[${first}]` });
      else seen.set(e.id, i);
    }
    const d = e.date as Record<string, unknown> | undefined;
    if (d && typeof d === 'object') {
      if (d.precision === 'day') day(at('date', 'day'), d.day);
      if (d.precision === 'month' && typeof d.month === 'string' && /^\d{4}-\d{2}$/.test(d.month) && !inRange(d.month))
        out.push({ path: at('date', 'month'), value: d.month, rule: 'date-range', message: RANGE_MESSAGE });
      else if (d.precision === 'month' && typeof d.month === 'string' && /^\d{4}-\d{2}$/.test(d.month) && !parseMonth(d.month))
        out.push({ path: at('date', 'month'), value: d.month, rule: 'calendar-date', message: 'is not a real calendar month' });
      if (d.precision === 'approximate') {
        const s = day(at('date', 'start'), d.start);
        const en = day(at('date', 'end'), d.end);
        order(at('date', 'end'), d.end, s, en, `is before the start ${String(d.start)}`);
      }
      if (d.precision === 'by') {
        const by = day(at('date', 'by'), d.by);
        const from = d.from === undefined ? null : day(at('date', 'from'), d.from);
        order(at('date', 'by'), d.by, from, by, `is before the day it was expected from, ${String(d.from)}`);
      }
      if (d.precision === 'before') {
        const before = day(at('date', 'before'), d.before);
        const after = d.after === undefined ? null : day(at('date', 'after'), d.after);
        // `before` is exclusive: the earliest possible day must come before it.
        if (after !== null && before !== null && after >= before)
          out.push({ path: at('date', 'before'), value: d.before, rule: 'date-order', message: `is not after the earliest possible day, ${String(d.after)}` });
      }
    }
    (Array.isArray(e.corrections) ? e.corrections : []).forEach((c, k) => {
      if (c && typeof c === 'object') day(at('corrections', k, 'date'), c.date);
    });
    (Array.isArray(e.sources) ? e.sources : []).forEach((s, j) => {
      if (!s || typeof s !== 'object') return;
      if (typeof s.published === 'string') checkPublished(s.published, at('sources', j, 'published'), out);
      if (texts && typeof s.article === 'string' && !texts.has(s.article))
        out.push({ path: at('sources', j, 'article'), value: s.article, rule: 'known-article', message: 'is not one of the texts listed in $.texts' });
      // Links that do not even start with http(s):// are already refused by the schema.
      const problem = typeof s.url === 'string' ? sourceUrlProblem(s.url) : null;
      if (problem) out.push({ path: at('sources', j, 'url'), value: s.url, ...problem });
      else if (typeof s.url === 'string' && /^https?:\/\//.test(s.url) && !isWebUrl(s.url))
        out.push({ path: at('sources', j, 'url'), value: s.url, rule: 'http-url', message: 'is not an absolute http(s) URL' });
    });
  });
  return out;
}

/** A source's publication date: real days and months, and a window that does not run backwards. */
function checkPublished(text: string, path: (string | number)[], out: RuleViolation[]): void {
  const [a, b] = text.split('/');
  for (const part of b === undefined ? [a] : [a, b]) {
    if (/^\d{4}(-\d{2}){0,2}$/.test(part) && !inRange(part)) {
      out.push({ path, value: text, rule: 'date-range', message: RANGE_MESSAGE });
      return;
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(part) && parseDay(part) === null) {
      out.push({ path, value: text, rule: 'calendar-date', message: `${b === undefined ? 'is' : `has ${part}, which is`} not a real calendar day` });
      return;
    }
    if (/^\d{4}-\d{2}$/.test(part) && !parseMonth(part)) {
      out.push({ path, value: text, rule: 'calendar-date', message: 'is not a real calendar month' });
      return;
    }
  }
  if (b !== undefined && parsePublished(text) === null && /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(text))
    out.push({ path, value: text, rule: 'date-order', message: `ends before it starts` });
}

/** True for an absolute http: or https: URL with a host; false for javascript:, data:, //host and the like. */
export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\/[^\s/]/i.test(text) || /[\s<>"\\]/.test(text)) return false;
  return (httpUrl(text)?.hostname ?? '') !== '';
}
