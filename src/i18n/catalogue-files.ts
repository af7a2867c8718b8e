import type { Edition } from '../time/locale-dates';
import type { Templates } from './catalogue';

/**
 * The message catalogue of an edition, for the build to install (`useCatalogue`) and write into
 * the edition's pages. STUB in the editions branch: the msg helper's module replaces it with the
 * generated catalogues; until then every edition's interface is in English.
 */
export function catalogueFor(edition: Edition): Templates | undefined {
  void edition;
  return undefined;
}
