import { isPymId } from '../embed/messages';

/** What the page knows about where and how it runs; read once at start-up. */
export interface PageContext {
  /** Set on an event's own page (`events/<id>/`). */
  eventPageId: string | null;
  /** Compact embed mode: `embed.html`, or any page with `?embed`. */
  embed: boolean;
  /** Running inside a frame. */
  framed: boolean;
  /** The Pym.js child id, when a Pym.js parent framed us. */
  pymId: string | null;
  /** The embedding article's URL, passed by Pym.js or embed.js. */
  parentUrl: string | null;
  /** The site's root URL (where index.html lives). */
  rootUrl: string;
  /** Whether the build wrote a page per event. */
  hasEventPages: boolean;
}

function meta(doc: Document, name: string): string | null {
  return doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? null;
}

function isFramed(win: Window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    return true;
  }
}

/** Reads the page context from the document, its URL and its window. */
export function readContext(doc: Document, win: Window): PageContext {
  const q = new URLSearchParams(win.location.search);
  const eventPageId = meta(doc, 'timeline:event');
  const childId = q.get('childId');
  const parentUrl = q.get('parentUrl');
  return {
    eventPageId,
    embed: meta(doc, 'timeline:embed') === '1' || q.has('embed'),
    framed: isFramed(win),
    pymId: isPymId(childId) ? childId : null,
    parentUrl: parentUrl && parentUrl.length <= 2048 ? parentUrl : null,
    rootUrl: new URL(eventPageId ? '../../' : './', win.location.href).href.replace(/[?#].*$/, ''),
    hasEventPages: meta(doc, 'timeline:event-pages') === '1',
  };
}
