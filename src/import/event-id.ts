/** Our ids: lower-case letters and digits in hyphen-joined words, at most 80 characters. */
const MAX = 80;

/**
 * A headline as the words of an id: accents dropped, lower case, anything else a hyphen. Empty
 * when nothing of it is a Latin letter or a digit.
 *
 * @example slug('Karen Spärck Jones makes search possible') // 'karen-sparck-jones-makes-search-possible'
 */
export function slug(headline: string): string {
  return headline
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A short, stable hash of a text (FNV-1a, 32 bits, in base 36), for headlines with no Latin letters. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (const c of text) {
    h ^= c.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * A stable id from a date key and a headline: the same slide always gets the same id, so links
 * to it survive a second import. Cut at a word boundary to fit 80 characters.
 *
 * @example eventId('1963-08-09', 'A Musical Heritage') // '1963-08-09-a-musical-heritage'
 * @example eventId('2012', 'Здравствуйте') // '2012-' + a short hash
 */
export function eventId(dateKey: string, headline: string): string {
  const words = slug(headline) || (headline.trim() ? hash(headline.trim()) : 'untitled');
  let id = `${slug(dateKey)}-${words}`;
  if (id.length > MAX) id = id.slice(0, MAX + 1).replace(/-[^-]*$/, '');
  return id.slice(0, MAX).replace(/-+$/, '');
}

/**
 * Makes ids unique in order of use: the second "1978-signed" becomes "1978-signed-2", and so on.
 *
 * @example const unique = uniqueIds(); unique('a'); unique('a') // 'a-2'
 */
export function uniqueIds(): (id: string) => string {
  const used = new Set<string>();
  return (id) => {
    let out = id;
    for (let n = 2; used.has(out); n++) {
      const suffix = `-${n}`;
      out = `${id.slice(0, MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    used.add(out);
    return out;
  };
}
