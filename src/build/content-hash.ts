import { createHash } from 'node:crypto';

/** A short hash of a file's content, for its name: a new name whenever the content changes. */
export function contentHash(code: string): string {
  return createHash('sha256').update(code).digest('hex').slice(0, 10);
}
