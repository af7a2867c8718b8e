import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize/internal/types.js';
import type { Edition } from '../time/locale-dates';

/** One language's messages by id, as `lit-localize build` writes them (strings, and `str` templates as plain objects). */
export type Templates = LocaleModule['templates'];

let edition: Edition = 'en';
let templates: Templates | undefined;
let installed = false;

/**
 * Makes `msg()` answer in an edition's language from now on. English is the source: no templates.
 * The build calls it before rendering each edition's pages; a page calls it once, before anything
 * renders, with the catalogue the build wrote into it (page-catalogue.ts). Uses lit-localize's
 * re-entrant mode, which is made for exactly this (one process, several locales, switched synchronously).
 */
export function useCatalogue(next: Edition, catalogue: Templates | undefined): void {
  if (!installed) {
    installed = true;
    configureReentrantLocalization({
      sourceLocale: 'en',
      targetLocales: ['fa', 'ru', 'uk'],
      getLocale: () => edition,
      loadLocaleSync: () => (templates ? { templates } : undefined),
    });
  }
  edition = next;
  templates = next === 'en' ? undefined : catalogue;
}

/** The edition `msg()` answers in now. */
export const catalogueEdition = (): Edition => edition;
