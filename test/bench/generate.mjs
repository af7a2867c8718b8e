// Deterministic synthetic timeline data for the benchmark.
//
//   node test/bench/generate.mjs 1000 10000 100000     -> .bench/data-<n>.json
//
// Events spread over 2015-2024 with story arcs (denser periods), clusters of 50-500 events on
// single days, mixed date precision, every kind, realistic text lengths, 1-4 sources with https
// URLs, and some figures, claims and disagreements. Same n and seed, same bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2015, 0, 1);
const LAST = Date.UTC(2024, 11, 31);
const SPAN_DAYS = (LAST - FIRST) / DAY_MS + 1;

/** mulberry32: a small, fast, seedable PRNG. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = ['delivery', 'agreement', 'strike', 'report', 'statement', 'denial', 'forecast'];
const KIND_WEIGHTS = [14, 8, 22, 26, 16, 8, 6];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ACTORS = [
  'Iran', 'Russia', 'Ukraine', 'United States', 'United Kingdom', 'France', 'Germany', 'European Union', 'NATO', 'China',
  'Belarus', 'Turkey', 'Israel', 'Saudi Arabia', 'United Nations', 'IAEA', 'Wagner Group', 'Hezbollah', 'Houthis',
  'Syria', 'Kazakhstan', 'North Korea', 'Poland', 'Romania', 'Moldova', 'Georgia', 'Armenia', 'Azerbaijan',
  'John Kirby', 'Antony Blinken', 'Sergei Lavrov', 'Hossein Amir-Abdollahian', 'Volodymyr Zelensky', 'Dmytro Kuleba',
  'Jens Stoltenberg', 'Josep Borrell', 'Rafael Grossi', 'Nasser Kanaani', 'Yuriy Ihnat', 'Kyrylo Budanov',
];
const OUTLETS = [
  ['Reuters', 'www.reuters.com'], ['Associated Press', 'apnews.com'], ['The Washington Post', 'www.washingtonpost.com'],
  ['The New York Times', 'www.nytimes.com'], ['BBC News', 'www.bbc.com'], ['The Guardian', 'www.theguardian.com'],
  ['Financial Times', 'www.ft.com'], ['Al Jazeera', 'www.aljazeera.com'], ['CNN', 'edition.cnn.com'],
  ['The Wall Street Journal', 'www.wsj.com'], ['Kyiv Independent', 'kyivindependent.com'], ['Meduza', 'meduza.io'],
  ['Iran International', 'www.iranintl.com'], ['Tasnim News Agency', 'www.tasnimnews.com'], ['TASS', 'tass.com'],
  ['Radio Free Europe/Radio Liberty', 'www.rferl.org'], ['Politico Europe', 'www.politico.eu'], ['Le Monde', 'www.lemonde.fr'],
  ['Der Spiegel', 'www.spiegel.de'], ['The Defense Post', 'www.thedefensepost.com'], ['Bloomberg', 'www.bloomberg.com'],
  ['The Times of Israel', 'www.timesofisrael.com'], ['Ukrainska Pravda', 'www.pravda.com.ua'], ['Sky News', 'news.sky.com'],
];
const PLACES = [
  'Kyiv', 'Odesa', 'Kharkiv', 'Zaporizhzhia', 'Dnipro', 'Lviv', 'Mykolaiv', 'Kherson', 'Moscow', 'Tehran', 'Isfahan',
  'the Caspian Sea', 'Crimea', 'Belgorod', 'Alabuga', 'Minsk', 'Vienna', 'Geneva', 'New York', 'Brussels', 'the Black Sea',
  'Bandar Abbas', 'Astrakhan', 'Makhachkala', 'Yelabuga', 'Kursk', 'Sevastopol', 'Mariupol', 'Bakhmut', 'Donetsk',
];
const WEAPONS = [
  'Shahed-136 drones', 'Shahed-131 drones', 'Mohajer-6 drones', 'Fateh-110 missiles', 'Zolfaghar missiles', 'Geran-2 drones',
  'artillery shells', 'ballistic missiles', 'drone engines', 'guidance kits', 'loitering munitions', 'air-defence systems',
  'glide bombs', 'cruise missiles', 'tank ammunition', 'electronic components', 'Lancet drones', 'Su-35 fighter jets',
];
const VERBS = {
  delivery: ['delivers', 'ships', 'hands over', 'sends a new batch of', 'flies in', 'transfers'],
  agreement: ['signs a deal on', 'agrees to supply', 'reaches an accord over', 'approves a contract for', 'extends a pact on'],
  strike: ['hits', 'strikes', 'launches a wave of attacks on', 'targets', 'shells', 'bombards'],
  report: ['is reported to stockpile', 'is said to be buying', 'is found to be using', 'is reported to assemble', 'tracks'],
  statement: ['says it will expand', 'announces plans for', 'pledges more', 'warns about', 'calls for limits on'],
  denial: ['denies sending', 'rejects reports of', 'dismisses claims about', 'says it never supplied', 'refutes reports on'],
  forecast: ['is expected to receive', 'could deploy', 'may soon obtain', 'is likely to start producing', 'plans to acquire'],
};
const FILLER = [
  'according to officials who spoke on condition of anonymity',
  'citing intelligence assessments shared with allies',
  'in what analysts describe as a significant escalation',
  'a claim that could not be independently verified',
  'according to satellite imagery reviewed by researchers',
  'as diplomats in several capitals sought to confirm the details',
  'after weeks of speculation in regional media',
  'amid mounting pressure for new sanctions',
  'while the government in question declined to comment',
  'according to a briefing given to reporters',
  'citing shipping records and flight-tracking data',
  'as air-raid alerts sounded across several regions',
];
const UNITS = ['drones', 'missiles', 'shells', 'people', 'flights', 'shipments', 'km', 'million dollars', 'launchers', 'facilities'];
const QUALIFIERS = ['exactly', 'about', 'more than', 'at least', 'up to'];
const STANCES = ['asserts', 'confirms', 'denies'];
const ABOUT = ['date', 'figure', 'claim', 'outcome'];

/** Generates `n` events with a PRNG seeded from `seed` and `n`. */
export function generate(n, seed = 20240611) {
  const rnd = mulberry32(seed ^ Math.imul(n, 2654435761));
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const chance = (p) => rnd() < p;
  const weighted = (items, weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = rnd() * total;
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
    return items[items.length - 1];
  };
  const pickSome = (arr, k) => {
    const out = new Set();
    while (out.size < k) out.add(pick(arr));
    return [...out];
  };
  const gauss = () => {
    // Box-Muller; one value is enough.
    const u = Math.max(rnd(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd());
  };
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const clampDay = (d) => Math.max(0, Math.min(SPAN_DAYS - 1, Math.round(d)));
  const dayMs = (d) => FIRST + clampDay(d) * DAY_MS;
  const human = (ms) => {
    const dt = new Date(ms);
    return `${dt.getUTCDate()} ${MONTHS[dt.getUTCMonth()]} ${dt.getUTCFullYear()}`;
  };

  // Story arcs: periods when the news is denser.
  const arcs = Array.from({ length: 8 }, () => ({ centre: int(60, SPAN_DAYS - 60), spread: int(10, 90) }));
  // Clusters: days with 50-500 events (about a fifth of all events, at least one cluster).
  const clusterDays = [];
  let clustered = 0;
  const clusterBudget = Math.max(50, Math.round(n * 0.2));
  while (clustered < clusterBudget && clustered < n) {
    const size = Math.min(int(50, 500), clusterBudget - clustered, n - clustered);
    if (size < 50 && clusterDays.length) break;
    clusterDays.push({ day: int(0, SPAN_DAYS - 1), size });
    clustered += size;
  }

  const sentence = (kind) => {
    const actor = pick(ACTORS);
    return `${actor} ${pick(VERBS[kind])} ${pick(WEAPONS)} near ${pick(PLACES)}, ${pick(FILLER)}.`;
  };

  const events = [];
  const ids = new Set();
  let clusterIdx = 0;
  let leftInCluster = clusterDays[0]?.size ?? 0;

  for (let i = 0; i < n; i++) {
    // Where it falls in time.
    let dayIndex;
    let inCluster = false;
    if (i < clustered) {
      while (leftInCluster === 0) leftInCluster = clusterDays[++clusterIdx].size;
      leftInCluster--;
      dayIndex = clusterDays[clusterIdx].day;
      inCluster = true;
    } else if (chance(0.45)) {
      const arc = pick(arcs);
      dayIndex = clampDay(arc.centre + gauss() * arc.spread);
    } else {
      dayIndex = int(0, SPAN_DAYS - 1);
    }
    const at = dayMs(dayIndex);

    // Precision: mostly day; clusters are all single days.
    const precision = inCluster ? 'day' : weighted(['day', 'month', 'approximate', 'by'], [74, 11, 11, 4]);
    let date;
    if (precision === 'day') date = { precision, day: iso(at) };
    else if (precision === 'month') date = { precision, month: iso(at).slice(0, 7) };
    else if (precision === 'approximate') {
      const len = weighted([3, 7, 10, 14, 30, 60], [2, 3, 3, 2, 2, 1]);
      const start = dayMs(dayIndex - Math.floor(len / 2));
      const end = Math.max(start, dayMs(dayIndex + Math.ceil(len / 2)));
      const mid = new Date((start + end) / 2);
      const third = mid.getUTCDate() <= 10 ? 'early' : mid.getUTCDate() <= 20 ? 'mid' : 'late';
      const label =
        len >= 30
          ? `around ${MONTHS[mid.getUTCMonth()]} ${mid.getUTCFullYear()}`
          : len <= 7
            ? `the week of ${human(start)}`
            : `${third} ${MONTHS[mid.getUTCMonth()]} ${mid.getUTCFullYear()}`;
      date = { precision, start: iso(start), end: iso(end), label };
    } else {
      date = { precision, by: iso(at) };
      if (chance(0.6)) date.from = iso(dayMs(dayIndex - int(7, 180)));
    }

    const kind = weighted(KINDS, KIND_WEIGHTS);
    const actors = pickSome(ACTORS, int(1, 5));

    // Title: 40-110 characters.
    let title = `${actors[0]} ${pick(VERBS[kind])} ${pick(WEAPONS)}${chance(0.7) ? ` in ${pick(PLACES)}` : ''}`;
    if (chance(0.3)) title += `, ${pick(['officials say', 'report says', 'sources say', 'according to Kyiv', 'says Washington'])}`;
    title = title[0].toUpperCase() + title.slice(1);

    // Summary: 2-4 sentences, roughly 150-700 characters.
    const summary = Array.from({ length: int(2, 4) }, () => sentence(kind)).join(' ');

    // A stable, unique, URL-safe id.
    const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48).replace(/-+$/, '');
    let id = `${iso(at)}-${slug}-${i.toString(36)}`;
    while (ids.has(id)) id += 'x';
    ids.add(id);

    const sources = Array.from({ length: weighted([1, 2, 3, 4], [35, 35, 20, 10]) }, (_, j) => {
      const [outlet, host] = pick(OUTLETS);
      const published = dayMs(dayIndex + int(0, 20));
      const headline = `${sentence(kind).replace(/,.*$/, '')}`.slice(0, 140);
      const pathSlug = headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 70);
      const s = { outlet, headline };
      s.published = chance(0.95) ? iso(published) : iso(published).slice(0, 7);
      const hasUrl = chance(0.93);
      if (hasUrl) {
        s.url = `https://${host}/${iso(published).slice(0, 7).replace('-', '/')}/${pathSlug}-${(i * 7 + j).toString(36)}`;
        s.verified = chance(0.88);
      }
      const hex = Array.from({ length: 16 }, () => '0123456789abcdef'[int(0, 15)]).join('');
      s.article = `${String(int(0, 999)).padStart(3, '0')}_${hex}.txt`;
      if (chance(0.05)) s.note = 'Syndicated copy; the original article is behind a paywall.';
      if (chance(0.1)) s.quote = { text: sentence(kind), by: pick(ACTORS) };
      return s;
    });

    const ev = { id, date, kind, title, summary, actors };
    if (chance(0.2))
      ev.figures = Array.from({ length: int(1, 2) }, () => {
        const value = int(1, 400) * pick([1, 5, 10]);
        const f = { value };
        if (chance(0.15)) f.max = value + int(1, 200);
        if (chance(0.8)) f.qualifier = pick(QUALIFIERS);
        Object.assign(f, { unit: pick(UNITS), counts: `${pick(WEAPONS)} counted ${pick(FILLER)}`, by: pick(OUTLETS)[0] });
        return f;
      });
    if (chance(0.25))
      ev.claims = Array.from({ length: int(1, 3) }, () => ({ by: pick(ACTORS), stance: pick(STANCES), text: sentence(kind) }));
    if (chance(0.1))
      ev.disagreements = [{ about: pick(ABOUT), note: `${pick(ACTORS)} and ${pick(ACTORS)} give different accounts: ${sentence(kind)}` }];
    ev.sources = sources;
    events.push(ev);
  }

  // File order is not date order (editors append as news comes in): shuffle deterministically.
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [events[i], events[j]] = [events[j], events[i]];
  }

  return {
    $schema: '../data/events.schema.json',
    title: `Synthetic benchmark timeline: ${n.toLocaleString('en-US')} events, 2015–2024`,
    description: `Deterministic synthetic data (mulberry32, n=${n}) for the performance benchmark: mixed date precision, clusters of up to 500 events on one day, 1-4 sources each.`,
    events,
  };
}

/**
 * Generates and writes `.bench/data-<n>.json`; returns its path and size. The site build that
 * follows checks it with the project's own validator and stops on any error.
 */
export function writeDataset(root, n) {
  const data = generate(n);
  const file = resolve(root, '.bench', `data-${n}.json`);
  mkdirSync(dirname(file), { recursive: true });
  const text = `${JSON.stringify(data, null, 2)}\n`;
  writeFileSync(file, text);
  return { file, bytes: Buffer.byteLength(text) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  for (const n of sizes.length ? sizes : [1000, 10000, 100000]) {
    const t = performance.now();
    const { file, bytes } = writeDataset(root, n);
    console.log(`${file}: ${n} events, ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - t)} ms`);
  }
}
