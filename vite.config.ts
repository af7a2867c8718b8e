import { defineConfig } from 'vitest/config';
import { timelinePlugin } from './src/build/timeline-plugin';
import { minifyCssLiterals } from './src/build/minify-css-literals';

export default defineConfig({
  // Relative URLs, so the built site works from any sub-path of any static host.
  base: './',
  plugins: [timelinePlugin(), minifyCssLiterals()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
