import { httpUrl } from '../url/http-url';

/**
 * The embed's message protocol, pure. Outbound: Pym.js `height` messages and AMP-style
 * `embed-size` messages. Inbound: only Pym.js `width` messages for our own child id; anything
 * else (junk, other ids, huge strings, NaN) is ignored.
 */

/** A message from the embedding page that the embed acts on. */
export type InboundMessage = { type: 'width'; width: number };

const PYM = 'xPYMx';
const MAX_MESSAGE = 256;

/** Pym.js child ids are made by the parent from the container's id: keep to that shape. */
export function isPymId(id: string | null): id is string {
  return id !== null && /^[A-Za-z][\w:.-]{0,99}$/.test(id);
}

/** The Pym.js message that tells the parent the frame's height. */
export function pymHeightMessage(id: string, height: number): string {
  return ['pym', id, 'height', String(height)].join(PYM);
}

/** The AMP-style message that asks the embedding page to resize the frame. */
export function ampSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** A frame height worth sending: a whole number of pixels in a sane range. */
export function isFrameHeight(h: unknown): h is number {
  return typeof h === 'number' && Number.isInteger(h) && h > 0 && h <= 100_000;
}

/**
 * Reads a message from the parent page; null for anything not meant for us or malformed.
 *
 * @example parseInbound('pymxPYMxtimelinexPYMxwidthxPYMx640', 'timeline') // { type: 'width', width: 640 }
 * @example parseInbound('pymxPYMxtimelinexPYMxwidthxPYMxNaN', 'timeline') // null
 */
export function parseInbound(data: unknown, id: string): InboundMessage | null {
  if (typeof data !== 'string' || data.length > MAX_MESSAGE) return null;
  const parts = data.split(PYM);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id) return null;
  if (parts[2] !== 'width' || !/^\d{1,5}(\.\d{1,3})?$/.test(parts[3])) return null;
  const width = Number(parts[3]);
  return width > 0 && width <= 20_000 ? { type: 'width', width } : null;
}

/** The origin to post to: the parent page's, when its URL is known and http(s); else '*' (a height is no secret). */
export function targetOrigin(parentUrl: string | null): string {
  return httpUrl(parentUrl)?.origin ?? '*';
}
