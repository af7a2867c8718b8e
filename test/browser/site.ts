import { frames, until, viewport } from './input';
import type { TimelineChart } from '../../src/components/timeline-chart';

export interface OpenOptions {
  width?: number;
  height?: number;
  title?: string;
}

/**
 * Opens a built site in a same-origin frame and waits until it is drawn and fully loaded. The
 * built page draws the chart before the list below it is parsed, and wires the list at
 * DOMContentLoaded, so waiting for the first draw alone would race the rest of the page.
 */
export async function openSite(src: string, opts: OpenOptions = {}): Promise<HTMLIFrameElement> {
  document.body.innerHTML = '';
  const frame = Object.assign(document.createElement('iframe'), { src, title: opts.title ?? 'site' });
  frame.style.cssText = `width: ${opts.width ?? 900}px; height: ${opts.height ?? 700}px; border: 0`;
  document.body.append(frame);
  const doc = () => frame.contentDocument;
  await until(() => Boolean(doc()?.querySelector('timeline-chart')?.hasAttribute('data-drawn')), `${src} to draw`, 10000);
  await until(() => doc()?.readyState === 'complete', `${src} to finish loading`, 10000);
  return frame;
}

/** A built page opened at a reader's screen size: its frame, document, window and chart. */
export interface Site {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window;
  chart: TimelineChart;
}

/**
 * Opens a page of the built site (`/dist/` + `path`) filling the test page's viewport, set to
 * `size`, so real input lands where a reader's would.
 */
export async function openAtSize(path: string, size: { width: number; height: number }): Promise<Site> {
  await viewport(size);
  document.body.style.margin = '0';
  const frame = await openSite(`/dist/${path}`, size);
  frame.style.display = 'block';
  window.scrollTo(0, 0);
  // Touch input is hit-tested by the compositor: let a new frame reach the screen first.
  await new Promise((r) => setTimeout(r, 250));
  const doc = frame.contentDocument!;
  await frames(2);
  return { frame, doc, win: frame.contentWindow!, chart: doc.querySelector('timeline-chart')! };
}
