import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { KIND_STYLES, kindLabel, kindPath, type KindStyle } from '../../src/chart/kinds';
import { KINDS } from '../../src/data/types';

const SYMBOLS: Record<Exclude<KindStyle['symbol'], 'bubble'>, SymbolType> = {
  square: symbolSquare,
  diamond: symbolDiamond,
  triangle: symbolTriangle,
  circle: symbolCircle,
  cross: symbolCross,
  star: symbolStar,
};

describe('KIND_STYLES', () => {
  it('KIND_STYLES has a style for every kind in KINDS and for nothing else', () => {
    expect(Object.keys(KIND_STYLES).sort()).toEqual([...KINDS].sort());
  });

  it.each([...KINDS].filter((k) => KIND_STYLES[k].symbol !== 'bubble'))('KIND_STYLES.%s path is what d3-shape draws for its symbol at size 150', (kind) => {
    const style = KIND_STYLES[kind];
    const type = SYMBOLS[style.symbol as keyof typeof SYMBOLS];
    expect(type).toBeDefined();
    expect(style.path).toBe(symbol(type, 150)());
  });

  it('KIND_STYLES.statement is a speech bubble: a closed path about as large as the other symbols', () => {
    const { path } = KIND_STYLES.statement;
    expect(path).toMatch(/^M[^Z]+Z$/);
    const nums = [...path.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Math.abs(Number(m[0])));
    expect(Math.max(...nums)).toBeLessThanOrEqual(15);
  });

  it('KIND_STYLES gives every kind its own shape and label', () => {
    const styles = KINDS.map((k) => KIND_STYLES[k]);
    expect(new Set(styles.map((s) => s.symbol)).size).toBe(KINDS.length);
    expect(new Set(KINDS.map(kindLabel)).size).toBe(KINDS.length);
  });

  it('KIND_STYLES colours are CSS variables, so themes can change them', () => {
    for (const k of KINDS) expect(KIND_STYLES[k].color).toMatch(/^var\(--[a-z0-9-]+\)$/);
  });
});

describe('kindPath', () => {
  it('kindPath gives the path of the kind', () => {
    for (const k of KINDS) expect(kindPath(k)).toBe(KIND_STYLES[k].path);
  });
});
