/** Why a data file's bytes are not UTF-8 JSON text, said once for the whole file. */
export interface EncodingProblem {
  rule: 'encoding' | 'byte-order-mark';
  message: string;
  /** Where the problem is, when it is at one place (the column counts bytes). */
  line?: number;
  column?: number;
}

/** The 1-based line and byte column of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** The offset of the first byte that is not part of well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * Reads a data file's bytes as UTF-8 text, or says in one sentence what is wrong with them and
 * what to do: UTF-16 (from some Windows editors), a byte order mark, or bytes that are not UTF-8
 * at all (Latin-1 or Windows-1252 text, which would otherwise build with replacement characters).
 *
 * @example decodeDataFile(new TextEncoder().encode('{}')) // { text: '{}' }
 */
export function decodeDataFile(bytes: Uint8Array): { text: string } | { problem: EncodingProblem } {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.subarray(0, 64).includes(0);
  if (utf16)
    return { problem: { rule: 'encoding', message: 'is saved as UTF-16; save it as UTF-8 (without a byte order mark) and build again' } };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { problem: { rule: 'byte-order-mark', line: 1, column: 1, message: 'starts with a byte order mark; save it as UTF-8 without one and build again' } };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(bytes));
    return {
      problem: {
        rule: 'encoding',
        ...bytePosition(bytes, bad),
        message: `is not UTF-8 (byte ${hex(bytes[bad])} here is probably Latin-1 or Windows-1252 text); save it as UTF-8 and build again`,
      },
    };
  }
}
