import { executeServerCommand } from '@web/test-runner-commands';

/** One step of real input, sent through Chromium's DevTools protocol (see input-plugin.mjs). */
export type Step =
  | { type: 'keydown' | 'keyup' | 'press'; key: string }
  | { type: 'move'; x: number; y: number; steps?: number }
  | { type: 'down' | 'up' }
  | { type: 'click'; x: number; y: number }
  | { type: 'wheel'; x: number; y: number; deltaX?: number; deltaY?: number }
  | { type: 'touch'; frames: [number, number][][] }
  | { type: 'touch-emulation'; enabled: boolean }
  | { type: 'wait'; ms: number };

/** Sends real input to the page, in order. */
export async function input(...steps: Step[]): Promise<void> {
  await executeServerCommand('input', { steps });
}

/** The centre of an element in viewport pixels. */
export function centre(el: Element): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
}

/** Waits for the next two animation frames, so coalesced drawing has happened. */
export function frames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });
}

/** Polls until a condition holds, or fails with a message after a timeout. */
export async function until(cond: () => boolean, what: string, ms = 3000): Promise<void> {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Evaluates an expression in the frame whose URL contains `url` (any origin, sandboxed too); returns its JSON value. */
export async function inFrame<T>(url: string, expression: string): Promise<T> {
  return JSON.parse((await executeServerCommand('frame-eval', { url, expression })) as string) as T;
}

/**
 * Polls an expression in the frame whose URL contains `url` until its value is truthy, or `ms`
 * pass; returns the last value (write `?? null` rather than leave it undefined).
 */
export async function inFrameWhen<T>(url: string, expression: string, ms = 3000): Promise<T> {
  const t0 = performance.now();
  for (;;) {
    const value = await inFrame<T>(url, expression);
    if (value || performance.now() - t0 > ms) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs `body` with touch input emulated, and always turns the emulation off again. */
export async function withTouch(body: () => Promise<void>): Promise<void> {
  await input({ type: 'touch-emulation', enabled: true });
  try {
    await body();
  } finally {
    await input({ type: 'touch-emulation', enabled: false });
  }
}

/** Sets the browser's time zone (IANA id) for the page and its frames. */
export async function timeZone(id: string): Promise<void> {
  await executeServerCommand('timezone', { id });
}

/**
 * Runs `source` in every document the page or its frames load from now on, before their own
 * scripts, until the returned function is called.
 */
export async function beforeScripts(source: string): Promise<() => Promise<void>> {
  const id = (await executeServerCommand('before-scripts', { source })) as string;
  return async () => void (await executeServerCommand('before-scripts', { remove: id }));
}

/** Sets the test page's viewport in CSS pixels (no argument: the runner's default). */
export async function viewport(size?: { width: number; height: number }): Promise<void> {
  await executeServerCommand('viewport', { size: size ?? null });
}

/** Emulates media features, e.g. `[{ name: 'prefers-color-scheme', value: 'dark' }]` (an empty list resets them). */
export async function media(features: { name: string; value: string }[]): Promise<void> {
  await executeServerCommand('media', { features });
}

/** A one-finger swipe from (x, y) by (dx, dy), in `n` moves. */
export function swipe(x: number, y: number, dx: number, dy: number, n = 10): Step {
  return { type: 'touch', frames: Array.from({ length: n + 1 }, (_, i): [number, number][] => [[Math.round(x + (dx * i) / n), Math.round(y + (dy * i) / n)]]) };
}
