/** The data set of `n` events of the given kind: `long` (valid, longest texts) or `broken` (one bad value each). */
export function scaleData(kind: 'long' | 'broken', n: number): { title: string; description: string; events: unknown[] };
