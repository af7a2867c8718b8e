import type { Claim, Disagreement, Figure, Stance } from './types';

const nf = new Intl.NumberFormat('en-GB');

/**
 * Says a figure in words, with what it counts and who gives it.
 *
 * @example figureText({ value: 400, qualifier: 'more than', unit: 'drones', counts: 'Shahed drones sent since August', by: 'John Kirby' })
 *   // 'more than 400 drones: Shahed drones sent since August (John Kirby)'
 */
export function figureText(f: Figure): string {
  const amount = f.max !== undefined ? `${nf.format(f.value)}–${nf.format(f.max)}` : nf.format(f.value);
  const q = f.qualifier && f.qualifier !== 'exactly' ? `${f.qualifier} ` : '';
  return `${q}${amount} ${f.unit}: ${f.counts} (${f.by})`;
}

/** Each stance as a label and what it means, for the claims and the method page. */
export const STANCE_WORDING: Record<Stance, { label: string; means: string }> = {
  asserts: { label: 'Asserts', means: 'says it is so, on its own account.' },
  confirms: { label: 'Confirms', means: 'says a report or another party’s claim is true.' },
  acknowledges: { label: 'Acknowledges', means: 'concedes part of what is alleged, or a related fact, without confirming the allegation as made.' },
  denies: { label: 'Denies', means: 'says it is untrue.' },
  'declines-to-comment': { label: 'Declines to comment', means: 'was asked and would not address it, or did not answer: neither a denial nor a confirmation.' },
};

/** How a claim's stance reads as a label: 'Asserts', 'Confirms', 'Acknowledges', 'Denies', 'Declines to comment'. */
export function stanceLabel(c: Pick<Claim, 'stance'>): string {
  return STANCE_WORDING[c.stance]?.label ?? c.stance;
}

/** The heading for a disagreement, by what the sources differ on. */
export function disagreementLabel(d: Pick<Disagreement, 'about'>): string {
  return { date: 'Sources differ on the date', figure: 'Figures differ', claim: 'Claims conflict', outcome: 'Not confirmed later' }[d.about];
}
