import { ZoomTransform, zoomIdentity } from 'd3-zoom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interruptZoomTween, zoomTween } from '../../src/chart/zoom-tween';

/** Animation frames run by hand: `frame(ms)` advances the clock and runs the callbacks due. */
let queue: Map<number, FrameRequestCallback>;
let now: number;
let nextId: number;
function frame(advance: number): void {
  now += advance;
  const due = [...queue.values()];
  queue.clear();
  for (const f of due) f(now);
}

/** An element as d3-zoom sees it: its transform in `__zoom`; `apply` sets it, as `zoom.transform` does. */
function element(t: ZoomTransform = zoomIdentity) {
  const el = { __zoom: t } as unknown as Element & { __zoom: ZoomTransform };
  const applied: ZoomTransform[] = [];
  const apply = (s: ZoomTransform) => {
    applied.push(s);
    el.__zoom = s;
  };
  return { el, applied, apply };
}

beforeEach(() => {
  queue = new Map();
  now = 1000;
  nextId = 1;
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => (queue.set(nextId, f), nextId++));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => queue.delete(id));
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('zoomTween', () => {
  const to = new ZoomTransform(4, -1500, 0);

  it('moves frame by frame and ends exactly on the target after the duration', () => {
    const { el, applied, apply } = element();
    zoomTween(el, to, [640, 0], 1280, 250, apply);
    for (let i = 0; i < 20 && queue.size; i++) frame(16);
    expect(applied.length).toBeGreaterThan(10);
    expect(applied.at(-1)).toBe(to);
    const ks = applied.map((t) => t.k);
    expect(ks).toEqual([...ks].sort((a, b) => a - b));
    expect(queue.size).toBe(0);
  });

  it('sets the target at once when the duration is 0 (reduced motion)', () => {
    const { el, applied, apply } = element();
    zoomTween(el, to, [640, 0], 1280, 0, apply);
    expect(applied).toEqual([to]);
    expect(queue.size).toBe(0);
  });

  it('stops where it is when something else moves the view', () => {
    const { el, applied, apply } = element();
    zoomTween(el, to, [640, 0], 1280, 250, apply);
    frame(16);
    frame(16);
    const panned = new ZoomTransform(1.2, -30, 0);
    el.__zoom = panned;
    frame(16);
    frame(16);
    expect(applied.length).toBe(2);
    expect(el.__zoom).toBe(panned);
    expect(queue.size).toBe(0);
  });

  it('stops when interrupted (a gesture starts), but not by the interrupts its own steps cause', () => {
    const { el, applied, apply } = element();
    zoomTween(el, to, [640, 0], 1280, 250, (t) => {
      interruptZoomTween(el); // what zoom.transform does through selection.interrupt()
      apply(t);
    });
    frame(16);
    frame(16);
    expect(applied.length).toBe(2);
    interruptZoomTween(el);
    frame(16);
    expect(applied.length).toBe(2);
    expect(queue.size).toBe(0);
  });

  it('a new tween replaces the one under way, starting from where it got to', () => {
    const { el, applied, apply } = element();
    zoomTween(el, to, [640, 0], 1280, 250, apply);
    frame(16);
    frame(100);
    const mid = el.__zoom;
    const back = zoomIdentity;
    zoomTween(el, back, [640, 0], 1280, 250, apply);
    frame(16);
    expect(queue.size).toBe(1);
    expect(applied.at(-1)!.k).toBeLessThanOrEqual(mid.k);
    for (let i = 0; i < 20 && queue.size; i++) frame(16);
    expect(applied.at(-1)).toBe(back);
  });
});
