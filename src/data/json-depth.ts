/** How deep a timeline data file may nest arrays and objects; real files need six levels. */
export const MAX_DEPTH = 64;

/**
 * The offset of the first bracket that nests deeper than `limit`, or -1. One pass over the text,
 * skipping strings, so a runaway file is refused before any recursive parser sees it.
 *
 * @example tooDeep('[[[]]]', 2) // 2
 */
export function tooDeep(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return -1;
}
