import { html, type Raw } from './html';

/**
 * A message whose translation holds markup (a link, code): the catalogue keeps plain text with
 * `{0}`, `{1}`… where the markup goes, and this sets it in, escaping the words around it.
 *
 * @example messageMarkup('All the data is in {0}.', [html`<a href="./events.json">events.json</a>`])
 */
export function messageMarkup(text: string, parts: readonly Raw[]): Raw {
  return html`${text.split(/\{(\d)\}/).map((part, i) => (i % 2 ? (parts[Number(part)] ?? '') : part))}`;
}
