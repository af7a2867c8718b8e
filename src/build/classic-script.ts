import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { contentHash } from './content-hash';

/** A script built as one self-contained classic script (IIFE), with a content hash. */
export interface ClassicScript {
  code: string;
  hash: string;
}

/**
 * Builds one entry (e.g. `src/lazy.ts`) into a self-contained, minified classic script whose
 * exports are the global `name`, with `define`'s constants replaced. Classic scripts load without CORS, so they also load in a
 * sandboxed frame.
 */
export async function buildClassicScript(root: string, entry: string, name = 'Timeline', define: Record<string, string> = {}): Promise<ClassicScript> {
  const out = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    define,
    build: {
      write: false,
      target: 'es2022',
      lib: { entry: resolve(root, entry), formats: ['iife'], name },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  if (!chunk) throw new Error(`${entry} did not build`);
  return { code: chunk.code, hash: contentHash(chunk.code) };
}
