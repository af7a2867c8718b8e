import type { EventFacets } from './event-facets';

/**
 * Event facets as the large-data index ships them: each event's codes as fixed-width base64
 * digits (one digit while a list has at most 64 names), events separated by commas. About a
 * third of the bytes of JSON arrays, and parsed as one string.
 */
export interface PackedFacets {
  actors: string[];
  outlets: string[];
  /** Each event's actor codes, e.g. `ABC,D,,EF` (event 2 has none). */
  eventActors: string;
  eventOutlets: string;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) VALUE[B64.charCodeAt(i)] = i;

/** How many base64 digits a code takes for a list of this many names. */
const width = (names: number) => Math.max(1, Math.ceil(Math.log2(Math.max(names, 2)) / 6));

function pack(start: Uint32Array, codes: Uint32Array, names: number): string {
  const w = width(names);
  const events: string[] = [];
  for (let i = 0; i + 1 < start.length; i++) {
    let s = '';
    for (let k = start[i]; k < start[i + 1]; k++) for (let d = w - 1; d >= 0; d--) s += B64[Math.floor(codes[k] / 64 ** d) % 64];
    events.push(s);
  }
  return events.join(',');
}

function unpack(text: string, count: number, names: number, what: string): [Uint32Array, Uint32Array] {
  const w = width(names);
  const start = new Uint32Array(count + 1);
  if (count === 0) {
    if (text !== '') throw new Error(`The index's ${what} codes are for events it does not have.`);
    return [start, new Uint32Array(0)];
  }
  const codes = new Uint32Array(text.length); // more than enough: a code takes at least one character
  let n = 0;
  let i = 0;
  let digits = 0;
  let value = 0;
  for (let k = 0; k <= text.length; k++) {
    const c = k === text.length ? 44 : text.charCodeAt(k);
    if (c === 44) {
      if (digits !== 0 || i >= count) throw new Error(`The index's ${what} codes do not fit its ${count} events.`);
      start[++i] = n;
      continue;
    }
    const v = c < 128 ? VALUE[c] : -1;
    if (v < 0) throw new Error(`The index's ${what} codes hold “${text[k]}” at ${k}, not a base64 digit.`);
    value = value * 64 + v;
    if (++digits === w) {
      if (value >= names) throw new Error(`The index's ${what} code ${value} at ${k} is past its ${names} names.`);
      codes[n++] = value;
      digits = value = 0;
    }
  }
  if (i !== count) throw new Error(`The index's ${what} codes are for ${i} events, not ${count}.`);
  return [start, codes.slice(0, n)];
}

/** Packs facets for the index. */
export function packFacets(f: EventFacets): PackedFacets {
  return {
    actors: f.actors,
    outlets: f.outlets,
    eventActors: pack(f.actorStart, f.actorCodes, f.actors.length),
    eventOutlets: pack(f.outletStart, f.outletCodes, f.outlets.length),
  };
}

/**
 * Reads packed facets for `count` events; throws with a plain sentence on a malformed index.
 *
 * @example unpackFacets({ actors: ['Iran'], outlets: ['AP'], eventActors: 'A,', eventOutlets: 'A,A' }, 2).actorCodes // Uint32Array [0]
 */
export function unpackFacets(p: PackedFacets, count: number): EventFacets {
  const [actorStart, actorCodes] = unpack(p.eventActors, count, p.actors.length, 'actor');
  const [outletStart, outletCodes] = unpack(p.eventOutlets, count, p.outlets.length, 'outlet');
  return { actors: p.actors, outlets: p.outlets, actorStart, actorCodes, outletStart, outletCodes };
}
