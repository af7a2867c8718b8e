// The benchmark's zoom and pan on one build, with its frames, and with --trace the longest
// frames' main-thread work (from a trace): what makes a frame take two vsyncs.
// Usage: node test/bench/prof-zoom.mjs .bench/site-10000 [--runs 3] [--trace]
import { launchBrowser, measurePage } from './measure.mjs';
import { startServer } from './server.mjs';
import { cpuProfiler, summarizeProfile, tracer } from './profile.mjs';

const args = process.argv.slice(2);
const dirs = args.filter((a, i) => !a.startsWith('--') && !/^\d+$/.test(a));
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 3);
const trace = args.includes('--trace');
/** --cpu: a CPU profile of the interactions instead, self time per function summed over the runs. */
const cpu = args.includes('--cpu');
const selfMs = dirs.map(() => new Map());
const INPUT = { steps: 60, delta: 15, intervalMs: 16, panZoomSteps: 20, moves: 60, movePx: 10, pointer: 'axis' };

const server = await startServer(Object.fromEntries(dirs.map((d, i) => [`/${i}/`, d])));
const { browser, close } = await launchBrowser();
const out = dirs.map(() => []);
for (let r = 0; r < runs; r++)
  for (const [i] of dirs.entries()) {
    const res = await measurePage(browser, `${server.origin}/${i}/`, { interact: true, timeoutMs: 120_000, input: INPUT, profile: trace ? tracer() : cpu ? cpuProfiler(100) : undefined });
    if (cpu && res.profile) for (const f of summarizeProfile(res.profile, 40).top) selfMs[i].set(f.name, (selfMs[i].get(f.name) ?? 0) + f.ms / runs);
    out[i].push(res);
    if (trace && res.profile) res.frameCpu = longFrames(res.profile, args.includes('--quiet'));
  }
for (const [i, d] of dirs.entries()) {
  const f = (k, s) => out[i].map((r) => r[k]?.[s]).join(' ');
  console.log(`${d}: zoom p95 ${f('zoom', 'p95')} | max ${f('zoom', 'max')} | pan p95 ${f('pan', 'p95')} | max ${f('pan', 'max')}`);
  if (cpu) for (const [n, ms] of [...selfMs[i]].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${n}`);
  const busy = (k) => ['task', 'script', 'layout', 'style'].map((b) => Math.round(out[i].reduce((sum, r) => sum + (r[k]?.busyMs?.[b] ?? 0), 0) / out[i].length)).join('/');
  console.log(`  main-thread busy, mean of the runs (task/script/layout/style ms): zoom ${busy('zoom')} | pan ${busy('pan')}`);
  if (trace) console.log(`  frame tasks' thread time (ms), mean / p95 / max per run: ${out[i].map((r) => r.frameCpu).join(' | ')}`);
}
console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
await close();
await server.close();

/** The main thread's tasks over 12 ms during the interactions, by thread time, with what they held. */
function longFrames(tr, quiet) {
  const events = Array.isArray(tr) ? tr : tr.traceEvents;
  const main = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busiest = main
    .map((m) => [m, events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask').length])
    .sort((a, b) => b[1] - a[1])[0][0];
  const mt = events.filter((e) => e.pid === busiest.pid && e.tid === busiest.tid && e.ph === 'X');
  const t0 = Math.min(...mt.map((e) => e.ts));
  // Frames: the tasks that ran a BeginMainFrame (rAF callbacks, style, layout, paint).
  const frames = mt.filter((e) => e.name === 'ProxyMain::BeginMainFrame').map((e) => mt.find((t) => t.name === 'RunTask' && t.ts <= e.ts && t.ts + t.dur >= e.ts + e.dur) ?? e);
  const cpu = frames.map((t) => (t.tdur ?? t.dur) / 1000).sort((a, b) => a - b);
  const summary = cpu.length ? `${(cpu.reduce((a, b) => a + b, 0) / cpu.length).toFixed(1)} / ${cpu[Math.floor(cpu.length * 0.95)].toFixed(1)} / ${cpu.at(-1).toFixed(1)} (${cpu.length} frames)` : 'no frames';
  if (quiet) return summary;
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
  return summary;
}
