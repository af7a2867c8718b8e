/** Letters and digits of right-to-left scripts (Hebrew, Arabic and Persian, Syriac, Thaana, N'Ko…) and their presentation forms. */
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * Text for an SVG `<text>` of the plot, which is laid out left to right in every edition: text
 * that holds right-to-left letters is isolated (FSI … PDI), so it reads in its own direction
 * ("۹ مهر", a Persian title with "Shahed-136" in it) instead of being reordered by the plot's.
 * Other text is given back unchanged.
 *
 * @example plotText('Oct 2022') // 'Oct 2022'
 * @example plotText('۹ مهر') // '\u2068۹ مهر\u2069'
 */
export function plotText(text: string): string {
  return RIGHT_TO_LEFT.test(text) ? `\u2068${text}\u2069` : text;
}
