import type { Claim, Disagreement, Figure, Stance } from './types';
import { msg, str } from '../i18n/msg';
import { formatNumber } from '../i18n/plural';

/** An amount with its qualifier, in the reader's language: 'more than 400', 'about 300–400'. */
function qualified(amount: string, qualifier: Figure['qualifier']): string {
  switch (qualifier) {
    case 'about':
      return msg(str`about ${amount}`, { id: 'figure.about' });
    case 'more than':
      return msg(str`more than ${amount}`, { id: 'figure.more-than' });
    case 'at least':
      return msg(str`at least ${amount}`, { id: 'figure.at-least' });
    case 'up to':
      return msg(str`up to ${amount}`, { id: 'figure.up-to' });
    default:
      return amount;
  }
}

/**
 * Says a figure in words, with what it counts and who gives it.
 *
 * @example figureText({ value: 400, qualifier: 'more than', unit: 'drones', counts: 'Shahed drones sent since August', by: 'John Kirby' })
 *   // 'more than 400 drones: Shahed drones sent since August (John Kirby)'
 */
export function figureText(f: Figure): string {
  const amount = f.max !== undefined ? `${formatNumber(f.value)}–${formatNumber(f.max)}` : formatNumber(f.value);
  return `${qualified(amount, f.qualifier)} ${f.unit}: ${f.counts} (${f.by})`;
}

/**
 * A stance as a label and what it means, for the claims and the method page (a function, so
 * it follows the catalogue).
 *
 * @example stanceWording('denies') // { label: 'Denies', means: 'says it is untrue.' }
 */
export function stanceWording(stance: Stance): { label: string; means: string } {
  switch (stance) {
    case 'asserts':
      return { label: msg('Asserts', { id: 'stance.asserts' }), means: msg('says it is so, on its own account.', { id: 'stance.asserts.means' }) };
    case 'confirms':
      return { label: msg('Confirms', { id: 'stance.confirms' }), means: msg('says a report or another party’s claim is true.', { id: 'stance.confirms.means' }) };
    case 'acknowledges':
      return {
        label: msg('Acknowledges', { id: 'stance.acknowledges' }),
        means: msg('concedes part of what is alleged, or a related fact, without confirming the allegation as made.', { id: 'stance.acknowledges.means' }),
      };
    case 'denies':
      return { label: msg('Denies', { id: 'stance.denies' }), means: msg('says it is untrue.', { id: 'stance.denies.means' }) };
    case 'declines-to-comment':
      return {
        label: msg('Declines to comment', { id: 'stance.declines' }),
        means: msg('was asked and would not address it, or did not answer: neither a denial nor a confirmation.', { id: 'stance.declines.means' }),
      };
  }
}

/** How a claim's stance reads as a label: 'Asserts', 'Confirms', 'Acknowledges', 'Denies', 'Declines to comment'. */
export function stanceLabel(c: Pick<Claim, 'stance'>): string {
  return stanceWording(c.stance)?.label ?? c.stance;
}

/** The heading for a disagreement, by what the sources differ on. */
export function disagreementLabel(d: Pick<Disagreement, 'about'>): string {
  switch (d.about) {
    case 'date':
      return msg('Sources differ on the date', { id: 'dispute.date' });
    case 'figure':
      return msg('Figures differ', { id: 'dispute.figure' });
    case 'claim':
      return msg('Claims conflict', { id: 'dispute.claim' });
    case 'outcome':
      return msg('Not confirmed later', { id: 'dispute.outcome' });
  }
}
