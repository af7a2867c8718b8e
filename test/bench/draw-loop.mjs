// The chart's draw() alone, for a fixed zoom in and out (120 windows, as the benchmark's wheel
// steps), timed in the page: JS only, and JS with the style and layout each frame then needs
// (forced by a read). Minimum over repetitions, so other processes on the machine weigh less.
// Usage: node test/bench/draw-loop.mjs .bench/site-10000 [.bench/other-build] [--reps 7]
import { launchBrowser } from './measure.mjs';
import { startServer } from './server.mjs';

const args = process.argv.slice(2);
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--reps');
const reps = Number(args.includes('--reps') ? args[args.indexOf('--reps') + 1] : 7);
const server = await startServer(Object.fromEntries(dirs.map((d, i) => [`/${i}/`, d])));
const { browser, close } = await launchBrowser();
const results = dirs.map(() => ({ js: [], withLayout: [] }));
for (let r = 0; r < 3; r++)
  for (const [i] of dirs.entries()) {
    const ctx = await browser.createBrowserContext();
    const p = await ctx.newPage();
    await p.goto(`${server.origin}/${i}/`, { waitUntil: 'load' });
    await p.waitForFunction(() => performance.getEntriesByName('timeline:first-draw').length > 0);
    await new Promise((res) => setTimeout(res, 1500));
    const out = await p.evaluate((reps) => {
      const chart = document.querySelector('timeline-chart');
      const [d0, d1] = chart.fullWindow();
      const mid = (d0 + d1) / 2;
      const windows = [];
      for (let k = 0; k < 60; k++) windows.push(0.9 ** k);
      for (let k = 59; k >= 0; k--) windows.push(0.9 ** k);
      const run = (layout) => {
        let t = 0;
        for (const f of windows) {
          const half = ((d1 - d0) * f) / 2;
          chart.showWindow([mid - half * 0.7, mid + half * 1.3]);
          const t0 = performance.now();
          chart.draw();
          if (layout) chart.shadowRoot.querySelector('svg').getBoundingClientRect();
          t += performance.now() - t0;
        }
        return t;
      };
      const js = [];
      const withLayout = [];
      for (let k = 0; k < reps; k++) (js.push(run(false)), withLayout.push(run(true)));
      return { js: Math.min(...js), withLayout: Math.min(...withLayout) };
    }, reps);
    results[i].js.push(out.js);
    results[i].withLayout.push(out.withLayout);
    await ctx.close();
  }
for (const [i, d] of dirs.entries())
  console.log(`${d}: 120 draws, JS ${Math.min(...results[i].js).toFixed(1)} ms (loads: ${results[i].js.map((x) => x.toFixed(0)).join(' ')}); with style and layout ${Math.min(...results[i].withLayout).toFixed(1)} ms (${results[i].withLayout.map((x) => x.toFixed(0)).join(' ')})`);
console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
await close();
await server.close();
