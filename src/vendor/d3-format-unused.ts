// Stands in for d3-format in the built site. d3-scale imports it only for scale.tickFormat(),
// which the chart never calls (its ticks are dates, formatted with date-fns); d3-format's module
// sets up its default locale when loaded, so the bundler cannot drop it, and it would add about
// 5 KB to the reader's first download. vite.config.ts aliases 'd3-format' here; tests and other
// tools use the real package.

function unused(): never {
  throw new Error('d3-format is not bundled with the timeline: format numbers with Intl instead.');
}

export const format = unused;
export const formatPrefix = unused;
export const formatSpecifier = unused;
export const precisionFixed = unused;
export const precisionPrefix = unused;
export const precisionRound = unused;
