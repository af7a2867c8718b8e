// Stands in for d3-color in the built site. d3-interpolate and d3-transition import it to
// animate colours, which the chart never does (its transitions move the zoom; colours come from
// CSS); d3-color's table of named colours would add about 10 KB to the reader's first download.
// With `color()` parsing nothing, any value d3 interpolates is a number or a string, as ours
// are. vite.config.ts aliases 'd3-color' here; tests and other tools use the real package.

/** Parses no colour (a function, not an arrow: d3 checks `value instanceof color`). */
export function color(): null {
  return null;
}

function unused(): never {
  throw new Error('d3-color is not bundled with the timeline: it never interpolates colours.');
}

export const rgb = unused;
export const hsl = unused;
export const lab = unused;
export const hcl = unused;
export const cubehelix = unused;
