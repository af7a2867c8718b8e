import type { TimelineEvent } from '../data/types';
import { fold } from './normalize';

/**
 * A compact inverted index of the events' words, built once (at build time for large data sets,
 * on the first search otherwise) and answered without touching the events.
 * Plain JSON, so the build can emit it as an asset.
 */
export interface SearchIndex {
  /** How many events it covers (by their index in date order). */
  count: number;
  /** Every folded word, once, in code-unit order. */
  terms: string[];
  /**
   * Per term, the events that have it: the gaps between their indices (the first index, then
   * each difference) for a rare word, or, for a word in many events, a bitmap in base64 (6
   * events a character), whichever is shorter.
   */
  postings: (number[] | string)[];
}

/**
 * The text of an event a search looks through: title, summary, claims (who and what), quotes
 * (who and what), and each source's outlet and headline.
 */
export function searchableText(e: Pick<TimelineEvent, 'title' | 'summary' | 'claims' | 'sources'>): string {
  const parts = [e.title, e.summary];
  for (const c of e.claims ?? []) parts.push(c.by, c.text);
  for (const s of e.sources) {
    parts.push(s.outlet, s.headline);
    if (s.quote) parts.push(s.quote.by, s.quote.text);
  }
  return parts.join('\n');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** The shorter writing of a sorted list of event indices: gaps, or a base64 bitmap. */
function encodePosting(list: readonly number[], count: number): number[] | string {
  const gaps = list.map((v, i) => (i ? v - list[i - 1] : v));
  // JSON length of the gaps: their digits and commas.
  let gapChars = 2;
  for (const g of gaps) gapChars += String(g).length + 1;
  const bitmapChars = Math.ceil(count / 6) + 2;
  if (gapChars <= bitmapChars) return gaps;
  const bits = new Uint8Array(Math.ceil(count / 6));
  for (const v of list) bits[(v / 6) | 0] |= 1 << v % 6;
  let s = '';
  for (const b of bits) s += B64[b];
  return s.replace(/A+$/, '');
}

/**
 * Builds the index of events given in date order (the model's order).
 *
 * @example buildSearchIndex([{ title: 'Shahed drones', summary: '', sources: [] }]) // { count: 1, terms: ['drones', 'shahed'], postings: [[0], [0]] }
 */
export function buildSearchIndex(events: readonly Pick<TimelineEvent, 'title' | 'summary' | 'claims' | 'sources'>[]): SearchIndex {
  const byTerm = new Map<string, number[]>();
  events.forEach((e, i) => {
    for (const word of fold(searchableText(e)).split(' ')) {
      if (word === '') continue;
      const list = byTerm.get(word);
      if (!list) byTerm.set(word, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  const terms = [...byTerm.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { count: events.length, terms, postings: terms.map((t) => encodePosting(byTerm.get(t)!, events.length)) };
}

/** The first term not before `word`, by binary search. */
function lowerBound(terms: readonly string[], word: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Bitmaps decoded from base64, by index and term: decoded on first use, then OR-ed 4 bytes at a time. */
const decoded = new WeakMap<SearchIndex, (Uint32Array | undefined)[]>();

/** A term's base64 bitmap as bytes of 6 events each, padded to whole 32-bit words. */
function bitmap(index: SearchIndex, t: number, words: number): Uint32Array {
  let cache = decoded.get(index);
  if (!cache) decoded.set(index, (cache = []));
  let bits = cache[t];
  if (!bits) {
    const posting = index.postings[t] as string;
    bits = new Uint32Array(words);
    const bytes = new Uint8Array(bits.buffer);
    for (let k = 0; k < posting.length; k++) bytes[k] = B64_VALUE[posting.charCodeAt(k)];
    cache[t] = bits;
  }
  return bits;
}

/** Adds a term's events to a bitmap of 6 events a byte. */
function addPosting(index: SearchIndex, t: number, union: Uint32Array, bytes: Uint8Array): void {
  const posting = index.postings[t];
  if (typeof posting === 'string') {
    const bits = bitmap(index, t, union.length);
    for (let k = 0; k < union.length; k++) union[k] |= bits[k];
    return;
  }
  let v = 0;
  for (let k = 0; k < posting.length; k++) {
    v += posting[k];
    bytes[(v / 6) | 0] |= 1 << v % 6;
  }
}

/**
 * The events that have, for every one of the (folded) words, a word that starts with it: 1 by
 * event index. No words: no event. Works on bitmaps of 6 events a byte, as the index stores
 * frequent words, so a short prefix that covers many words stays cheap.
 *
 * @example findInIndex(index, ['shah', 'iran']) // Uint8Array [1, 0, 1, …]
 */
export function findInIndex(index: SearchIndex, words: readonly string[]): Uint8Array {
  const mask = new Uint8Array(index.count);
  if (!words.length) return mask;
  const size = Math.ceil(Math.ceil(index.count / 6) / 4);
  const all = new Uint32Array(size);
  const union = new Uint32Array(size);
  const unionBytes = new Uint8Array(union.buffer);
  words.forEach((word, w) => {
    union.fill(0);
    for (let t = lowerBound(index.terms, word); t < index.terms.length && index.terms[t].startsWith(word); t++) addPosting(index, t, union, unionBytes);
    if (w === 0) all.set(union);
    else for (let k = 0; k < size; k++) all[k] &= union[k];
  });
  const groups = new Uint8Array(all.buffer);
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k];
    if (g !== 0) for (let bit = 0; bit < 6; bit++) if (g & (1 << bit)) mask[k * 6 + bit] = 1;
  }
  return mask;
}
