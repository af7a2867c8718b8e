import { until } from './input';

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
