import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editionData, eventEdition } from '../../src/build/edition-data';
import { buildModel } from '../../src/data/timeline-model';
import type { Translation } from '../../src/data/translation-types';
import type { TimelineData } from '../../src/data/types';
import { parsePageEdition } from '../../src/i18n/page-edition';
import { renderEventItem } from '../../src/render/event-list';
import { escapeHtml } from '../../src/render/html';
import { formatEventDate } from '../../src/time/date-label';
import { formatEventDateBeside } from '../../src/time/locale-dates';

const read = <T>(path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as T;
const data = read<TimelineData>('data/events.json');
const model = buildModel(data);
const fa = read<Translation>('data/events.fa.json');

describe('editionData', () => {
  it('editionData of English is the English data and model themselves', () => {
    const en = editionData('en', data, model);
    expect(en.data).toBe(data);
    expect(en.model).toBe(model);
    expect(en.english).toEqual({});
  });

  it('editionData puts the translation in place, keeping every event in the English order, time and id', () => {
    const before = structuredClone(data);
    const ed = editionData('fa', data, model, fa);
    expect(ed.data.title).toBe(fa.title);
    expect(ed.data.description).toBe(fa.description);
    expect(ed.model.events.map((c) => [c.event.id, c.at, c.index])).toEqual(model.events.map((c) => [c.event.id, c.at, c.index]));
    for (const c of ed.model.events) {
      expect(c.event.title).toBe(fa.events[c.event.id].title);
      expect(ed.model.byId.get(c.event.id)).toBe(c);
      expect(c.event.sources).toEqual(model.byId.get(c.event.id)!.event.sources);
    }
    expect(ed.english).toEqual({});
    expect(data).toEqual(before);
  });

  it('editionData lists by event what a partial translation leaves in English', () => {
    const [a, b] = [data.events[0], data.events.find((e) => e.claims?.length && e !== data.events[0])!];
    const partial: Translation = { ...fa, status: 'partial', events: { ...fa.events } };
    delete partial.events[a.id];
    partial.events[b.id] = { ...fa.events[b.id], claims: undefined };
    const ed = editionData('fa', data, model, partial);
    expect(ed.english[a.id]).toEqual(expect.arrayContaining(['title', 'summary']));
    expect(ed.english[b.id]).toEqual(['claims']);
    expect(Object.keys(ed.english).sort()).toEqual([a.id, b.id].sort());
    expect(ed.model.byId.get(a.id)!.event.title).toBe(a.title);
  });
});

describe('eventEdition in the list', () => {
  const [a, b] = [data.events[0], data.events.find((e) => e.claims?.length && e !== data.events[0])!];
  const partial: Translation = { ...fa, status: 'partial', events: { ...fa.events } };
  delete partial.events[a.id];
  partial.events[b.id] = { ...fa.events[b.id], claims: undefined };
  const ed = editionData('fa', data, model, partial);
  const item = (id: string) => renderEventItem(ed.model.byId.get(id)!.event, './', '', eventEdition(ed, ed.model.byId.get(id)!.event)).value;

  it('the list marks an untranslated title and summary lang="en" and leaves translated texts unmarked', () => {
    expect(item(a.id)).toContain(`<span lang="en" dir="ltr">${escapeHtml(a.title)}</span></a></h3>`);
    expect(item(a.id)).toContain(`<p class="summary"><span lang="en" dir="ltr">${escapeHtml(a.summary)}</span></p>`);
    expect(item(b.id)).toContain(`<p class="summary">${escapeHtml(fa.events[b.id].summary)}</p>`);
    for (const c of b.claims!) expect(item(b.id)).toContain(`<span lang="en" dir="ltr">${escapeHtml(c.text)}</span>`);
  });

  it('the list dates an event in the edition\'s calendar, with its translated label', () => {
    for (const c of ed.model.events) {
      const time = new RegExp(`<time datetime="[^"]*">([^<]*)</time>`).exec(item(c.event.id))![1];
      expect(time).toBe(escapeHtml(formatEventDateBeside(c.event.date, 'fa', partial.events[c.event.id]?.dateLabel)));
    }
  });

  it('the English list is written as it always was', () => {
    const en = editionData('en', data, model);
    for (const c of model.events) {
      expect(eventEdition(en, c.event)).toBeUndefined();
      expect(renderEventItem(c.event, './', '', eventEdition(en, c.event)).value).toBe(renderEventItem(c.event, './').value);
      expect(renderEventItem(c.event, './').value).not.toContain('lang=');
      expect(renderEventItem(c.event, './').value).toContain(escapeHtml(formatEventDate(c.event.date)));
    }
  });
});

describe('parsePageEdition', () => {
  it('parsePageEdition reads the edition JSON the build writes', () => {
    expect(parsePageEdition('{"edition":"fa","english":{"x":["title","summary"]},"dateLabels":{"y":"اواخر"}}')).toEqual({ edition: 'fa', english: { x: ['title', 'summary'] }, dateLabels: { y: 'اواخر' } });
  });

  it('parsePageEdition gives null for no text, text that is not JSON, or JSON of another shape', () => {
    for (const text of [null, undefined, '', '{', '[]', '{"edition":1,"english":{},"dateLabels":{}}', '{"edition":"fa","english":[],"dateLabels":{}}']) expect(parsePageEdition(text)).toBeNull();
  });

  it('parsePageEdition drops entries of the wrong type', () => {
    expect(parsePageEdition('{"edition":"fa","english":{"x":"title","y":["title",3]},"dateLabels":{"z":5}}')).toEqual({ edition: 'fa', english: { y: ['title'] }, dateLabels: {} });
  });
});
