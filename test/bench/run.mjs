// The performance benchmark: `npm run bench` (node test/bench/run.mjs).
//
//   --sizes 1000,10000   synthetic data sets to run (default 1000,10000,100000; the real data always runs)
//   --skip-build         reuse .bench/data-*.json, .bench/site-* and .bench/ref-site when present
//   --runs N             page loads per site and data set, ours and the reference taking turns
//                        (load figures are medians; default 7 for the real data, 3, 1 for >= 100k)
//   --profile            also record a CPU profile and a trace of our site's zoom + pan (unminified build) per synthetic set
//   --no-interact        load figures only
//   --no-find            skip the filter and search figures (find.mjs, in Node)
//   --pointer centre     wheel and drag at the chart's true centre (default: its axis band, see README)
//   --max-html MB        do not load our site when its index.html is bigger (default 100; parsing 350 MB takes ~6 min)
//   --timeout S          give up on a page that has not drawn after S seconds (default 300)
//
// It prints figures and never fails on a target: exit 0 unless something crashes.

import { measureScale, scaleLines } from './scale.mjs';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { writeDataset } from './generate.mjs';
import { launchBrowser, measurePage, stats, VIEWPORT } from './measure.mjs';
import { cpuProfiler, summarizeProfile, summarizeTrace, tracer } from './profile.mjs';
import { startServer } from './server.mjs';
import { findRows } from './find.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const BENCH = join(ROOT, '.bench');
const REF_SITE = join(BENCH, 'ref-site');

const INPUT = { steps: 60, delta: 15, intervalMs: 16, panZoomSteps: 20, moves: 60, movePx: 10, pointer: 'axis' };

// ---- arguments ----------------------------------------------------------------------------

function parseArgs(argv) {
  const a = { sizes: [1000, 10000, 100000], skipBuild: false, runs: null, profile: false, interact: true, find: true, pointer: 'axis', maxHtmlMB: 100, timeoutS: 300 };
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i];
    const next = () => argv[++i] ?? '';
    if (v === '--sizes' || v.startsWith('--sizes=')) {
      const list = v.includes('=') ? v.split('=')[1] : next();
      a.sizes = list.split(',').map((s) => Number(s.trim().replace(/k$/i, '000'))).filter((n) => Number.isInteger(n) && n > 0);
    } else if (v === '--skip-build') a.skipBuild = true;
    else if (v === '--runs' || v.startsWith('--runs=')) a.runs = Number(v.includes('=') ? v.split('=')[1] : next());
    else if (v === '--profile') a.profile = true;
    else if (v === '--no-interact') a.interact = false;
    else if (v === '--no-find') a.find = false;
    else if (v === '--max-html' || v.startsWith('--max-html=')) a.maxHtmlMB = Number(v.includes('=') ? v.split('=')[1] : next());
    else if (v === '--timeout' || v.startsWith('--timeout=')) a.timeoutS = Number(v.includes('=') ? v.split('=')[1] : next());
    else if (v === '--pointer' || v.startsWith('--pointer=')) a.pointer = v.includes('=') ? v.split('=')[1] : next();
    else if (v === '--help' || v === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(2, 14).join('\n').replace(/^\/\/ ?/gm, ''));
      process.exit(0);
    } else throw new Error(`unknown argument ${v}`);
  }
  return a;
}

// ---- helpers ------------------------------------------------------------------------------

const log = (...m) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...m);
const kb = (b) => (b === null || b === undefined ? null : Math.round(b / 102.4) / 10);
const gz = (buf, level = 9) => gzipSync(buf, { level }).length;

function run(cmd, args, env, timeoutMs) {
  return new Promise((ok) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const keep = (d) => {
      out += d;
      if (out.length > 200_000) out = out.slice(-100_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      out += `\n[bench] timed out after ${timeoutMs / 1000} s; killed`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      ok({ code, signal, out, ms: Math.round(performance.now() - t0) });
    });
  });
}

/** Builds the real site from a data file with the project's own Vite config and plugin. */
async function buildSite(name, dataFile, extraArgs = []) {
  const outDir = join(BENCH, `site-${name}`);
  const bytes = statSync(dataFile).size;
  // Big data means big HTML: give Node room and the build time.
  const env = {
    TIMELINE_DATA: dataFile,
    VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${bytes > 50e6 ? 16384 : 4096}`.trim(),
  };
  const timeoutMs = Math.max(120_000, (bytes / 1e6) * 8_000);
  log(`building site-${name} from ${relative(ROOT, dataFile)} (${(bytes / 1e6).toFixed(1)} MB of data)...`);
  const r = await run('npx', ['vite', 'build', '--outDir', relative(ROOT, outDir), '--emptyOutDir', ...extraArgs], env, timeoutMs);
  const ok = r.code === 0 && existsSync(join(outDir, 'index.html'));
  log(`  site-${name}: ${ok ? 'built' : 'FAILED'} in ${(r.ms / 1000).toFixed(1)} s`);
  return { ok, ms: r.ms, outDir, error: ok ? null : tail(r.out, 15) };
}

/** Filter and search figures for one data file (find.mjs, in its own Node process with room for 100,000 events). */
async function measureFind(file) {
  const r = await run(process.execPath, ['--max-old-space-size=8192', '--expose-gc', join(HERE, 'find.mjs'), file], {}, 900_000);
  const line = r.out.split('\n').find((l) => l.startsWith('{'));
  if (r.code !== 0 || !line) return { error: tail(r.out, 10) };
  return JSON.parse(line);
}

async function buildReference() {
  const { build } = await import('vite');
  const t0 = performance.now();
  await build({
    root: join(HERE, 'reference'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir: REF_SITE, emptyOutDir: true, target: 'es2022', modulePreload: { polyfill: false } },
  });
  return Math.round(performance.now() - t0);
}

function tail(text, lines) {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** What index.html makes the browser fetch as it loads: script src (head or body), stylesheets, modulepreloads. */
function firstLoad(siteDir) {
  const htmlText = readFileSync(join(siteDir, 'index.html'), 'utf8');
  // The app's script sits in the body, after the chart; the first few MB keep a huge page out of the regexes.
  const page = htmlText.slice(0, 5e6);
  const headEnd = page.search(/<\/head>/i);
  const head = page.slice(0, headEnd >= 0 ? headEnd + 7 : 100_000);
  const refs = new Set();
  for (const m of page.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi)) refs.add(m[1]);
  for (const m of head.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = /\brel=["']([^"']+)["']/i.exec(tag)?.[1].toLowerCase() ?? '';
    const href = /\bhref=["']([^"']+)["']/i.exec(tag)?.[1];
    if (href && /(^|\s)(stylesheet|modulepreload)(\s|$)/.test(rel)) refs.add(href);
  }
  const files = [...refs]
    .filter((u) => !/^[a-z]+:\/\//i.test(u))
    .map((u) => {
      const buf = readFileSync(join(siteDir, u.replace(/^\.?\//, '').split(/[?#]/)[0]));
      return { file: u, raw: buf.length, gzip: gz(buf) };
    });
  return { files, raw: sum(files, 'raw'), gzip: sum(files, 'gzip') };
}

const sum = (list, k) => list.reduce((s, f) => s + f[k], 0);

/** The files under a folder, as paths relative to it. */
const filesUnder = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => statSync(join(dir, f)).isFile())
    : [];

/** Every JS and CSS file in a site's assets/, lazy ones included (for the real site: the large data sets' detail chunks would take seconds to compress). */
function assetSizes(siteDir) {
  const assets = filesUnder(join(siteDir, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => {
      const buf = readFileSync(join(siteDir, 'assets', f));
      return { file: `assets/${f}`, raw: buf.length, gzip: gz(buf) };
    });
  return { allAssets: assets, allRaw: sum(assets, 'raw'), allGzip: sum(assets, 'gzip') };
}

/** Total bytes and files a build wrote. */
function outputSize(dir) {
  const files = filesUnder(dir);
  return { bytes: files.reduce((s, f) => s + statSync(join(dir, f)).size, 0), files: files.length };
}

function htmlSize(siteDir) {
  const file = join(siteDir, 'index.html');
  if (!existsSync(file)) return null;
  const buf = readFileSync(file);
  // Level 6 (what servers use) for the page: level 9 on hundreds of MB takes minutes.
  return { raw: buf.length, gzip: gz(buf, 6) };
}

const median = (xs) => stats(xs.filter((x) => x !== null && x !== undefined)).median;

/** The load figures taken as the median over a data set's loads. */
const LOAD_FIGURES = ['firstDrawMs', 'afterDclMs', 'dclMs', 'loadBlockingMs', 'longestLoadTaskMs'];

// ---- checks and the table -----------------------------------------------------------------

const TIME_METRICS = new Set(['firstDrawMs', 'afterDclMs', 'zoomP95', 'panP95', 'loadBlockingMs']);

// 60 fps is one frame per vsync (16.67 ms). rAF timestamps jitter by a fraction of a
// millisecond around it, while a dropped frame shows as 33.3 ms: allow the jitter, not a drop.
const VSYNC_JITTER = 0.5;

function targetsFor(name, n) {
  // Read at a glance: no label or mark over another in the first view, at every size.
  const t = { labelOverlaps: { max: 0, text: '0' } };
  if (name === 'real') t.afterDclMs = { max: 100, text: '<= 100 ms' };
  if (n === 10000)
    Object.assign(t, {
      zoomP95: { max: 16.7 + VSYNC_JITTER, text: '<= 16.7 ms' },
      panP95: { max: 16.7 + VSYNC_JITTER, text: '<= 16.7 ms' },
      firstDrawMs: { max: 500, text: '< 500 ms', strict: true },
      loadBlockingMs: { max: 200, text: '< 200 ms', strict: true },
      elements: { max: 3000, text: '<= ~3,000' },
    });
  if (n === 100000)
    Object.assign(t, {
      zoomP95: { max: 33, text: '<= 33 ms' },
      panP95: { max: 33, text: '<= 33 ms' },
      firstDrawMs: { max: 1500, text: '< 1.5 s', strict: true },
      heapMB: { max: 150, text: '< 150 MB', strict: true },
    });
  return t;
}

function judge(value, target) {
  if (!target) return '';
  if (value === null || value === undefined) return 'MISS (no figure)';
  return (target.strict ? value < target.max : value <= target.max) ? 'PASS' : 'MISS';
}

/**
 * Ours at most 1.5x the reference. A figure at or below zero (drawn before DOMContentLoaded) passes;
 * blocking time is judged against at least 50 ms, since one long task over a blocking-free
 * reference would otherwise be an infinite ratio.
 */
function judgeRatio(ours, ref, key) {
  if (ours === null || ours === undefined || ref === null || ref === undefined) return { ratio: null, status: '' };
  if (ours <= 0) return { ratio: null, status: 'PASS' };
  const floor = key === 'loadBlockingMs' ? 50 : 0;
  const ratio = ref > 0 ? ours / ref : null;
  return { ratio, status: ours <= 1.5 * Math.max(ref, floor) ? 'PASS' : 'MISS' };
}

const ROWS = [
  ['firstDrawMs', 'first draw (ms from navigation)'],
  ['afterDclMs', 'first draw after DOMContentLoaded start (ms)'],
  ['dclMs', 'DOMContentLoaded start (ms)'],
  ['loadBlockingMs', 'main-thread blocking during load (ms)'],
  ['longestLoadTaskMs', 'longest load task (ms)'],
  ['zoomMedian', 'zoom frame median (ms)'],
  ['zoomP95', 'zoom frame p95 (ms)'],
  ['zoomMax', 'zoom frame max (ms)'],
  ['zoomWall', 'zoom: all 120 wheel events handled after (ms; nominal 1920)'],
  ['zoomBusy', 'zoom main-thread busy: task/script/layout/style (ms)'],
  ['zoomWheels', 'zoom: wheel events that reached the chart / all'],
  ['zoomK', 'zoom: scale k after zooming in / back out'],
  ['panMedian', 'pan frame median (ms)'],
  ['panP95', 'pan frame p95 (ms)'],
  ['panMax', 'pan frame max (ms)'],
  ['panWall', 'pan: all 60 moves handled after (ms; nominal 960)'],
  ['panBusy', 'pan main-thread busy: task/script/layout/style (ms)'],
  ['panMoved', 'pan: at scale k, view moved (px; 600 expected)'],
  ['totalBlockingMs', 'main-thread blocking, load + interactions (ms)'],
  ['heapMB', 'JS heap used after GC (MB)'],
  ['elements', 'DOM elements (incl. shadow roots)'],
  ['chartElements', 'elements inside the chart <svg>'],
  ['labelled', 'events labelled in the first view'],
  ['labelOverlaps', 'overlapping labels or marks in the first view'],
  ['cdpNodes', 'DOM nodes (CDP Nodes metric)'],
  ['firstLoadGzipKB', 'JS + CSS index.html loads directly, gzip -9 (KB)'],
  ['htmlKB', 'index.html raw (KB)'],
  ['htmlGzipKB', 'index.html gzip -6 (KB)'],
];

function flatten(s) {
  if (!s) return {};
  const busyText = (b) => (b ? `${b.task}/${b.script}/${b.layout}/${b.style}` : null);
  return {
    firstDrawMs: s.firstDrawMs,
    afterDclMs: s.afterDclMs,
    dclMs: s.dclMs,
    loadBlockingMs: s.loadBlockingMs,
    longestLoadTaskMs: s.longestLoadTaskMs,
    zoomMedian: s.zoom?.median,
    zoomP95: s.zoom?.p95,
    zoomMax: s.zoom?.max,
    zoomWall: s.zoom?.wallMs,
    zoomBusy: busyText(s.zoom?.busyMs),
    zoomWheels: s.zoom ? `${s.zoom.wheelEventsOnChart} / ${s.zoom.wheelEvents}` : null,
    zoomK: s.zoom ? `${fmt(s.zoom.kAfterZoomIn)} / ${fmt(s.zoom.kAfterZoomOut)}` : null,
    panMedian: s.pan?.median,
    panP95: s.pan?.p95,
    panMax: s.pan?.max,
    panWall: s.pan?.wallMs,
    panBusy: busyText(s.pan?.busyMs),
    panMoved: s.pan ? `k ${fmt(s.pan.k)}: ${fmt(s.pan.movedPx)}` : null,
    totalBlockingMs: s.totalBlockingMs,
    heapMB: s.heapMB,
    elements: s.elements,
    chartElements: s.chartElements,
    labelled: s.labelled,
    labelOverlaps: s.labelOverlaps,
    cdpNodes: s.cdpNodes,
    firstLoadGzipKB: kb(s.firstLoad?.gzip),
    htmlKB: kb(s.html?.raw),
    htmlGzipKB: kb(s.html?.gzip),
  };
}

const fmt = (v) => {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'string') return v;
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  return (Math.round(v * 10) / 10).toLocaleString('en-US', { maximumFractionDigits: 1 });
};

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// ---- main ---------------------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  INPUT.pointer = args.pointer === 'centre' || args.pointer === 'center' ? 'centre' : 'axis';
  const started = Date.now();
  mkdirSync(BENCH, { recursive: true });
  mkdirSync(join(HERE, 'results'), { recursive: true });

  // 1. Data sets.
  const datasets = [{ name: 'real', n: null, file: join(ROOT, 'data/events.json') }];
  for (const n of args.sizes) {
    const file = join(BENCH, `data-${n}.json`);
    if (!(args.skipBuild && existsSync(file))) {
      const t0 = performance.now();
      writeDataset(ROOT, n);
      log(`generated ${relative(ROOT, file)} in ${Math.round(performance.now() - t0)} ms`);
    }
    datasets.push({ name: String(n), n, file });
  }
  for (const d of datasets) {
    d.dataBytes = statSync(d.file).size;
    if (d.n === null) d.n = JSON.parse(readFileSync(d.file, 'utf8')).events.length;
  }

  // 2. Builds.
  for (const d of datasets) {
    const outDir = join(BENCH, `site-${d.name}`);
    if (args.skipBuild && existsSync(join(outDir, 'index.html'))) d.build = { ok: true, ms: null, reused: true, outDir };
    else d.build = await buildSite(d.name, d.file);
    d.html = d.build.ok ? htmlSize(outDir) : null;
    d.firstLoad = d.build.ok ? firstLoad(outDir) : null;
    d.output = d.build.ok ? outputSize(outDir) : null;
    if (d.html) log(`  site-${d.name}/index.html: ${(d.html.raw / 1e6).toFixed(1)} MB raw, ${(d.html.gzip / 1e6).toFixed(2)} MB gzip`);
  }
  // 3. Filter and search, on the pure modules in Node (before any browser, so nothing competes).
  if (args.find) {
    for (const d of datasets) {
      log(`timing filter and search for ${d.name}...`);
      d.find = await measureFind(d.file);
    }
  }
  let refBuildMs = null;
  if (!(args.skipBuild && existsSync(join(REF_SITE, 'index.html')))) {
    log('building the reference...');
    refBuildMs = await buildReference();
  }
  const refHtml = htmlSize(REF_SITE);

  // 5. First-load download of the real site.
  const first = datasets[0].firstLoad && { ...datasets[0].firstLoad, ...assetSizes(datasets[0].build.outDir) };
  const refFirst = firstLoad(REF_SITE);

  // 4. Measurements.
  const mounts = { '/ref/': REF_SITE };
  const aliases = {};
  for (const d of datasets) {
    mounts[`/site-${d.name}/`] = join(BENCH, `site-${d.name}`);
    mounts[`/ref-${d.name}/`] = REF_SITE;
    aliases[`/ref-${d.name}/data.json`] = d.file;
  }
  const server = await startServer(mounts, aliases);
  let chrome = await launchBrowser();
  const chromium = await chrome.browser.version();
  /** Runs one measurement; restarts the browser when a page was left hanging. */
  const measure = async (url, opts) => {
    try {
      const r = await measurePage(chrome.browser, url, opts);
      if (r.browserHung) await restart();
      return r;
    } catch (e) {
      if (e.browserHung) await restart();
      throw e;
    }
  };
  const restart = async () => {
    log('  a page would not close: restarting the browser');
    await chrome.close();
    chrome = await launchBrowser();
  };
  log(`serving on ${server.origin}; ${chromium}`);

  try {
    for (const d of datasets) {
      // The small real data loads in about a second: more runs steady its medians.
      const runs = args.runs ?? (d.name === 'real' ? 7 : d.n >= 100000 ? 1 : 3);
      const timeoutMs = args.timeoutS * 1000;
      const sides = ['ours', 'ref'].filter((side) => {
        if (side === 'ref') return true;
        if (!d.build.ok) {
          d.ours = { error: 'build failed' };
          return false;
        }
        if (d.html && d.html.raw > args.maxHtmlMB * 1e6) {
          d.ours = {
            error: `not loaded: index.html is ${(d.html.raw / 1e6).toFixed(0)} MB, over --max-html ${args.maxHtmlMB} MB (Chromium parses such pages at roughly 1 MB/s on 2 cores); to try anyway: --max-html 1000 --timeout 900`,
          };
          log(`${d.name} ours: ${d.ours.error}`);
          return false;
        }
        return true;
      });
      const results = Object.fromEntries(sides.map((side) => [side, []]));
      const errors = {};
      // Ours and the reference take turns, so a slow spell of the machine falls on both alike.
      for (let i = 0; i < runs; i++) {
        for (const side of sides) {
          if (errors[side]) continue;
          const url = side === 'ours' ? `${server.origin}/site-${d.name}/` : `${server.origin}/ref-${d.name}/`;
          const interact = args.interact && i === runs - 1;
          log(`${d.name} ${side}: run ${i + 1}/${runs}${interact ? ' (with zoom and pan)' : ''}`);
          try {
            results[side].push(await measure(url, { interact, timeoutMs, input: INPUT }));
          } catch (e) {
            errors[side] = String(e?.message ?? e).split('\n')[0];
            log(`  failed: ${errors[side]}`);
          }
        }
      }
      for (const side of sides) {
        const error = errors[side] ?? null;
        const last = results[side][results[side].length - 1];
        const summary = last
          ? {
              ...last,
              ...Object.fromEntries(LOAD_FIGURES.map((k) => [k, median(results[side].map((r) => r[k]))])),
              html: side === 'ours' ? d.html : refHtml,
              firstLoad: side === 'ours' ? d.firstLoad : { raw: refFirst.raw, gzip: refFirst.gzip },
            }
          : null;
        d[side] = { runs: results[side], summary, error };
        if (summary)
          log(
            `  first draw ${summary.firstDrawMs} ms (after DCL ${summary.afterDclMs}), zoom p95 ${summary.zoom?.p95 ?? '–'} ms, pan p95 ${summary.pan?.p95 ?? '–'} ms, heap ${summary.heapMB} MB, ${summary.elements} elements`,
          );
      }
    }

    if (args.profile) {
      for (const d of datasets.filter((x) => x.name !== 'real' && !(x.html && x.html.raw > args.maxHtmlMB * 1e6))) {
        const name = `${d.name}-debug`;
        const b =
          args.skipBuild && existsSync(join(BENCH, `site-${name}`, 'index.html'))
            ? { ok: true, outDir: join(BENCH, `site-${name}`) }
            : await buildSite(name, d.file, ['--minify', 'false']);
        if (!b.ok) continue;
        mounts[`/site-${name}/`] = b.outDir;
        const url = `${server.origin}/site-${name}/`;
        const timeoutMs = args.timeoutS * 1000;
        d.profile = {};
        const kinds = [
          { key: 'cpu', what: 'CPU profile', hook: cpuProfiler(), file: `profile-${d.name}.cpuprofile`, summarize: summarizeProfile },
          { key: 'trace', what: 'trace', hook: tracer(), file: `trace-${d.name}.json`, summarize: summarizeTrace },
        ];
        for (const k of kinds) {
          log(`${d.name} ours: ${k.what} of zoom + pan (unminified build)`);
          const p = await measure(url, { interact: true, timeoutMs, input: INPUT, profile: k.hook }).catch((e) => ({ error: String(e) }));
          if (p.profile) {
            const file = join(BENCH, k.file);
            writeFileSync(file, JSON.stringify(p.profile));
            d.profile[k.key] = { file: relative(ROOT, file), ...k.summarize(p.profile) };
          } else d.profile[k.key] = { error: p.error };
        }
      }
    }
  } finally {
    await chrome.close();
    await server.close();
  }

  // 6. Report.
  const checks = [];
  const out = [];
  out.push('');
  out.push(`Timeline benchmark — ${new Date().toISOString()} — ${chromium}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  out.push(
    `Input: Ctrl + wheel ${INPUT.steps} steps in and ${INPUT.steps} out (deltaY ±${INPUT.delta}, every ${INPUT.intervalMs} ms) at the chart's horizontal centre${INPUT.pointer === 'axis' ? ', on its axis band' : ', vertical centre'}; pan: Ctrl + wheel ${INPUT.panZoomSteps} steps in, then drag ${INPUT.moves} × ${INPUT.movePx} px.`,
  );
  out.push('Reference: test/bench/reference (d3 SVG, one <circle> per event, d3-zoom defaults); its data is fetched from ./data.json (the same data file, served beside it).');
  out.push('Load figures are medians over the runs; frames, heap and DOM are from the last run. Frame = delta between consecutive requestAnimationFrame timestamps.');
  out.push('"vs ref": time figures only (first draw, after DCL, p95 frames, load blocking judged against at least 50 ms); a first draw before DCL passes.');
  for (const d of datasets) {
    const ours = flatten(d.ours?.summary);
    const ref = flatten(d.ref?.summary);
    const targets = targetsFor(d.name, d.n);
    const rows = [];
    for (const [key, label] of ROWS) {
      const t = targets[key];
      const status = judge(ours[key], t);
      const r = TIME_METRICS.has(key) ? judgeRatio(ours[key], ref[key], key) : { ratio: typeof ours[key] === 'number' && ref[key] ? ours[key] / ref[key] : null, status: '' };
      rows.push([label, fmt(ours[key]), fmt(ref[key]), r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`, t?.text ?? '', status, r.status]);
      if (t) checks.push({ dataset: d.name, metric: key, value: ours[key] ?? null, target: t.text, status });
      if (r.status) checks.push({ dataset: d.name, metric: `${key} ours/ref`, value: r.ratio, target: '<= 1.5×', status: r.status });
    }
    out.push('');
    out.push(
      `== ${d.name === 'real' ? 'real data' : `${d.n.toLocaleString('en-US')} events`} (${d.n.toLocaleString('en-US')} events, data ${(d.dataBytes / 1e6).toFixed(2)} MB; build ${
        d.build.ok ? (d.build.reused ? 'reused' : `${(d.build.ms / 1000).toFixed(1)} s`) : 'FAILED'
      }${d.output ? `, output ${fmt(Math.round(d.output.bytes / 1e6))} MB in ${fmt(d.output.files)} files, ${(d.output.bytes / d.dataBytes).toFixed(1)}× the data` : ''}) ==`,
    );
    if (!d.build.ok) out.push(`our site did not build:\n${d.build.error}`);
    if (d.ours?.error) out.push(`our site: ${d.ours.error}`);
    if (d.ref?.error) out.push(`reference: ${d.ref.error}`);
    out.push(table(['metric', 'ours', 'reference', 'ours/ref', 'target', 'target?', 'vs ref ≤1.5×'], rows));
    if (d.profile?.trace?.top) {
      out.push(`Trace of our zoom + pan, main-thread self time (busy ${d.profile.trace.busyMs} ms; ${d.profile.trace.file}, open in DevTools/Perfetto):`);
      for (const f of d.profile.trace.top.slice(0, 12)) out.push(`  ${String(f.ms).padStart(6)} ms ${String(f.pct).padStart(5)}%  ${f.name}`);
    }
    if (d.profile?.cpu?.top) {
      out.push(`CPU profile of our zoom + pan, JS self time (${d.profile.cpu.totalMs} ms sampled incl. idle; ${d.profile.cpu.file}):`);
      for (const f of d.profile.cpu.top.slice(0, 15)) out.push(`  ${String(f.ms).padStart(6)} ms ${String(f.pct).padStart(5)}%  ${f.name}`);
    }
    for (const k of ['cpu', 'trace']) if (d.profile?.[k]?.error) out.push(`${k} profile failed: ${d.profile[k].error}`);
  }
  if (args.find) {
    const rows = [];
    for (const d of datasets) {
      if (d.find?.error) rows.push(['failed', d.name, d.find.error.split('\n').pop(), '', '']);
      else if (d.find) rows.push(...findRows(d.name, d.find));
    }
    for (const [metric, dataset, value, target, status] of rows) if (status) checks.push({ dataset, metric, value: Number(value), target, status });
    out.push('');
    out.push('== filter and search (Node, the pure modules the page runs; medians of repeated runs; find.mjs) ==');
    out.push(table(['figure', 'data', 'value', 'target', 'target?'], rows));
    out.push('Targets: filter within a frame (16 ms) at every size; search within a frame for the real data, under 100 ms at 10,000 and 100,000 events.');
  }
  if (first) {
    const status = judge(kb(first.gzip), { max: 40, text: '<= 40 KB gzip' });
    checks.push({ dataset: 'real', metric: 'first-load JS+CSS gzip (KB)', value: kb(first.gzip), target: '<= 40 KB', status });
    out.push('');
    out.push('== first-load download of the real site (what index.html references directly; gzip -9) ==');
    out.push(
      table(
        ['file', 'raw KB', 'gzip KB'],
        [
          ...first.files.map((f) => [f.file, fmt(kb(f.raw)), fmt(kb(f.gzip))]),
          ['first-load JS + CSS', fmt(kb(first.raw)), fmt(kb(first.gzip))],
          ['index.html (gzip -6)', fmt(kb(datasets[0].html?.raw)), fmt(kb(datasets[0].html?.gzip))],
          ['all JS + CSS in assets/ (incl. lazy chunks)', fmt(kb(first.allRaw)), fmt(kb(first.allGzip))],
          ['reference first-load JS + CSS', fmt(kb(refFirst.raw)), fmt(kb(refFirst.gzip))],
        ],
      ),
    );
    out.push(`target: first-load JS + CSS <= 40 KB gzip: ${status}`);
  }
  log('measuring how the build scales (200 long events, 100,000 broken events)...');
  const scale = measureScale(join(BENCH, 'scale'));
  out.push('');
  out.push(...scaleLines(scale));
  checks.push({ dataset: 'long-200', metric: 'dist bytes', value: scale.long.distBytes, target: '< 20 MB', status: scale.long.distBytes !== null && scale.long.distBytes < 20e6 ? 'PASS' : 'MISS' });
  checks.push({ dataset: 'broken-100000', metric: 'report ms', value: scale.broken.ms, target: '< 5 s', status: scale.broken.ms < 5000 && scale.broken.failedAsItShould ? 'PASS' : 'MISS' });
  const pass = checks.filter((c) => c.status === 'PASS').length;
  const miss = checks.filter((c) => c.status.startsWith('MISS'));
  out.push('');
  out.push(`Targets: ${pass} PASS, ${miss.length} MISS${miss.length ? `: ${miss.map((c) => `${c.dataset} ${c.metric}`).join('; ')}` : ''}`);
  out.push(`Total run time ${((Date.now() - started) / 1000).toFixed(0)} s. JSON: ${relative(ROOT, join(HERE, 'results/latest.json'))}`);
  console.log(out.join('\n'));

  const json = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model ?? null,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium,
      loadavg: os.loadavg(),
    },
    args,
    input: INPUT,
    viewport: VIEWPORT,
    reference: { dataDelivery: 'fetched from ./data.json (same data file, served beside the built reference)', buildMs: refBuildMs, html: refHtml, firstLoad: refFirst },
    firstLoad: first,
    datasets: datasets.map((d) => ({
      name: d.name,
      events: d.n,
      dataFile: relative(ROOT, d.file),
      dataBytes: d.dataBytes,
      build: { ok: d.build.ok, ms: d.build.ms, reused: Boolean(d.build.reused), error: d.build.error ?? null },
      html: d.html,
      output: d.output,
      firstLoad: d.firstLoad && { files: d.firstLoad.files, raw: d.firstLoad.raw, gzip: d.firstLoad.gzip },
      ours: d.ours,
      reference: d.ref,
      profile: d.profile ?? null,
      find: d.find ?? null,
    })),
    scale,
    checks,
    runSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(join(HERE, 'results/latest.json'), `${JSON.stringify(json, null, 2)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
