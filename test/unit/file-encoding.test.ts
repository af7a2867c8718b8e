import { describe, expect, it } from 'vitest';
import { decodeDataFile } from '../../src/data/file-encoding';

const utf8 = (s: string) => new TextEncoder().encode(s);
const problem = (bytes: Uint8Array) => {
  const r = decodeDataFile(bytes);
  if (!('problem' in r)) throw new Error('decoded');
  return r.problem;
};

describe('decodeDataFile', () => {
  it('decodeDataFile reads UTF-8 text as it is', () => {
    expect(decodeDataFile(utf8('{"title":"Tehran – تهران"}'))).toEqual({ text: '{"title":"Tehran – تهران"}' });
  });

  it('decodeDataFile says a byte order mark is one, and what to do', () => {
    const p = problem(utf8('\uFEFF{}'));
    expect(p).toMatchObject({ rule: 'byte-order-mark', line: 1, column: 1 });
    expect(p.message).toMatch(/byte order mark; save it as UTF-8 without one/);
  });

  it('decodeDataFile says UTF-16 once, with or without a byte order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'{"a":1}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    const be = new Uint8Array([...'{"a":1}'].flatMap((c) => [0, c.charCodeAt(0)]));
    for (const bytes of [le, be]) expect(problem(bytes)).toMatchObject({ rule: 'encoding', message: expect.stringMatching(/UTF-16; save it as UTF-8/) });
  });

  it('decodeDataFile refuses Latin-1 text, pointing at the first byte that is not UTF-8', () => {
    const latin1 = new Uint8Array([...utf8('{\n  "title": "Caf'), 0xe9, ...utf8('"\n}')]);
    const p = problem(latin1);
    expect(p).toMatchObject({ rule: 'encoding', line: 2, column: 16 });
    expect(p.message).toMatch(/not UTF-8 \(byte 0xE9 .*Latin-1.*save it as UTF-8/);
  });
});
