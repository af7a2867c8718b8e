// The benchmark's zoom and pan on one build, with its frames, and with --trace the longest
// frames' main-thread work (from a trace): what makes a frame take two vsyncs.
// Usage: node test/bench/prof-zoom.mjs .bench/site-10000 [--runs 3] [--trace]
import { launchBrowser, measurePage } from './measure.mjs';
import { startServer } from './server.mjs';
import { tracer } from './profile.mjs';

const args = process.argv.slice(2);
const dirs = args.filter((a, i) => !a.startsWith('--') && !/^\d+$/.test(a));
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 3);
const trace = args.includes('--trace');
const INPUT = { steps: 60, delta: 15, intervalMs: 16, panZoomSteps: 20, moves: 60, movePx: 10, pointer: 'axis' };

const server = await startServer(Object.fromEntries(dirs.map((d, i) => [`/${i}/`, d])));
const { browser, close } = await launchBrowser();
const out = dirs.map(() => []);
for (let r = 0; r < runs; r++)
  for (const [i] of dirs.entries()) {
    const res = await measurePage(browser, `${server.origin}/${i}/`, { interact: true, timeoutMs: 120_000, input: INPUT, profile: trace ? tracer() : undefined });
    out[i].push(res);
    if (trace && res.profile) longFrames(res.profile);
  }
for (const [i, d] of dirs.entries()) {
  const f = (k, s) => out[i].map((r) => r[k]?.[s]).join(' ');
  console.log(`${d}: zoom p95 ${f('zoom', 'p95')} | max ${f('zoom', 'max')} | pan p95 ${f('pan', 'p95')} | max ${f('pan', 'max')}`);
}
console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
await close();
await server.close();

/** The main thread's tasks over 12 ms during the interactions, by thread time, with what they held. */
function longFrames(tr) {
  const events = Array.isArray(tr) ? tr : tr.traceEvents;
  const main = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busiest = main
    .map((m) => [m, events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask').length])
    .sort((a, b) => b[1] - a[1])[0][0];
  const mt = events.filter((e) => e.pid === busiest.pid && e.tid === busiest.tid && e.ph === 'X');
  const t0 = Math.min(...mt.map((e) => e.ts));
  for (const t of mt.filter((e) => e.name === 'RunTask' && (e.tdur ?? e.dur) > 12000)) {
    // Self thread time per event name inside the task (children subtracted from parents).
    const kids = mt.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [];
    for (const k of kids) {
      while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= k.ts) stack.pop();
      const parent = stack.at(-1);
      const d = (k.tdur ?? k.dur) / 1000;
      self.set(k.name, (self.get(k.name) ?? 0) + d);
      if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - d);
      stack.push(k);
    }
    const names = [...self].filter(([, ms]) => ms > 0.8).sort((a, b) => b[1] - a[1]).map(([n, ms]) => `${n} ${ms.toFixed(1)}`);
    console.log(`  ${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ms: task ${((t.tdur ?? t.dur) / 1000).toFixed(1)} ms cpu (${(t.dur / 1000).toFixed(1)} wall): ${names.slice(0, 7).join(' | ')}`);
  }
}
