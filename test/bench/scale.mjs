// How the build scales with its data (npm run bench prints this too; alone: node test/bench/scale.mjs):
//   - data bytes → dist bytes for 200 events with texts at their longest (event pages share the
//     month scripts, so dist/ grows linearly; it grew ~400× the data when each inlined all of it);
//   - how long a build takes to report 100,000 broken events (one error each).

import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaleData } from './scale-data.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

function build(dataFile, outDir) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    env: { ...process.env, TIMELINE_DATA: dataFile, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    encoding: 'utf8',
    maxBuffer: 64e6,
    timeout: 600_000,
  });
  return { status: r.status, ms: Math.round(performance.now() - t0), output: `${r.stdout}${r.stderr}` };
}

const bytesUnder = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((n, d) => n + statSync(join(d.parentPath, d.name)).size, 0);

/** Builds the two scale data sets in `dir` and returns their figures. */
export function measureScale(dir) {
  mkdirSync(dir, { recursive: true });
  const longFile = join(dir, 'long-200.json');
  writeFileSync(longFile, JSON.stringify(scaleData('long', 200), null, 2));
  const longOut = join(dir, 'site-long-200');
  const long = build(longFile, longOut);
  const dataBytes = statSync(longFile).size;
  const distBytes = long.status === 0 ? bytesUnder(longOut) : null;
  rmSync(longOut, { recursive: true, force: true });

  const brokenFile = join(dir, 'broken-100000.json');
  writeFileSync(brokenFile, JSON.stringify(scaleData('broken', 100_000), null, 2));
  const broken = build(brokenFile, join(dir, 'site-broken'));
  const total = /(\d+) errors? in timeline data/.exec(broken.output)?.[1];
  return {
    long: { events: 200, dataBytes, distBytes, ratio: distBytes && distBytes / dataBytes, buildMs: long.ms, target: 'dist < 20 MB' },
    broken: { events: 100_000, reported: total ? Number(total) : null, ms: broken.ms, failedAsItShould: broken.status !== 0, target: '< 5 s' },
  };
}

/** The figures as lines of text. */
export function scaleLines(s) {
  const mb = (b) => (b === null ? '–' : `${(b / 1e6).toFixed(1)} MB`);
  return [
    '== how the build scales with its data ==',
    `200 events with the longest texts: data ${mb(s.long.dataBytes)} → dist ${mb(s.long.distBytes)} (${s.long.ratio ? `${s.long.ratio.toFixed(1)}×` : 'build failed'}; target ${s.long.target}: ${s.long.distBytes !== null && s.long.distBytes < 20e6 ? 'met' : 'MISSED'})`,
    `100,000 broken events: ${s.broken.reported?.toLocaleString('en-US') ?? 'no'} errors reported in ${(s.broken.ms / 1000).toFixed(1)} s, whole build (target ${s.broken.target}: ${s.broken.ms < 5000 && s.broken.failedAsItShould ? 'met' : 'MISSED'})`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(scaleLines(measureScale(join(ROOT, '.bench', 'scale'))).join('\n'));
