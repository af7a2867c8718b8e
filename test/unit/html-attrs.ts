import { expect } from 'vitest';

/** The attributes of the first `<tag …>` in `html`, decoded, with boolean attributes as ''. */
export function attrs(html: string, tag: string): Record<string, string> {
  const open = new RegExp(`<${tag}(\\s[^>]*)?>`).exec(html);
  expect(open).not.toBeNull();
  const out: Record<string, string> = {};
  for (const m of (open?.[1] ?? '').matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)) {
    out[m[1]] = (m[2] ?? '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  }
  return out;
}
