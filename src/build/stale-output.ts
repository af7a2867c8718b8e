import { isAbsolute, relative, resolve } from 'node:path';

/** What a build writes at the top of its output folder: the only names a failed build removes. */
export const BUILD_OUTPUTS = ['index.html', 'embed.html', 'embed.js', 'events.json', 'events.csv', 'sitemap.xml', 'robots.txt', 'assets', 'events', 'cards', 'fa', 'ru', 'uk'] as const;

/** True when `inner` is `outer` itself or lies below it. */
function within(outer: string, inner: string): boolean {
  const r = relative(outer, inner);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/**
 * What a build that stops on bad data removes, so a stale site cannot pass for a good build:
 * the build's own outputs in `outDir`, and only where Vite itself would empty that folder
 * (inside the project root, or when `--emptyOutDir` asks for it), and never the root or a
 * folder that holds it. Anything else in the folder is left alone.
 *
 * @example staleOutputs('/p', 'dist', undefined) // ['/p/dist/index.html', …, '/p/dist/events']
 * @example staleOutputs('/p', '..', true) // [] (it holds the project)
 */
export function staleOutputs(root: string, outDir: string, emptyOutDir: boolean | undefined): string[] {
  const dir = resolve(root, outDir);
  if (within(dir, root)) return [];
  const empties = emptyOutDir ?? within(root, dir);
  return empties ? BUILD_OUTPUTS.map((name) => resolve(dir, name)) : [];
}
