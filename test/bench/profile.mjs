// Optional diagnostics for `--profile`: a V8 CPU profile (self time per JS function) and a
// Chromium trace (self time per main-thread activity: script, style, layout, paint, hit testing,
// IntersectionObserver...). Each wraps the zoom and pan interactions of one page load.

/** A CPU profile hook for measurePage: samples every `samplingUs` microseconds. */
export function cpuProfiler(samplingUs = 200) {
  return {
    async start({ cdp }) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: samplingUs });
      await cdp.send('Profiler.start');
    },
    async stop({ cdp }) {
      const { profile } = await cdp.send('Profiler.stop');
      return profile;
    },
  };
}

const TRACE_CATEGORIES = [
  '-*',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'cc',
];

/** A tracing hook for measurePage (puppeteer's page.tracing, i.e. CDP Tracing). */
export function tracer() {
  return {
    async start({ page }) {
      await page.tracing.start({ categories: TRACE_CATEGORIES });
    },
    async stop({ page }) {
      const buf = await page.tracing.stop();
      return JSON.parse(Buffer.from(buf).toString('utf8'));
    },
  };
}

/** Self time per JS function (top `n`) from a CDP .cpuprofile. */
export function summarizeProfile(profile, n = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += dt;
    const cf = node.callFrame;
    const file = cf.url ? cf.url.split('/').pop() : '';
    const key = `${cf.functionName || '(anonymous)'} ${file ? `${file}:${cf.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + dt);
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { totalMs: Math.round(total), top: top.map(([name, ms]) => ({ name, ms: Math.round(ms), pct: Math.round((1000 * ms) / total) / 10 })) };
}

/**
 * Self time per trace event name on the busiest renderer main thread (top `n`): nested
 * events are subtracted from their parents, so the figures add up to the thread's busy time.
 */
export function summarizeTrace(trace, n = 25) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  // Complete events per thread; B/E pairs become complete events.
  const perThread = new Map();
  const open = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key)) continue;
    let x = null;
    if (e.ph === 'X' && typeof e.dur === 'number') x = { name: e.name, ts: e.ts, dur: e.dur, args: e.args };
    else if (e.ph === 'B') (open.get(key) ?? open.set(key, []).get(key)).push(e);
    else if (e.ph === 'E') {
      const b = open.get(key)?.pop();
      if (b) x = { name: b.name, ts: b.ts, dur: e.ts - b.ts, args: b.args };
    }
    if (x) (perThread.get(key) ?? perThread.set(key, []).get(key)).push(x);
  }
  let best = null;
  for (const [key, list] of perThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const self = new Map();
    const stack = [];
    let busy = 0;
    for (const ev of list) {
      while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= ev.ts) stack.pop();
      const parent = stack[stack.length - 1];
      const name = ev.name === 'FunctionCall' || ev.name === 'EventDispatch' || ev.name === 'TimerFire' || ev.name === 'FireAnimationFrame'
        ? `${ev.name}${ev.args?.data?.type ? ` (${ev.args.data.type})` : ''}`
        : ev.name;
      if (parent) {
        parent.childDur += Math.min(ev.dur, parent.ts + parent.dur - ev.ts);
      } else busy += ev.dur;
      const node = { ts: ev.ts, dur: ev.dur, childDur: 0, name };
      stack.push(node);
      ev.node = node;
    }
    for (const ev of list) self.set(ev.node.name, (self.get(ev.node.name) ?? 0) + Math.max(0, ev.node.dur - ev.node.childDur));
    if (!best || busy > best.busy) best = { key, busy, self };
  }
  if (!best) return { busyMs: 0, top: [] };
  // A task's own time (RunTask) is work the trace does not break down further.
  const top = [...best.self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => ({ name, ms: Math.round(us / 1000), pct: Math.round((1000 * us) / best.busy) / 10 }));
  return { busyMs: Math.round(best.busy / 1000), top };
}
