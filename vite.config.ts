import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { timelinePlugin } from './src/build/timeline-plugin';
import { minifyCssLiterals } from './src/build/minify-css-literals';

export default defineConfig({
  // Relative URLs, so the built site works from any sub-path of any static host.
  base: './',
  plugins: [timelinePlugin(), minifyCssLiterals()],
  // d3's number formatting, colour parsing, transitions and interpolation of anything but numbers are never used (see src/vendor/): keep them out of the download.
  // So is lit-localize's hashing of messages without an id: every msg() of ours has one.
  resolve: {
    alias: [
      { find: 'd3-format', replacement: fileURLToPath(new URL('./src/vendor/d3-format-unused.ts', import.meta.url)) },
      { find: 'd3-color', replacement: fileURLToPath(new URL('./src/vendor/d3-color-unused.ts', import.meta.url)) },
      { find: /^d3-interpolate$/, replacement: fileURLToPath(new URL('./src/vendor/d3-interpolate-numbers.ts', import.meta.url)) },
      { find: 'd3-transition', replacement: fileURLToPath(new URL('./src/vendor/d3-transition-interrupt.ts', import.meta.url)) },
      // (lit-localize's runtime-msg.js is the only module that imports a './id-generation.js'.)
      { find: /^\.\/id-generation\.js$/, replacement: fileURLToPath(new URL('./src/vendor/lit-localize-ids-unused.ts', import.meta.url)) },
    ],
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
