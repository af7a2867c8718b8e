import type { ImportNote } from './tl3-json';

/**
 * Writes the notes of an import for people, grouped by slide in file order: a line naming the
 * slide (and its headline), then one indented line per thing that did not come across.
 *
 * @example formatNotes([{ where: 'events[0]', headline: 'Signed', message: 'the media itself is not shown' }])
 * // 'events[0] "Signed":\n  - the media itself is not shown'
 */
export function formatNotes(notes: ImportNote[]): string {
  const groups = new Map<string, { headline?: string; lines: string[] }>();
  for (const n of notes) {
    const g = groups.get(n.where) ?? { headline: n.headline, lines: [] };
    g.headline ??= n.headline;
    g.lines.push(`  - ${n.skipped ? 'SKIPPED, ' : ''}${n.message}`);
    groups.set(n.where, g);
  }
  return [...groups].map(([where, g]) => `${where}${g.headline ? ` ${JSON.stringify(g.headline)}` : ''}:\n${g.lines.join('\n')}`).join('\n');
}

/** How many slides were left out, for the summary line. */
export const skippedCount = (notes: ImportNote[]) => notes.filter((n) => n.skipped).length;
