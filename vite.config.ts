import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { timelinePlugin } from './src/build/timeline-plugin';
import { minifyCssLiterals } from './src/build/minify-css-literals';

export default defineConfig({
  // Relative URLs, so the built site works from any sub-path of any static host.
  base: './',
  plugins: [timelinePlugin(), minifyCssLiterals()],
  // d3's number formatting, colour parsing and transitions are never used (see src/vendor/): keep them out of the download.
  resolve: {
    alias: {
      'd3-format': fileURLToPath(new URL('./src/vendor/d3-format-unused.ts', import.meta.url)),
      'd3-color': fileURLToPath(new URL('./src/vendor/d3-color-unused.ts', import.meta.url)),
      'd3-transition': fileURLToPath(new URL('./src/vendor/d3-transition-interrupt.ts', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
