// Data sets that test how the build scales, deterministic (no randomness):
//
//   node test/bench/scale-data.mjs long 200 out.json     -> 200 valid events with texts at their longest
//   node test/bench/scale-data.mjs broken 100000 out.json -> 100,000 events, each with one bad value
//
// `long` is what made every event page inline all the data (dist/ grew ~400× the data);
// `broken` is what made the error list rescan the file once per error.

import { writeFileSync } from 'node:fs';

const KINDS = ['delivery', 'agreement', 'strike', 'report', 'statement', 'denial', 'forecast'];
const pad = (n) => String(n).padStart(2, '0');
const day = (i) => {
  const d = new Date(Date.UTC(2021, 0, 1) + (i % 1000) * 86_400_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const text = (words, max) => {
  let s = '';
  for (let k = 0; s.length < max - 12; k++) s += `${words[k % words.length]} `;
  return s.trim().slice(0, max);
};
const WORDS = ['Officials', 'said', 'the', 'shipment', 'of', 'drones', 'arrived', 'by', 'sea', 'according', 'to', 'several', 'reports'];

function longEvent(i) {
  const on = day(i * 3);
  return {
    id: `long-${i}`,
    date: { precision: 'day', day: on },
    kind: KINDS[i % KINDS.length],
    title: text(WORDS, 300),
    summary: text(WORDS, 2000),
    actors: ['Iran', 'Russia'],
    claims: [{ by: 'An official', stance: 'asserts', text: text(WORDS, 600) }],
    disagreements: [{ about: 'claim', note: text(WORDS, 800) }],
    sources: Array.from({ length: 3 }, (_, j) => ({
      outlet: 'Test outlet',
      headline: text(WORDS, 300),
      published: on,
      url: `https://example.org/${i}/${j}`,
      verified: true,
      article: 'synthetic.txt',
      quote: { text: text(WORDS, 400), by: 'A spokesperson' },
    })),
  };
}

function brokenEvent(i) {
  // One bad value each, different rules in turn: a day that is not a day, an unknown kind, a bad link.
  const e = { id: `broken-${i}`, date: { precision: 'day', day: day(i) }, kind: 'strike', title: 'T', summary: 'S', actors: [], sources: [{ outlet: 'O', headline: 'H', published: day(i), url: `https://example.org/${i}`, verified: true, article: 'a.txt' }] };
  if (i % 3 === 0) e.date.day = '2022-02-30';
  else if (i % 3 === 1) e.kind = 'rumour';
  else e.sources[0].url = 'javascript:alert(1)';
  return e;
}

/** The data set of `n` events of the given kind (`long` or `broken`). */
export function scaleData(kind, n) {
  const make = kind === 'long' ? longEvent : brokenEvent;
  return { title: `${n} ${kind} events`, description: `A synthetic data set of ${n} ${kind} events.`, events: Array.from({ length: n }, (_, i) => make(i)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind, n, out] = process.argv.slice(2);
  writeFileSync(out, `${JSON.stringify(scaleData(kind, Number(n)), null, 2)}\n`);
}
