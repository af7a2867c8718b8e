import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { isPymId, parseInbound, pymHeightMessage } from '../../src/embed/messages';
import { validateTimelineText } from '../../src/data/validate';
import { computeFrame } from '../../src/chart/frame';
import { buildModel } from '../../src/data/timeline-model';
import { events } from './arbitraries';

// Property-based tests of the pure edges: generated messages, broken files and crowds of events.

describe('parseInbound, for any message', () => {
  const id = fc.stringMatching(/^[A-Za-z][\w:.-]{0,20}$/);

  it('parseInbound accepts only a width in range for our own id', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), id.map((i) => `pymxPYMx${i}xPYMxwidthxPYMx`)), id, (data, mine) => {
        const m = parseInbound(data, mine);
        if (m !== null) {
          expect(typeof data).toBe('string');
          expect((data as string).split('xPYMx')[1]).toBe(mine);
          expect(m.width).toBeGreaterThan(0);
          expect(m.width).toBeLessThanOrEqual(20_000);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('parseInbound reads back every width a Pym.js parent sends, and only for its id', () => {
    fc.assert(
      fc.property(id, id, fc.integer({ min: 1, max: 20_000 }), (mine, other, width) => {
        expect(isPymId(mine)).toBe(true);
        const message = ['pym', mine, 'width', String(width)].join('xPYMx');
        expect(parseInbound(message, mine)).toEqual({ type: 'width', width });
        if (other !== mine) expect(parseInbound(message, other)).toBeNull();
        // Our own outbound message is never read as an inbound one.
        expect(parseInbound(pymHeightMessage(mine, width), mine)).toBeNull();
      }),
    );
  });
});

describe('validateTimelineText, for any broken file', () => {
  type Breakage = 'day' | 'kind' | 'url' | 'title';
  const BAD: Record<Breakage, unknown> = { day: '2022-02-30', kind: 'rumour', url: 'javascript:alert(1)', title: 42 };

  it('every reported line:column points at the bad value, however the file is laid out', () => {
    fc.assert(
      fc.property(
        events(25),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom<Breakage>('day', 'kind', 'url', 'title')), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(0, 1, 2, 4, '\t'),
        (list, breaks, indent) => {
          const data = { title: 'T', description: 'D', events: structuredClone(list) };
          const broken = new Map<number, Breakage>();
          for (const [n, what] of breaks) broken.set(n % list.length, what);
          for (const [i, what] of broken) {
            const e = data.events[i] as unknown as Record<string, any>;
            if (what === 'day') e.date = { precision: 'day', day: BAD.day };
            if (what === 'kind') e.kind = BAD.kind;
            if (what === 'url') e.sources[0] = { ...e.sources[0], url: BAD.url, verified: true };
            if (what === 'title') e.title = BAD.title;
          }
          const text = JSON.stringify(data, null, indent);
          const r = validateTimelineText(text, 'f.json');
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.errors).toHaveLength(broken.size);
          const lines = text.split('\n');
          for (const e of r.errors) {
            const at = lines[e.line! - 1].slice(e.column! - 1);
            const which = [...broken.values()].find((w) => at.startsWith(JSON.stringify(BAD[w])));
            expect(which, `${e.path} at ${e.line}:${e.column}: ${at.slice(0, 30)}`).toBeDefined();
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the layout, for any set of events', () => {
  it('computeFrame draws every visible event once, as a mark or in a group, with no two marks overlapping in a lane', () => {
    fc.assert(
      fc.property(events(120), fc.integer({ min: 1, max: 5 }), (list, lanes) => {
        const model = buildModel({ events: list });
        const first = model.events[0].start;
        const last = Math.max(...model.events.map((e) => e.end));
        const xs = scaleLinear().domain([first, last + 1]).range([0, 800]);
        const frame = computeFrame(model, xs, { width: 800, lanes, markWidth: 16, groupWidth: 30 });
        const drawn = frame.marks.length + frame.groups.reduce((n, g) => n + g.count, 0);
        expect(drawn).toBe(model.events.length);
        for (let lane = 0; lane < lanes; lane++) {
          const inLane = frame.marks.filter((m) => m.lane === lane);
          for (let k = 1; k < inLane.length; k++) expect(Math.max(inLane[k - 1].x1, inLane[k - 1].x + 8)).toBeLessThan(Math.min(inLane[k].x0, inLane[k].x - 8));
        }
      }),
      { numRuns: 150 },
    );
  });
});
