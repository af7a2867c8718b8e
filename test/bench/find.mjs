// Filter and search figures (issue 13), timed in Node on the pure modules the page runs:
//   node --expose-gc test/bench/find.mjs data/events.json .bench/data-10000.json   (prints JSON, one line per file)
// `npm run bench` runs it for each data set (in its own process: 100,000 events need a big heap)
// and prints the figures with their targets. Medians of repeated runs; no browser involved.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');

/** Bundles find-entry.ts (TypeScript) into one ES module for Node, in memory, and imports it. */
async function loadModules() {
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [join(HERE, 'find-entry.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'warning' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Median ms of `runs` calls of f (after one warm-up call). */
function time(f, runs) {
  f();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

/**
 * The figures for one data file. Above 500 events they are taken as the page has them: the
 * model read from the large-data index and its heads scripts, and the facets unpacked from it,
 * with the full data dropped first.
 */
export function measureFind(m, file) {
  let data = JSON.parse(readFileSync(file, 'utf8'));
  let model = m.buildModel(data);
  let events = model.events.map((e) => e.event);
  const n = events.length;
  const runs = n > 50_000 ? 11 : n > 5_000 ? 15 : 51;

  let t0 = performance.now();
  let facets = m.eventFacets(events);
  const facetsBuildMs = performance.now() - t0;
  const packed = JSON.stringify(m.packFacets(facets));
  t0 = performance.now();
  const index = m.buildSearchIndex(events);
  const indexBuildMs = performance.now() - t0;
  const indexJson = JSON.stringify(index);
  let large = null;
  if (n > 500) {
    const files = m.largeDataFiles(data, model);
    const headsBytes = files.heads.reduce((n, f) => n + f.code.length, 0);
    large = { bytes: files.index.code.length, gzip: gzipSync(files.index.code, { level: 9 }).length, headsScripts: files.heads.length, headsBytes, searchScriptBytes: files.search.code.length, searchScriptGzip: gzipSync(files.search.code, { level: 9 }).length };
    const self = {};
    new Function('self', files.index.code)(self);
    data = events = null;
    const read = m.readIndex(self.TIMELINE_INDEX);
    let packedFacets = self.TIMELINE_INDEX.facets;
    for (const f of files.heads) new Function('self', f.code)({ TIMELINE_HEADS: (run) => read.heads.add(run), TIMELINE_FACETS: (p) => (packedFacets = p) });
    model = read.model;
    facets = m.unpackFacets(packedFacets, n);
  }
  globalThis.gc?.();

  const lists = m.facetLists(model, facets);
  const top = (list, k) => list.slice(0, k).map((f) => f.value);
  const filters = {
    kind: { kinds: ['denial'] },
    actor: { actors: top(lists.actors, 1) },
    combined: { kinds: ['strike', 'denial'], actors: top(lists.actors, 2), outlets: top(lists.outlets, 3) },
  };
  const filterMs = Object.fromEntries(Object.entries(filters).map(([k, f]) => [k, round(time(() => m.selectEvents(model, facets, f), runs), 3)]));
  const shown = Object.fromEntries(Object.entries(filters).map(([k, f]) => [k, m.selectEvents(model, facets, f).shown.length]));

  t0 = performance.now();
  JSON.parse(indexJson);
  const indexParseMs = performance.now() - t0;
  const unpackMs = time(() => m.unpackFacets(JSON.parse(packed), n), Math.min(runs, 7));
  // A rare word, a frequent one, two words, a one-letter prefix (the slowest kind), an accented
  // word, and a word no event has.
  const queries = ['shahed', 'iran', 'iran drones', 's', 'Zelenskyʼs', 'xylophone'];
  const searchMs = {};
  const found = {};
  for (const q of queries) {
    searchMs[q] = round(time(() => m.searchEvents(index, model, q), runs), 3);
    found[q] = m.searchEvents(index, model, q).ids.length;
  }
  return {
    file,
    events: n,
    filter: { ms: filterMs, shown, medianMs: median(Object.values(filterMs)), maxMs: Math.max(...Object.values(filterMs)) },
    facets: { buildMs: round(facetsBuildMs), unpackMs: round(unpackMs), packedBytes: packed.length, packedGzip: gzipSync(packed, { level: 9 }).length, actors: facets.actors.length, outlets: facets.outlets.length },
    search: {
      ms: searchMs,
      found,
      medianMs: median(Object.values(searchMs)),
      maxMs: Math.max(...Object.values(searchMs)),
      indexBuildMs: round(indexBuildMs),
      indexParseMs: round(indexParseMs),
      indexBytes: indexJson.length,
      indexGzip: gzipSync(indexJson, { level: 9 }).length,
      terms: index.terms.length,
    },
    largeIndex: large && { ...large, facetsBytes: packed.length },
  };
}

/** A time in ms with three significant digits at most, as text. */
const ms = (x) => (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));
const kb = (b) => (b / 1024).toFixed(1);

/** The figures as table rows: [figure, data set, value, target, status]. */
export function findRows(name, f) {
  const budget = f.events > 1000 ? 100 : 16;
  const rows = [
    ['filter ms (median of kind / actor / combined)', name, ms(f.filter.medianMs), '', ''],
    ['filter ms (slowest)', name, ms(f.filter.maxMs), '< 16 ms', f.filter.maxMs < 16 ? 'PASS' : 'MISS'],
    ['search ms (median of 6 queries)', name, ms(f.search.medianMs), '', ''],
    ['search ms (slowest query)', name, ms(f.search.maxMs), `< ${budget} ms`, f.search.maxMs < budget ? 'PASS' : 'MISS'],
    ['search index build ms / parse ms', name, `${ms(f.search.indexBuildMs)} / ${ms(f.search.indexParseMs)}`, '', ''],
    ['search index KB (raw / gzip)', name, `${kb(f.search.indexBytes)} / ${kb(f.search.indexGzip)}`, '', ''],
    ['facet codes KB (raw / gzip); unpack ms', name, `${kb(f.facets.packedBytes)} / ${kb(f.facets.packedGzip)}; ${ms(f.facets.unpackMs)}`, '', ''],
  ];
  if (f.largeIndex) rows.push(['large-data index script KB (raw / gzip)', name, `${kb(f.largeIndex.bytes)} / ${kb(f.largeIndex.gzip)}`, '', '']);
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const m = await loadModules();
  for (const file of process.argv.slice(2)) console.log(JSON.stringify(measureFind(m, file.startsWith('/') ? file : join(ROOT, file))));
}
