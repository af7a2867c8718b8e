// d3-shape ships no type declarations and @types/d3-shape is not installed; this covers what
// test/unit/kinds.test.ts uses of it.
declare module 'd3-shape' {
  export interface SymbolType {
    draw(context: unknown, size: number): void;
  }
  export const symbolSquare: SymbolType;
  export const symbolDiamond: SymbolType;
  export const symbolTriangle: SymbolType;
  export const symbolCircle: SymbolType;
  export const symbolWye: SymbolType;
  export const symbolCross: SymbolType;
  export const symbolStar: SymbolType;
  export function symbol(type: SymbolType, size: number): () => string | null;
}
