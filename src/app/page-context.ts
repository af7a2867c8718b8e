import { isPymId } from '../embed/messages';
import { httpUrl } from '../url/http-url';
import { EDITIONS } from '../time/locale-dates';

/** The colour scheme: the reader's (`auto`), or fixed. Embeds are light unless the editor asks. */
export type Theme = 'light' | 'dark' | 'auto';

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
  /** The origin of the page that frames us, as the browser tells it (ancestor origins, referrer). */
  parentOrigin: string | null;
  /** The embedding article's URL, once the embed has checked it (see embed-child.ts): null at start. */
  parentUrl: string | null;
  /** The article URL a Pym.js parent put in our query, not yet believed. */
  pymParentUrl: string | null;
  /** `?theme=`: light, dark or auto; light by default in an embed, auto elsewhere. */
  theme: Theme;
  /** Whether the embed shows the timeline's title (`?title=0` hides it). */
  showTitle: boolean;
  /** The root URL of the page's edition (where its index.html lives: the site's root, or `fa/` below it). */
  rootUrl: string;
  /** Where the built assets all editions share live (`assets/` at the site's root). */
  assetsUrl: string;
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

/** Who framed us, by the browser's word: `location.ancestorOrigins` where there is one, else the referrer's origin. */
function parentOriginOf(doc: Document, win: Window): string | null {
  const ancestor = win.location.ancestorOrigins?.[0];
  if (ancestor && ancestor !== 'null') return ancestor;
  return httpUrl(doc.referrer || null)?.origin ?? null;
}

/**
 * How the page looks by its query: `?theme=` (light by default in an embed, auto elsewhere) and
 * whether the title shows (`?title=0` hides it, in an embed).
 *
 * @example pageLook('?theme=dark&title=0', true) // { theme: 'dark', showTitle: false }
 */
export function pageLook(search: string, embed: boolean): Pick<PageContext, 'theme' | 'showTitle'> {
  const q = new URLSearchParams(search);
  const theme = q.get('theme');
  return { theme: theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : embed ? 'light' : 'auto', showTitle: !embed || q.get('title') !== '0' };
}

/**
 * Whether the page is one of an edition's, below the site's root (`fa/`, `ru/`, `uk/`): its
 * `<html lang>` names an edition other than English (as pageEdition reads it, without loading the catalogue).
 */
function inEditionFolder(doc: Document): boolean {
  const lang = (doc.documentElement.lang || 'en').slice(0, 2).toLowerCase();
  return lang !== 'en' && (EDITIONS as readonly string[]).includes(lang);
}

/** Reads the page context from the document, its URL and its window. */
export function readContext(doc: Document, win: Window): PageContext {
  const q = new URLSearchParams(win.location.search);
  const eventPageId = meta(doc, 'timeline:event');
  const childId = q.get('childId');
  const framed = isFramed(win);
  const parentOrigin = framed ? parentOriginOf(doc, win) : null;
  const embed = meta(doc, 'timeline:embed') === '1' || q.has('embed');
  return {
    eventPageId,
    embed,
    framed,
    pymId: isPymId(childId) ? childId : null,
    parentOrigin,
    parentUrl: null,
    pymParentUrl: framed ? q.get('parentUrl') : null,
    ...pageLook(win.location.search, embed),
    rootUrl: new URL(eventPageId ? '../../' : './', win.location.href).href.replace(/[?#].*$/, ''),
    // Every edition but English lives one folder below the site's root, where the assets are.
    assetsUrl: new URL(`${eventPageId ? '../../' : './'}${inEditionFolder(doc) ? '../' : ''}assets/`, win.location.href).href,
    hasEventPages: meta(doc, 'timeline:event-pages') === '1',
  };
}
