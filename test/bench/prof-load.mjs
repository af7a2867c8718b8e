// Where a page load spends its main thread up to the chart's first draw: the first-draw mark
// (median of several loads), and with --profile one load's CPU profile and trace cut at the mark:
// self and inclusive time per JS function, and self time per main-thread activity.
// Usage: node test/bench/prof-load.mjs .bench/site-real [--runs 7] [--profile] [--top 30]
//        node test/bench/prof-load.mjs --ab .bench/base-real .bench/site-real [--runs 9]
//          (two builds loaded in turns, so a slow spell of the machine falls on both)
import { launchBrowser } from './measure.mjs';
import { startServer } from './server.mjs';
import { summarizeTrace } from './profile.mjs';

const args = process.argv.slice(2);
const ab = args.includes('--ab');
const dirs = ab ? args.slice(args.indexOf('--ab') + 1, args.indexOf('--ab') + 3) : [args[0]];
const opt = (name, d) => (args.includes(name) ? args[args.indexOf(name) + 1] : d);
const runs = Number(opt('--runs', 5));
const top = Number(opt('--top', 30));
const profile = args.includes('--profile');
/** --tree name: also the calls under each function of that name (inclusive ms), summed over the loads. */
const treeOf = opt('--tree', null);

const server = await startServer(Object.fromEntries(dirs.map((d, i) => [`/${i}/`, d])));
const { browser, close } = await launchBrowser();
const marks = dirs.map(() => []);
const cpus = [];
for (let r = 0; r < runs; r++) for (const [di, dir] of dirs.entries()) {
  const ctx = await browser.createBrowserContext();
  const p = await ctx.newPage();
  const cdp = await p.createCDPSession();
  // Long tasks from before any page script, as the benchmark counts them (blocking: Σ(duration − 50 ms)).
  await p.evaluateOnNewDocument(() => {
    window.__longtasks = [];
    new PerformanceObserver((l) => window.__longtasks.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  });
  const prof = profile && !ab;
  await p.tracing.start({ categories: ['-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'blink.user_timing', 'loading'] });
  if (prof) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await p.goto(`${server.origin}/${di}/`, { waitUntil: 'load' });
  await p.waitForFunction(() => performance.getEntriesByName('timeline:first-draw').length > 0, { timeout: 120_000 });
  const m = await p.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { draw: performance.getEntriesByName('timeline:first-draw')[0].startTime, dcl: nav.domContentLoadedEventStart, resp: nav.responseEnd };
  });
  await new Promise((res) => setTimeout(res, 1000));
  m.blocking = await p.evaluate((until) => window.__longtasks.filter(([t]) => t <= until).reduce((n, [, d]) => n + Math.max(0, d - 50), 0), m.draw + 1000);
  const trace = JSON.parse(Buffer.from(await p.tracing.stop()).toString('utf8'));
  m.cpu = mainThreadCpu(trace.traceEvents);
  m.cpuBlocking = cpuBlocking(trace.traceEvents, 1000);
  marks[di].push(m);
  if (prof) {
    const { profile: cpu } = await cdp.send('Profiler.stop');
    const events = trace.traceEvents;
    const mark = events.find((e) => e.name === 'timeline:first-draw');
    const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ?? events.find((e) => e.name === 'navigationStart');
    const cut = mark?.ts ?? Infinity;
    console.log(`profile load: draw ${m.draw.toFixed(0)} ms, dcl ${m.dcl.toFixed(0)}, trace mark at ${nav && mark ? ((mark.ts - nav.ts) / 1000).toFixed(0) : '?'} ms after navigationStart`);
    const upTo = events.filter((e) => e.ts <= cut && (!nav || e.ts >= nav.ts));
    const t = summarizeTrace({ traceEvents: [...events.filter((e) => e.ph === 'M'), ...upTo.filter((e) => e.ph !== 'M')] }, top);
    if (r === runs - 1) {
      console.log('\nmain thread until the first draw (self ms, last load):');
      for (const row of t.top ?? t) console.log(JSON.stringify(row));
    }
    cpus.push([cpu, nav?.ts ?? -Infinity, cut]);
    if (r === runs - 1) summarizeCpu(cpus);
  }
  await ctx.close();
}
const med = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
for (const [di, dir] of dirs.entries()) {
  const ms = marks[di];
  console.log(`\n${runs} loads of ${dir}: first draw min ${Math.min(...ms.map((m) => m.draw)).toFixed(0)}, median ${med(ms.map((m) => m.draw)).toFixed(0)} ms (${ms.map((m) => m.draw.toFixed(0)).join(' ')}), after DCL ${med(ms.map((m) => m.draw - m.dcl)).toFixed(0)} ms, DCL ${med(ms.map((m) => m.dcl)).toFixed(0)}`);
  console.log(`  main-thread CPU until the first draw (thread time, not wall): min ${Math.min(...ms.map((m) => m.cpu.total)).toFixed(1)}, median ${med(ms.map((m) => m.cpu.total)).toFixed(1)} ms (${ms.map((m) => m.cpu.total.toFixed(0)).join(' ')}); of it the app script's task ${med(ms.map((m) => m.cpu.app)).toFixed(1)} ms`);
  console.log(`  load blocking (until the first draw + 1 s): median ${med(ms.map((m) => m.blocking)).toFixed(0)} ms (${ms.map((m) => m.blocking.toFixed(0)).join(' ')}); by thread time ${med(ms.map((m) => m.cpuBlocking.total)).toFixed(0)} ms (${ms.map((m) => m.cpuBlocking.total.toFixed(0)).join(' ')}), tasks over 50 ms by thread time: ${ms.at(-1).cpuBlocking.tasks.join(' ')}`);
}
console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
await close();
await server.close();

/**
 * CPU time (trace thread time, \`tdur\`, so a machine busy with other processes does not count) of
 * the renderer's main thread from navigation to the first-draw mark: the tasks before it, and the
 * share of the task holding the mark up to the mark (pro rata). \`app\`: that task's share alone.
 */
function mainThreadCpu(events) {
  const mark = events.find((e) => e.name === 'timeline:first-draw');
  if (!mark) return { total: NaN, app: NaN };
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark.pid);
  const nav = events.filter((e) => e.name === 'navigationStart' && e.pid === mark.pid && e.ts <= mark.ts).pop();
  let total = 0;
  let app = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== main.pid || e.tid !== main.tid || e.ts < (nav?.ts ?? 0) || e.ts > mark.ts) continue;
    const share = e.ts + e.dur <= mark.ts ? 1 : (mark.ts - e.ts) / e.dur;
    total += ((e.tdur ?? e.dur) * share) / 1000;
    if (share < 1) app = ((e.tdur ?? e.dur) * share) / 1000;
  }
  return { total, app };
}

/**
 * Load blocking as the benchmark counts it (Σ(task − 50 ms), until the first draw + \`afterMs\`),
 * but of each task's thread time, so other processes on the machine do not count.
 */
function cpuBlocking(events, afterMs) {
  const mark = events.find((e) => e.name === 'timeline:first-draw');
  if (!mark) return { total: NaN, tasks: [] };
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark.pid);
  const nav = events.filter((e) => e.name === 'navigationStart' && e.pid === mark.pid && e.ts <= mark.ts).pop();
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.ts >= (nav?.ts ?? 0) && e.ts <= mark.ts + afterMs * 1000)
    .map((e) => (e.tdur ?? e.dur) / 1000)
    .filter((ms) => ms > 50);
  return { total: tasks.reduce((n, ms) => n + ms - 50, 0), tasks: tasks.map((ms) => ms.toFixed(0)) };
}

/** Self and inclusive ms per JS function, for samples in [from, to] (trace µs), averaged over the loads profiled. */
function summarizeCpu(list) {
  const self = new Map();
  const incl = new Map();
  let total = 0;
  for (const [cpu, from, to] of list) total += addCpu(cpu, from, to, self, incl, list.length);
  console.log(`\nJS until the first draw: ${total.toFixed(0)} ms sampled (mean of ${list.length} loads)`);
  console.log('self:');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(v.toFixed(1).padStart(8), k);
  console.log('inclusive:');
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top * 2)) console.log(v.toFixed(1).padStart(8), k);
  if (treeOf) {
    const tree = new Map();
    for (const [cpu, from, to] of list) addTree(cpu, from, to, tree, list.length);
    console.log(`\nunder ${treeOf}:`);
    for (const [k, v] of [...tree].sort((a, b) => b[1] - a[1]).slice(0, top * 2)) console.log(v.toFixed(1).padStart(8), k);
  }
}

/** Inclusive ms per call path below the first frame named \`treeOf\` on each sampled stack (paths up to 4 deep). */
function addTree(cpu, from, to, tree, loads) {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let t = cpu.startTime;
  for (let i = 0; i < cpu.samples.length; i++) {
    t += cpu.timeDeltas[i];
    if (t < from || t > to) continue;
    const dt = (cpu.timeDeltas[i + 1] ?? 0) / 1000 / loads;
    const stack = [];
    for (let n = byId.get(cpu.samples[i]); n; n = byId.get(parent.get(n.id))) stack.unshift(n);
    const at = stack.findIndex((n) => n.callFrame.functionName === treeOf);
    if (at < 0) continue;
    const path = stack.slice(at + 1);
    for (let d = 1; d <= Math.min(4, path.length); d++) {
      const key = path.slice(0, d).map((n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`).join(' > ');
      tree.set(key, (tree.get(key) ?? 0) + dt);
    }
  }
}

function addCpu(cpu, from, to, self, incl, loads) {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  let t = cpu.startTime;
  let total = 0;
  for (let i = 0; i < cpu.samples.length; i++) {
    t += cpu.timeDeltas[i];
    if (t < from || t > to) continue;
    const dt = (cpu.timeDeltas[i + 1] ?? 0) / 1000 / loads;
    let n = byId.get(cpu.samples[i]);
    const k = name(n);
    if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') {
      self.set(k, (self.get(k) ?? 0) + dt);
      continue;
    }
    total += dt;
    self.set(k, (self.get(k) ?? 0) + dt);
    const seen = new Set();
    for (; n; n = byId.get(parent.get(n.id))) {
      const key = name(n);
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + dt);
    }
  }
  return total;
}
