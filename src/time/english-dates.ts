/**
 * British English dates without Intl: the text `Intl.DateTimeFormat('en-GB', { timeZone: 'UTC' })`
 * writes for the page's date styles (a property test holds them to Intl). Setting up Intl's date
 * formatting costs a long task the first time in a page (ICU loads its data: 20 to 80 ms here),
 * which an English page then never pays: the month list of a large data set formatted its first
 * dates while the page loaded.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** ICU's en-GB abbreviations: four letters for September. */
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

export type EnglishStyle = 'day' | 'month' | 'shortMonthYear' | 'shortMonth' | 'dayShortMonth' | 'dayOfMonth' | 'year';

/**
 * An instant's UTC date in one of the page's styles, as en-GB writes it; undefined outside the
 * years 1 to 9999 (Intl writes those its own way, without an era), for the caller to ask Intl.
 *
 * @example formatEnglish(Date.UTC(2022, 8, 6), 'day') // '6 September 2022'
 * @example formatEnglish(Date.UTC(2022, 8, 6), 'dayShortMonth') // '6 Sept'
 */
export function formatEnglish(ms: number, style: EnglishStyle): string | undefined {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) return undefined;
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  switch (style) {
    case 'day':
      return `${day} ${MONTHS[month]} ${year}`;
    case 'month':
      return `${MONTHS[month]} ${year}`;
    case 'shortMonthYear':
      return `${SHORT[month]} ${year}`;
    case 'shortMonth':
      return SHORT[month];
    case 'dayShortMonth':
      return `${day} ${SHORT[month]}`;
    case 'dayOfMonth':
      return String(day);
    case 'year':
      return String(year);
  }
}
