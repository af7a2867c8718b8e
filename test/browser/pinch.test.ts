/// <reference types="mocha" />
import { input, until, withTouch } from './input';
import { mountTimeline, zoomK } from './fixture';

// The two-finger pinch lives in its own file, run after the other touch tests: after a synthetic
// two-finger sequence, Chromium sometimes routes the next file's one-finger touch events to the
// old page (the scroll still happens, the page's touch listeners see nothing), which would make
// those tests fail for the harness's sake, not the chart's.

describe('timeline-chart pinch', () => {
  it('a two-finger pinch on touch zooms', async () => {
    await withTouch(async () => {
      const m = await mountTimeline({ width: 760 });
      const r = m.shadow.querySelector<SVGSVGElement>('svg.chart')!.getBoundingClientRect();
      const p = { x: Math.round(r.left + r.width * 0.62), y: Math.round(r.top + r.height - 40) };
      const frames: [number, number][][] = [];
      for (let i = 0; i <= 8; i++) frames.push([[p.x - 20 - i * 15, p.y], [p.x + 20 + i * 15, p.y]]);
      await input({ type: 'touch', frames });
      await until(() => zoomK(m) > 1.5, 'pinch zoom');
    });
  });
});
