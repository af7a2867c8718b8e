import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TimelineData } from '../../src/data/types';
import { formatDataError, validateTimelineText } from '../../src/data/validate';
import { validateTranslationText, type TranslationValidated } from '../../src/data/validate-translation';
import { makeEvent, onDay } from './make-event';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** 1-based line and column of the first `needle` at or after `from`, counted here rather than by the code under test. */
function at(text: string, needle: string, from = 0) {
  const offset = text.indexOf(needle, from);
  expect(offset).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

const english: TimelineData = {
  title: 'A story',
  description: 'What happened.',
  events: [
    makeEvent('first-event', onDay('2022-10-06'), {
      claims: [
        { by: 'Iran', stance: 'denies', text: 'It sent none.' },
        { by: 'US', stance: 'asserts', text: 'It sent some.' },
      ],
      disagreements: [{ about: 'claim', note: 'They disagree.' }],
    }),
    makeEvent('second-event', { precision: 'approximate', start: '2022-11-01', end: '2022-11-10', label: 'early November 2022' }, {
      figures: [{ value: 450, qualifier: 'about', unit: 'drones', counts: 'drones in one shipment', by: 'officials' }],
    }),
  ],
};

/** A complete Russian translation of `english`, as the text an editor writes. */
const complete = {
  $schema: './translation.schema.json',
  language: 'ru',
  translationOf: 'events.json',
  status: 'complete',
  title: 'История',
  description: 'Что произошло.',
  events: {
    'first-event': { title: 'Первое', summary: 'Первое событие.', claims: ['Не отправлял.', 'Отправлял.'], disagreements: ['Они расходятся.'] },
    'second-event': { title: 'Второе', summary: 'Второе событие.', dateLabel: 'начало ноября 2022 г.', figures: ['беспилотники в одной партии'] },
  },
};

const text = (value: unknown) => JSON.stringify(value, null, 2);
const FILE = 'data/events.ru.json';

function errorsOf(result: TranslationValidated) {
  if (result.ok) throw new Error('validated');
  for (const e of result.errors) expect(e.file).toBe(FILE);
  return result.errors;
}

describe('validateTranslationText', () => {
  it('validateTranslationText accepts a complete translation and lists nothing missing', () => {
    const result = validateTranslationText(text(complete), FILE, english);
    expect(result).toEqual({ ok: true, translation: complete, missing: [] });
  });

  it('validateTranslationText lists the texts a partial translation leaves in English', () => {
    const partial = { ...complete, status: 'partial', events: { 'second-event': { title: 'Второе', summary: 'Второе событие.' } } };
    const result = validateTranslationText(text(partial), FILE, english);
    expect(result.ok && result.missing).toEqual(['$.events["first-event"]', '$.events["second-event"].dateLabel', '$.events["second-event"].figures']);
  });

  it('validateTranslationText refuses a "complete" translation with an untranslated event or list, where it is missing, in file order', () => {
    const t = { ...complete, events: { 'first-event': { title: 'Первое', summary: 'Первое событие.', claims: ['a', 'b'] } } };
    const src = text(t);
    expect(errorsOf(validateTranslationText(src, FILE, english))).toEqual([
      { file: FILE, ...at(src, '{', src.indexOf('"events"')), path: '$.events["second-event"]', value: '', rule: 'incomplete', message: expect.stringContaining('"partial"') },
      { file: FILE, ...at(src, '{', src.indexOf('"first-event"')), path: '$.events["first-event"].disagreements', value: '', rule: 'incomplete', message: expect.stringContaining('"status": "complete"') },
    ]);
  });

  it('validateTranslationText reports an event id that is not in the English data at its key', () => {
    const t = { ...complete, events: { ...complete.events, 'third-event': { title: 'Третье', summary: 'Третье.' } } };
    const src = text(t);
    expect(errorsOf(validateTranslationText(src, FILE, english))).toEqual([
      { file: FILE, ...at(src, '"third-event"'), path: '$.events["third-event"]', value: '"third-event"', rule: 'unknown-event', message: expect.stringContaining('English data') },
    ]);
  });

  it('validateTranslationText reports lists whose length is not the English one, at the list', () => {
    const t = structuredClone(complete);
    t.events['first-event'].claims = ['Только одно.'];
    t.events['second-event'].figures = ['a', 'b'];
    const src = text(t);
    const errors = errorsOf(validateTranslationText(src, FILE, english));
    expect(errors.map((e) => [e.path, e.value, e.rule])).toEqual([
      ['$.events["first-event"].claims', '1', 'array-length'],
      ['$.events["second-event"].figures', '2', 'array-length'],
    ]);
    expect(errors[0]).toMatchObject(at(src, '[', src.indexOf('"claims"')));
    expect(errors[0].message).toContain('English event has 2');
  });

  it('validateTranslationText refuses a date label for a date without one', () => {
    const t = structuredClone(complete) as typeof complete & { events: { 'first-event': { dateLabel?: string } } };
    t.events['first-event'].dateLabel = '6 октября';
    const src = text(t);
    expect(errorsOf(validateTranslationText(src, FILE, english))).toMatchObject([{ ...at(src, '"6 октября"'), path: '$.events["first-event"].dateLabel', rule: 'date-label' }]);
  });

  it('validateTranslationText checks the file names the English file and its own language', () => {
    const src = text({ ...complete, translationOf: 'other.json', language: 'uk' });
    expect(errorsOf(validateTranslationText(src, FILE, english)).map((e) => [e.path, e.value, e.rule, e.line])).toEqual([
      ['$.language', '"uk"', 'language-file', at(src, '"uk"').line],
      ['$.translationOf', '"other.json"', 'translation-of', at(src, '"other.json"').line],
    ]);
  });

  it('validateTranslationText reports schema errors with their rule, in file order', () => {
    const src = text({ ...complete, status: 'done', extra: 1, events: { 'first-event': { title: '' }, 'Bad Id': { title: 'x', summary: 'y' } } });
    expect(errorsOf(validateTranslationText(src, FILE, english)).map((e) => [e.path, e.rule, e.line, e.column])).toEqual([
      ['$.status', 'enum', at(src, '"done"').line, at(src, '"done"').column],
      ['$.events["first-event"].summary', 'required', at(src, '{', src.indexOf('"first-event"')).line, at(src, '{', src.indexOf('"first-event"')).column],
      ['$.events["first-event"].title', 'minLength', at(src, '""').line, at(src, '""').column],
      ['$.events["Bad Id"]', 'pattern', at(src, '"Bad Id"').line, at(src, '"Bad Id"').column],
      ['$.extra', 'additionalProperties', at(src, '"extra"').line, at(src, '"extra"').column],
    ]);
  });

  it('validateTranslationText reports a syntax error where the parser stopped', () => {
    const src = '{\n  "language": "ru",\n  "status" "partial"\n}';
    expect(errorsOf(validateTranslationText(src, FILE, english))[0]).toMatchObject({ line: 3, column: 12, rule: 'json-syntax' });
  });

  it('validateTranslationText never throws and never accepts a file missing a required field', () => {
    const keys = ['language', 'translationOf', 'status', 'title', 'description', 'events'] as const;
    fc.assert(
      fc.property(fc.subarray([...keys], { minLength: 1 }), fc.jsonValue(), (drop, junk) => {
        const t: Record<string, unknown> = { ...complete };
        for (const k of drop) delete t[k];
        const errors = errorsOf(validateTranslationText(text(t), FILE, english));
        expect(errors.filter((e) => e.rule === 'required').map((e) => e.path).sort()).toEqual(drop.map((k) => `$.${k}`).sort());
        validateTranslationText(text(junk), FILE, english);
      }),
    );
  });
});

describe('the shipped translations', () => {
  const data = read('data/events.json');
  const checked = validateTimelineText(data, 'data/events.json');
  if (!checked.ok) throw new Error(checked.errors.map(formatDataError).join('\n'));
  const files = readdirSync(new URL('../../data/', import.meta.url)).filter((f) => /^events\.[a-z]{2,3}(-[A-Za-z0-9]+)*\.json$/.test(f));

  it('data/ ships the Persian, Russian and Ukrainian translations', () => {
    expect(files.sort()).toEqual(['events.fa.json', 'events.ru.json', 'events.uk.json']);
  });

  it.each(files)('%s validates against the current data/events.json', (name) => {
    const result = validateTranslationText(read(`data/${name}`), `data/${name}`, checked.data);
    if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
    // Every event's title and summary are translated; what is left in English is listed and the file says so.
    expect(Object.keys(result.translation.events).sort()).toEqual(checked.data.events.map((e) => e.id).sort());
    expect(result.translation.status).toBe(result.missing.length ? 'partial' : 'complete');
  });

  /** The numbers written in digits in a text, in any script's digits (1,000 reads as 1000). */
  const numbers = (text: string) =>
    (text.replace(/[۰-۹]/g, (c) => String(c.charCodeAt(0) - 0x06f0)).replace(/(\d),(\d{3})/g, '$1$2').match(/(?<![\p{L}\d])\d+/gu) ?? []).sort();

  it.each(files)('%s keeps every number of the English titles, summaries, claims, notes and figures', (name) => {
    const t = JSON.parse(read(`data/${name}`)) as { events: Record<string, { title: string; summary: string; figures?: string[]; claims?: string[]; disagreements?: string[] }> };
    for (const e of checked.data.events) {
      const tr = t.events[e.id];
      for (const n of numbers(`${e.title} ${e.summary}`)) expect(numbers(`${tr.title} ${tr.summary}`), `${e.id}: ${n}`).toContain(n);
      tr.figures?.forEach((text, i) => {
        for (const n of numbers(e.figures![i].counts)) expect(numbers(text), `${e.id} figure ${i}: ${n}`).toContain(n);
      });
      tr.claims?.forEach((text, i) => {
        for (const n of numbers(e.claims![i].text)) expect(numbers(text), `${e.id} claim ${i}: ${n}`).toContain(n);
      });
      tr.disagreements?.forEach((text, i) => {
        for (const n of numbers(e.disagreements![i].note)) expect(numbers(text), `${e.id} note ${i}: ${n}`).toContain(n);
      });
    }
  });

  it('events.fa.json is written with Persian digits and letters (ی, ک), never Latin digits or Arabic forms', () => {
    const t = JSON.parse(read('data/events.fa.json')) as { title: string; description: string; events: Record<string, Record<string, string | string[]>> };
    const texts = [t.title, t.description, ...Object.values(t.events).flatMap((e) => Object.values(e).flat())];
    expect(texts.length).toBeGreaterThan(80);
    for (const text of texts) {
      expect(text).not.toMatch(/[0-9]/);
      expect(text).not.toMatch(/[\u064a\u0643\u0660-\u0669]/);
      // A zero-width non-joiner only ever stands between two letters.
      expect(text).not.toMatch(/(^|[^\p{L}\u0654])\u200c|\u200c($|[^\p{L}])/u);
    }
  });
});
