import type { EventDate, TimelineEvent } from '../../src/data/types';

/** A schema-valid event with one source, for tests that only care about a few of its fields. */
export function makeEvent(id: string, date: EventDate, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    date,
    kind: 'report',
    title: `Title of ${id}`,
    summary: `Summary of ${id}.`,
    actors: ['Iran'],
    sources: [{ outlet: 'Example News', headline: `Headline of ${id}`, published: '2022-10-07', article: `${id}.txt` }],
    ...extra,
  };
}

/** A day-precision date. */
export const onDay = (day: string): EventDate => ({ precision: 'day', day });
