import type { Browser } from 'puppeteer-core';

/** Launches the system Chromium through puppeteer-core (see chromium.mjs). */
export function launchChromium(o: {
  window: { width: number; height: number };
  viewport?: { width: number; height: number } | null;
  protocolTimeout?: number;
  args?: string[];
}): Promise<{ browser: Browser; close: () => Promise<void> }>;
export const CHROME_PATH: string;
export const CHROME_ARGS: string[];
export function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean>;
