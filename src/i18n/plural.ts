import type { Edition } from '../time/locale-dates';
import { catalogueEdition } from './catalogue';

/**
 * A counted message in each CLDR plural category our four languages use. Each form is its own
 * `msg()` with an id ending in the category (`find.count.one`, `.few`, `.many`, `.other`); English
 * gives `few` and `many` the same text as `other`, Russian and Ukrainian use all four, Persian
 * `one` and `other`.
 */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

/** The Intl locale of each edition's numbers and plural rules (Persian digits in fa). */
const NUMBER_LOCALES: Record<Exclude<Edition, 'en'>, string> = { fa: 'fa-IR', ru: 'ru', uk: 'uk' };

let rules: { edition: Edition; rules: Intl.PluralRules } | undefined;

/**
 * Picks the form of a counted message for `n` by the plural rules of the edition `msg()` answers
 * in. English needs no Intl (one for exactly 1, other otherwise), so nothing sets Intl up while an
 * English page loads; other editions make their Intl.PluralRules once, when first asked.
 *
 * @example plural(3, { one: '1 event', few: '3 events', many: '3 events', other: '3 events' }) // '3 events'
 */
export function plural(n: number, forms: PluralForms): string {
  const edition = catalogueEdition();
  if (edition === 'en') return n === 1 ? forms.one : forms.other;
  if (rules?.edition !== edition) rules = { edition, rules: new Intl.PluralRules(NUMBER_LOCALES[edition]) };
  const category = rules.rules.select(n);
  return category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

let numbers: { edition: Edition; format: Intl.NumberFormat } | undefined;

/**
 * A whole number with a comma between each group of three digits, as `toLocaleString('en-GB')`
 * writes it, without Intl: its first use sets ICU up, a long task (about 100 ms on a loaded
 * machine) that a page drawing "10,000 events" would pay before its first view.
 */
const groupThousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * A number as the edition writes it: Persian digits in fa, the language's grouping in ru and uk.
 * English writes whole numbers without Intl (so an English page sets none up while it loads), with
 * thousands separators, as before; other numbers as `toLocaleString('en-GB')`.
 *
 * @example formatNumber(1234) // '1,234' in English, '۱٬۲۳۴' in Persian
 */
export function formatNumber(n: number): string {
  const edition = catalogueEdition();
  if (edition === 'en') return Number.isSafeInteger(n) ? groupThousands(n) : n.toLocaleString('en-GB');
  // Small whole numbers (counts, chips) need no Intl in any edition: Persian swaps in its digits.
  // Setting up Intl costs a long task on a phone, which the page's load must not pay.
  if (Number.isInteger(n) && n >= 0 && n < 1000) return edition === 'fa' ? String(n).replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]) : String(n);
  if (numbers?.edition !== edition) numbers = { edition, format: new Intl.NumberFormat(NUMBER_LOCALES[edition]) };
  return numbers.format.format(n);
}
