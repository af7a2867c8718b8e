import { EDITIONS, type Edition } from '../time/locale-dates';
import { useCatalogue, type Templates } from './catalogue';

/** The edition a page belongs to, from `<html lang>` (the build sets it); anything else reads as English. */
export function pageEdition(doc: Document): Edition {
  const lang = (doc.documentElement.lang || 'en').slice(0, 2).toLowerCase();
  return (EDITIONS as readonly string[]).includes(lang) ? (lang as Edition) : 'en';
}

/**
 * Installs the page's catalogue: the build writes the edition's messages into the page as JSON
 * (`<script type="application/json" id="timeline-messages">`), so a Persian page needs no request
 * and no extra script before its first draw, and an English page carries none. Import this module
 * first, before any module that renders, in each entry (main.ts, lazy.ts).
 */
export function installPageCatalogue(doc: Document): Edition {
  const edition = pageEdition(doc);
  const text = edition === 'en' ? null : doc.getElementById('timeline-messages')?.textContent;
  useCatalogue(edition, text ? (JSON.parse(text) as Templates) : undefined);
  return edition;
}

if (typeof document !== 'undefined') installPageCatalogue(document);
