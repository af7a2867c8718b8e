/**
 * Folding text for search: case, accents and punctuation do not count, so "Zelensky’s" finds
 * "zelenskys", "Kanaani" finds "Kanʿānī" and "SHAHED-136" finds "Shahed 136". Letters and
 * digits of every script stay searchable (Persian, Arabic, Cyrillic, Greek, CJK…).
 */

/** Letters that do not decompose into a base letter and a mark, and variants of one letter. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ħ: 'h', ŧ: 't', ĸ: 'k', ŋ: 'n', ς: 'σ',
  // Arabic letters as Persian writes them (ي ك ى → ی ک ی), and the alef forms NFKD keeps apart.
  '\u064a': '\u06cc', '\u0649': '\u06cc', '\u0643': '\u06a9', '\u0671': '\u0627',
};
/** Characters inside a word that join its parts: apostrophes, soft hyphen, zero-width (non-)joiner, tatweel. */
const JOINERS = /^['’‘ʼʻʽʾʿ`´\u00ad\u200c\u200d\u0640]$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const MARKS = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;
const NON_ASCII = /[^\x00-\x7f]/gu;

/** What one character folds to: letters and digits, '' (joins a word) or ' ' (ends a word). */
const cache = new Map<string, string>();
function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 97 && code <= 122) return ch;
    if (code >= 65 && code <= 90) return String.fromCharCode(code + 32);
    if (code >= 48 && code <= 57) return ch;
    return ch === "'" || ch === '`' ? '' : ' ';
  }
  let f = cache.get(ch);
  if (f === undefined) {
    f = fold1(ch);
    if (cache.size < 10_000) cache.set(ch, f);
  }
  return f;
}

function fold1(ch: string): string {
  if (JOINERS.test(ch)) return '';
  const digit = ch.codePointAt(0)!;
  // Arabic-Indic and Persian digits read as 0–9.
  if (digit >= 0x660 && digit <= 0x669) return String(digit - 0x660);
  if (digit >= 0x6f0 && digit <= 0x6f9) return String(digit - 0x6f0);
  let out = '';
  // Each part of the decomposition is folded as a character of its own would be (so folding twice changes nothing).
  for (const d of ch.toLowerCase().normalize('NFKD').replace(MARKS, '')) {
    const c = d.toLowerCase();
    out += JOINERS.test(c) ? '' : (SPECIAL[c] ?? (WORD_CHAR.test(c) ? c : ' '));
  }
  return out;
}

/** A folded word and where it is in the original text: [start, end) in UTF-16 units, and the original end after each folded unit. */
export interface FoldedWord {
  word: string;
  start: number;
  end: number;
  /** For each UTF-16 unit of `word`, the original index just after the character it came from. */
  ends: number[];
}

/**
 * The words of a text, folded, with where each is in the original (for highlighting).
 *
 * @example foldWords('Iran’s Shahed-136').map((w) => w.word) // ['irans', 'shahed', '136']
 */
export function foldWords(text: string): FoldedWord[] {
  const words: FoldedWord[] = [];
  let cur: FoldedWord | null = null;
  let i = 0;
  for (const ch of text) {
    const end = i + ch.length;
    const f = foldChar(ch);
    for (const c of f === '' ? [] : f.split(/( )/)) {
      if (c === ' ') cur = null;
      else if (c !== '') {
        cur ??= words[words.push({ word: '', start: i, end, ends: [] }) - 1];
        cur.word += c;
        cur.end = end;
        for (let k = 0; k < c.length; k++) cur.ends.push(end);
      }
    }
    i = end;
  }
  return words;
}

/**
 * A text folded for search: its words, folded, separated by single spaces.
 *
 * @example fold('  Zelensky’s  “KAMIKAZE” drones!') // 'zelenskys kamikaze drones'
 * @example fold('Ахмадинежад, Ёж') // 'ахмадинежад еж'
 */
export function fold(text: string): string {
  // Plain ASCII, the common case, folds by a few regular expressions; other characters are
  // folded one by one first (the same rules as foldWords, much faster than a loop).
  if (ASCII.test(text)) return text.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  return text.replace(NON_ASCII, foldChar).toLowerCase().replace(/['`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The words of a search, folded, each once, longest first (the rarest usually, so a search
 * narrows fastest); '' or punctuation alone gives none.
 *
 * @example queryWords('Shahed, shahed-136') // ['shahed', '136']
 */
export function queryWords(query: string): string[] {
  const words = [...new Set(fold(query).split(' ').filter(Boolean))];
  return words.sort((a, b) => b.length - a.length);
}
