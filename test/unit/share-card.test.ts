import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardText } from '../../src/build/share-card/card-node';
import { cardAlt, cardPath } from '../../src/build/share-card/card-page';
import { planCards } from '../../src/build/share-card/card-plan';
import { eventCard, sourceLine } from '../../src/build/share-card/event-card';
import { CARD_COLOURS, KIND_COLOURS } from '../../src/build/share-card/palette';
import { spanLabel, timelineCard } from '../../src/build/share-card/timeline-card';
import { KIND_STYLES, kindLabel } from '../../src/chart/kinds';
import { buildModel } from '../../src/data/timeline-model';
import { KINDS, type TimelineData } from '../../src/data/types';
import { formatEventDate } from '../../src/time/date-label';
import { makeEvent, onDay } from './make-event';
import fc from 'fast-check';
import { holding, nodes } from './card-tree';

const hostile = '<img src=x onerror="alert(1)"> & “quotes”';
const data: TimelineData = {
  title: 'A timeline of things',
  description: 'What was reported about things, and by whom.',
  events: [
    makeEvent('2022-10-06-agreement', onDay('2022-10-06'), {
      kind: 'agreement',
      title: 'Two parties agree on something',
      sources: [
        { outlet: 'The Daily Example', headline: 'h', published: '2022-10-18', article: 'a.txt' },
        { outlet: 'Other', headline: 'h', published: '2022-10', article: 'b.txt' },
        { outlet: 'Third', headline: 'h', published: '2022', article: 'c.txt' },
      ],
    }),
    makeEvent('aug', { precision: 'month', month: '2022-08' }, { kind: 'delivery', title: hostile }),
    makeEvent('late-feb', { precision: 'approximate', start: '2022-02-19', end: '2022-02-28', label: 'late February 2022' }, { kind: 'strike' }),
  ],
};
const model = buildModel(data);
const timeline = { title: data.title, description: data.description, model };
const item = (id: string) => model.byId.get(id)!;


describe('eventCard', () => {
  it('eventCard shows the timeline’s name, the kind, the date at its precision, the title and the first source', () => {
    for (const e of model.events) {
      const text = cardText(eventCard(e, timeline));
      expect(text).toContain(data.title);
      expect(text).toContain(kindLabel(e.event.kind));
      expect(text).toContain(formatEventDate(e.event.date));
      expect(text).toContain(e.event.title);
      expect(text).toContain(sourceLine(e.event));
    }
    expect(cardText(eventCard(item('late-feb'), timeline))).toContain('late February 2022 (between 19 February 2022 and 28 February 2022)');
  });

  it('eventCard draws the kind’s own glyph, in its colour, beside the kind and on the strip', () => {
    for (const e of model.events) {
      const paths = nodes(eventCard(e, timeline)).filter((n) => n.type === 'path' && n.props.d === KIND_STYLES[e.event.kind].path);
      expect(paths.length).toBe(2);
      for (const p of paths) expect(p.props.fill).toBe(KIND_COLOURS[e.event.kind]);
    }
  });

  it('eventCard keeps text as text: markup in the data is shown, not read', () => {
    const tree = eventCard(item('aug'), timeline);
    expect(holding(tree, hostile)).toBeDefined();
    expect(nodes(tree).some((n) => n.type === 'img')).toBe(false);
  });

  it('eventCard clamps every text to a few lines with an ellipsis, so a long title never overflows', () => {
    const long = makeEvent('long', onDay('2022-10-07'), { title: 'word '.repeat(200).trim() });
    const m = buildModel({ events: [...data.events, long] });
    const tree = eventCard(m.byId.get('long')!, { ...timeline, model: m });
    const title = holding(tree, long.title)!;
    expect(title.props.style).toMatchObject({ display: 'block', lineClamp: 3 });
    for (const text of [data.title, sourceLine(long)]) expect(holding(tree, text)!.props.style).toMatchObject({ display: 'block', lineClamp: 1 });
  });

  it('eventCard is plain data, the same for the same event', () => {
    const tree = eventCard(item('2022-10-06-agreement'), timeline);
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
    expect(eventCard(item('2022-10-06-agreement'), timeline)).toEqual(tree);
  });
});

describe('sourceLine', () => {
  it('sourceLine names the first source’s outlet and date, and counts the others', () => {
    expect(sourceLine(item('2022-10-06-agreement').event)).toBe('Source: The Daily Example, 18 October 2022, and 2 more sources');
    expect(sourceLine(item('aug').event)).toBe('Source: Example News, 7 October 2022');
    const two = { ...item('aug').event, sources: [...item('aug').event.sources, ...item('aug').event.sources] };
    expect(sourceLine(two)).toBe('Source: Example News, 7 October 2022, and 1 more source');
  });
});

describe('timelineCard', () => {
  it('timelineCard shows the title, the description, how many events over what span, and a strip of them all in their kinds’ colours', () => {
    const tree = timelineCard(timeline);
    const text = cardText(tree);
    expect(text).toContain(data.title);
    expect(text).toContain(data.description);
    expect(text).toContain('A timeline of 3 events, February 2022 – October 2022');
    const strokes = nodes(tree).filter((n) => n.type === 'path' && typeof n.props.stroke === 'string').map((n) => n.props.stroke);
    for (const kind of ['agreement', 'delivery', 'strike'] as const) expect(strokes).toContain(KIND_COLOURS[kind]);
  });

  it('spanLabel gives one month when the data is all in one', () => {
    expect(spanLabel([Date.UTC(2022, 9, 1), Date.UTC(2022, 9, 2)])).toBe('October 2022');
    expect(spanLabel([Date.UTC(2022, 9, 1), Date.UTC(2023, 0, 1)])).toBe('October 2022 – December 2022');
  });
});

describe('card palette', () => {
  it('KIND_COLOURS and CARD_COLOURS are the light theme’s colours in theme.css', () => {
    const css = readFileSync(new URL('../../src/styles/theme.css', import.meta.url), 'utf8');
    const light = (name: string) => new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),`).exec(css)?.[1];
    for (const kind of KINDS) expect(KIND_COLOURS[kind], kind).toBe(light(`kind-${kind}`));
    expect(CARD_COLOURS).toEqual({ bg: light('bg'), text: light('text'), muted: light('muted'), border: light('border') });
  });
});

describe('cardPath and planCards', () => {
  it('cardPath gives the main page cards/timeline.png, an event cards/events/<id>.png, and the embed none', () => {
    expect(cardPath({ kind: 'main' })).toBe('cards/timeline.png');
    expect(cardPath({ kind: 'event', item: item('aug') })).toBe('cards/events/aug.png');
    expect(cardPath({ kind: 'embed' })).toBeUndefined();
  });

  it('cardPath never gives an event the timeline’s card, whatever its id', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), (id) => {
        const m = buildModel({ events: [makeEvent(id, onDay('2022-01-01'))] });
        expect(cardPath({ kind: 'event', item: m.events[0] })).not.toBe(cardPath({ kind: 'main' }));
      }),
    );
  });

  it('planCards plans the timeline’s card and one per event page, and only the timeline’s without event pages', () => {
    expect(planCards(data, model, true).map((c) => c.fileName).sort()).toEqual(['cards/events/2022-10-06-agreement.png', 'cards/events/aug.png', 'cards/events/late-feb.png', 'cards/timeline.png']);
    expect(planCards(data, model, false).map((c) => c.fileName)).toEqual(['cards/timeline.png']);
  });

  it('cardAlt says in words what an event’s card shows', () => {
    expect(cardAlt(data, { kind: 'event', item: item('2022-10-06-agreement') })).toBe('Agreement, 6 October 2022: Two parties agree on something. Marked on a strip of the timeline “A timeline of things”.');
    expect(cardAlt(data, { kind: 'main' })).toBe('A timeline of things: the timeline’s 3 events marked on a strip over its span.');
  });
});
