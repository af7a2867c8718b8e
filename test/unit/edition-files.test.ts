import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { editionData, inEdition } from '../../src/build/edition-data';
import { editionFiles } from '../../src/build/timeline-plugin';
import { buildModel } from '../../src/data/timeline-model';
import type { Translation } from '../../src/data/translation-types';
import type { TimelineData } from '../../src/data/types';
import { msg } from '../../src/i18n/msg';

// A catalogue as the msg helper's catalogueFor gives one: only the note, in Persian, so the test
// sees which pages were written with it in use.
const NOTE = 'ترجمه از نسخهٔ انگلیسی (آزمون)';
vi.mock('../../src/i18n/catalogue-files', () => ({
  catalogueFor: (edition: string) => (edition === 'fa' ? { 'edition.translated-note': 'ترجمه از نسخهٔ انگلیسی (آزمون)' } : undefined),
}));

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const template = read('index.html');
const data = JSON.parse(read('data/events.json')) as TimelineData;
const model = buildModel(data);
const fa = JSON.parse(read('data/events.fa.json')) as Translation;
const opts = { large: false, eventPages: true, cards: false, editions: ['en', 'fa'] as const };

describe('editionFiles with a catalogue', () => {
  const files = editionFiles(editionData('fa', data, model, fa), template, opts);
  const page = (name: string) => files.find((f) => f.fileName === name)!.source;

  it('editionFiles writes an edition\'s pages with its messages in use, and its catalogue into the page as JSON', () => {
    for (const name of ['fa/index.html', 'fa/embed.html', `fa/events/${data.events[0].id}/index.html`]) {
      expect(page(name), name).toContain(`<p class="translated-note">${NOTE}</p>`);
      const json = /<script type="application\/json" id="timeline-messages">([^<]*)<\/script>/.exec(page(name))?.[1];
      expect(JSON.parse(json!), name).toEqual({ 'edition.translated-note': NOTE });
    }
  });

  it('editionFiles puts English back after an edition', () => {
    expect(msg('Translated from the English edition; quotations, sources and names keep their original wording.', { id: 'edition.translated-note' })).not.toBe(NOTE);
    const en = editionFiles(editionData('en', data, model), template, opts);
    for (const f of en) expect(f.source, f.fileName).not.toContain('timeline-messages');
  });
});

describe('inEdition', () => {
  const note = () => msg('Translated from the English edition; quotations, sources and names keep their original wording.', { id: 'edition.translated-note' });

  it('inEdition answers in the edition while it runs, and in English after, also when it throws', () => {
    expect(inEdition('fa', note)).toBe(NOTE);
    expect(note()).not.toBe(NOTE);
    expect(() => inEdition('fa', () => {
      throw new Error('x');
    })).toThrow('x');
    expect(note()).not.toBe(NOTE);
  });

  it('inEdition keeps the edition until an awaited render settles', async () => {
    const seen = await inEdition('fa', async () => {
      await new Promise((r) => setTimeout(r, 1));
      return note();
    });
    expect(seen).toBe(NOTE);
    expect(note()).not.toBe(NOTE);
  });
});
