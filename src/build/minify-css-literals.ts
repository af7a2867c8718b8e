import type { Plugin } from 'vite';

/**
 * Collapses the white space inside Lit `css\`…\`` templates of our own components, which the
 * JavaScript minifier leaves as written (CSS files are minified by Vite already).
 *
 * @example minifyCss('a {\n  color: red;\n}') // 'a{color: red;}'
 */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** The Vite plugin applying `minifyCss` to `css` templates in src/ at build time. */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return { code: code.replace(/css`([^`]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
