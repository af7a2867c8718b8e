/**
 * Resolves in a later task, so the browser can paint and answer input between the pieces of a
 * long piece of work (scheduler.yield where the browser has it, which keeps the work's place in line).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `f` in an idle moment, at the latest after `timeout` ms; where the browser has no idle
 * callbacks (Safari), after `fallback` ms.
 */
export function whenIdle(f: () => void, timeout: number, fallback = 0): void {
  if ('requestIdleCallback' in window) requestIdleCallback(f, { timeout });
  else setTimeout(f, fallback);
}
