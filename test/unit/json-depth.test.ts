import { describe, expect, it } from 'vitest';
import { tooDeep } from '../../src/data/json-depth';

describe('tooDeep', () => {
  it('tooDeep finds the first bracket past the limit', () => {
    expect(tooDeep('[[[]]]', 2)).toBe(2);
    expect(tooDeep('{"a":[{}]}', 3)).toBe(-1);
  });

  it('tooDeep ignores brackets inside strings, escaped quotes included', () => {
    expect(tooDeep('["[[[[", "\\"[[[["]', 1)).toBe(-1);
  });

  it('tooDeep handles 100,000 levels in one pass, without recursion', () => {
    expect(tooDeep('['.repeat(100_000), 64)).toBe(64);
  });
});
