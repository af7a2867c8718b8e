import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { decodeDataFile } from '../data/file-encoding';
import type { Translation } from '../data/translation-types';
import type { TimelineData } from '../data/types';
import { validateTranslationText } from '../data/validate-translation';
import type { DataError } from '../data/validate';
import { EDITIONS, type Edition } from '../time/locale-dates';
import { DataFileError } from './load-data';

/** The editions a data file can be translated into: every edition but English, the reference. */
export const TRANSLATED_EDITIONS = EDITIONS.filter((e): e is Exclude<Edition, 'en'> => e !== 'en');

/**
 * Where an edition's translation of a JSON data file lives: beside it, the language before `.json`.
 * A sheet (CSV/TSV) has no translations.
 *
 * @example translationPath('/p/data/events.json', 'fa') // '/p/data/events.fa.json'
 * @example translationPath('/p/story.csv', 'fa') // undefined
 */
export function translationPath(dataFile: string, edition: Edition): string | undefined {
  return /\.json$/i.test(dataFile) ? dataFile.replace(/\.json$/i, `.${edition}.json`) : undefined;
}

/**
 * Reads and checks every translation beside a data file (`events.fa.json`, `events.ru.json`,
 * `events.uk.json` beside `events.json`) against the English data; an edition without a file is
 * simply not built. Throws `DataFileError` with every error of every file (file, line, column,
 * path, value, rule), as the data file does, so a broken translation fails the build the same way.
 */
export function loadTranslations(dataFile: string, root: string, data: TimelineData): Map<Edition, Translation> {
  const out = new Map<Edition, Translation>();
  const errors: DataError[] = [];
  for (const edition of TRANSLATED_EDITIONS) {
    const file = translationPath(dataFile, edition);
    if (!file) continue;
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw e;
    }
    const shown = relative(root, file) || file;
    const decoded = decodeDataFile(bytes);
    if ('problem' in decoded) {
      const { rule, message, line, column } = decoded.problem;
      errors.push({ file: shown, line, column, path: '$', value: '', rule, message });
      continue;
    }
    const result = validateTranslationText(decoded.text, shown, data, basename(dataFile));
    if (result.ok) out.set(edition, result.translation);
    else errors.push(...result.errors);
  }
  if (errors.length) throw new DataFileError(errors);
  return out;
}
