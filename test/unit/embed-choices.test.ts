import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/data/types';
import { embedView, monthWindow, type EmbedChoices } from '../../src/url/embed-choices';
import { writeView } from '../../src/url/view-link';
import { parseLink, type ViewRequest } from '../../src/url/view-request';

const OCT = Date.UTC(2022, 9, 1);
const DEC = Date.UTC(2022, 11, 1);
const base: EmbedChoices = { start: 'all', event: 'first-event', from: '2022-10', to: '2022-11', kinds: [...KINDS], actor: '', outlet: '', keepQ: false, lanes: false };
const current: ViewRequest = { event: 'picked', window: [OCT + 5e6, DEC - 7e6], kinds: ['strike'], q: 'shahed' };

describe('monthWindow', () => {
  it('monthWindow spans whole months, both ends included', () => {
    expect(monthWindow('2022-10', '2022-11')).toEqual([OCT, DEC]);
    expect(monthWindow('2022-10', '2022-10')).toEqual([OCT, Date.UTC(2022, 10, 1)]);
  });

  it('monthWindow is null for a reversed or unreadable pair', () => {
    expect(monthWindow('2022-11', '2022-10')).toBeNull();
    expect(monthWindow('', '2022-10')).toBeNull();
    expect(monthWindow('2022-13', '2023-01')).toBeNull();
  });
});

describe('embedView', () => {
  it('embedView takes its place from the start chosen', () => {
    expect(embedView({ ...base, start: 'view' }, current)).toEqual({ event: 'picked', window: current.window });
    expect(embedView({ ...base, start: 'event' }, current)).toEqual({ event: 'first-event' });
    expect(embedView({ ...base, start: 'window' }, current)).toEqual({ window: [OCT, DEC] });
    expect(embedView({ ...base, start: 'all' }, current)).toEqual({});
    expect(embedView({ ...base, start: 'window', from: '2022-12' }, current), 'a reversed window: the whole span').toEqual({});
  });

  it('embedView writes the filters and lanes chosen, and leaves the defaults out', () => {
    expect(embedView({ ...base, kinds: ['strike', 'delivery'] }, current)).toEqual({ kinds: ['delivery', 'strike'] });
    expect(embedView({ ...base, kinds: [] }, current), 'no kind is no filter, never an empty embed').toEqual({});
    expect(embedView({ ...base, actor: 'Iran', outlet: 'Reuters', lanes: true }, current)).toEqual({ actors: ['Iran'], outlets: ['Reuters'], lanes: 'actor' });
    expect(embedView({ ...base, keepQ: true }, current)).toEqual({ q: 'shahed' });
    expect(embedView({ ...base, keepQ: true }, {}), 'no search to keep').toEqual({});
  });

  it('parseLink(writeView(embedView(c))) gives back the same view, for any choices', () => {
    const choices = fc.record({
      start: fc.constantFrom('view', 'event', 'window', 'all'),
      event: fc.constantFrom('', 'a-b', '2022-10-06-moscow-agreement'),
      from: fc.constantFrom('', '2022-01', '2022-10', '2023-06'),
      to: fc.constantFrom('', '2022-01', '2022-11', '2023-06'),
      kinds: fc.subarray([...KINDS]),
      actor: fc.constantFrom('', 'Iran', 'a&b=c'),
      outlet: fc.constantFrom('', 'Reuters', '100%'),
      keepQ: fc.boolean(),
      lanes: fc.boolean(),
    }) as fc.Arbitrary<EmbedChoices>;
    fc.assert(
      fc.property(choices, (c) => {
        const v = embedView(c, { ...current, window: [OCT, DEC] });
        expect(parseLink(writeView(v)).request).toEqual(v);
      }),
    );
  });
});
