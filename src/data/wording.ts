import type { Claim, Disagreement, Figure } from './types';

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

/** How a claim's stance reads as a label: 'Asserts', 'Confirms', 'Denies'. */
export function stanceLabel(c: Pick<Claim, 'stance'>): string {
  return c.stance[0].toUpperCase() + c.stance.slice(1);
}

/** The heading for a disagreement, by what the sources differ on. */
export function disagreementLabel(d: Pick<Disagreement, 'about'>): string {
  return { date: 'Sources differ on the date', figure: 'Figures differ', claim: 'Claims conflict', outcome: 'Not confirmed later' }[d.about];
}
