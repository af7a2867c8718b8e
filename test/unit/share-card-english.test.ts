import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardAlt } from '../../src/build/share-card/card-page';
import { planCards } from '../../src/build/share-card/card-plan';
import { buildModel } from '../../src/data/timeline-model';
import type { TimelineData } from '../../src/data/types';

// The English cards are the ones already published: the editions must not move a pixel of them.
// The snapshot below was written by the code before the editions (commit it once; a change to it
// is a change to every published English card, to be made on purpose).
const data = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as TimelineData;
const model = buildModel(data);

describe('English share cards', () => {
  it('planCards plans the English cards of our story exactly as before the editions (files, trees and alt texts)', async () => {
    const plan = planCards(data, model, true);
    const alts = [cardAlt(data, { kind: 'main' }), ...model.events.map((item) => cardAlt(data, { kind: 'event', item }))];
    const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');
    const summary = {
      files: plan.map((c) => c.fileName),
      trees: plan.map((c) => `${c.fileName} ${digest(c.tree)}`),
      alts,
    };
    await expect(JSON.stringify(summary, null, 2) + '\n').toMatchFileSnapshot('__snapshots__/share-card-english.json');
  });
});
