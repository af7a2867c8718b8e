import type { TimelineData } from './types';
import { parseDay, parseMonth } from '../time/calendar-day';
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
 * unique ids, web-only links, and links that show where they go. Expects data that already passed the schema's shape checks
 * where it looks; anything else it skips rather than throws on.
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
    }
    (Array.isArray(e.sources) ? e.sources : []).forEach((s, j) => {
      if (!s || typeof s !== 'object') return;
      if (typeof s.published === 'string') {
        if (s.published.length === 10) day(at('sources', j, 'published'), s.published);
        else if (/^\d{4}-\d{2}$/.test(s.published) && !inRange(s.published))
          out.push({ path: at('sources', j, 'published'), value: s.published, rule: 'date-range', message: RANGE_MESSAGE });
        else if (/^\d{4}-\d{2}$/.test(s.published) && !parseMonth(s.published))
          out.push({ path: at('sources', j, 'published'), value: s.published, rule: 'calendar-date', message: 'is not a real calendar month' });
      }
      // Links that do not even start with http(s):// are already refused by the schema.
      const problem = typeof s.url === 'string' ? sourceUrlProblem(s.url) : null;
      if (problem) out.push({ path: at('sources', j, 'url'), value: s.url, ...problem });
      else if (typeof s.url === 'string' && /^https?:\/\//.test(s.url) && !isWebUrl(s.url))
        out.push({ path: at('sources', j, 'url'), value: s.url, rule: 'http-url', message: 'is not an absolute http(s) URL' });
    });
  });
  return out;
}

/** True for an absolute http: or https: URL with a host; false for javascript:, data:, //host and the like. */
export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\/[^\s/]/i.test(text) || /[\s<>"\\]/.test(text)) return false;
  return (httpUrl(text)?.hostname ?? '') !== '';
}
