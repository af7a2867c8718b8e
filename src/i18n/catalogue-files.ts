import type { Edition } from '../time/locale-dates';
import type { Templates } from './catalogue';
import { templates as fa } from './locales/fa';
import { templates as ru } from './locales/ru';
import { templates as uk } from './locales/uk';

/** The generated catalogues (`npm run i18n:build` writes them from the XLIFF files in xliff/). */
const CATALOGUES: Record<Exclude<Edition, 'en'>, Templates> = { fa, ru, uk };

/**
 * An edition's messages, as lit-localize built them: for the build, which installs them with
 * `useCatalogue(edition, catalogueFor(edition))` before writing the edition's pages and writes
 * them into each page as JSON. English is the source and has none. Build side only: never
 * imported by main.ts or lazy.ts, so no reader downloads another language's messages.
 *
 * @example catalogueFor('ru')?.['chart.zoom-in'] // 'Приблизить'
 */
export function catalogueFor(edition: Edition): Templates | undefined {
  return edition === 'en' ? undefined : CATALOGUES[edition];
}
