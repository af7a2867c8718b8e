/**
 * A share card's layout as plain data: the object form satori reads in place of JSX
 * (`{ type, props: { style, children } }`). Building the tree is pure; rendering it is not.
 */
export interface CardNode {
  type: string;
  props: { style?: CardStyle; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}

/** What a node may hold: other nodes or text. */
export type CardChild = CardNode | string;

/** The CSS subset satori understands, as camel-cased properties. */
export type CardStyle = Record<string, string | number>;

/**
 * Makes an element node.
 *
 * @example el('div', { fontSize: 28 }, 'The Hill') // { type: 'div', props: { style: { fontSize: 28 }, children: 'The Hill' } }
 */
export function el(type: string, style: CardStyle, children?: CardChild | CardChild[], attributes: Record<string, unknown> = {}): CardNode {
  return { type, props: { ...attributes, style, ...(children === undefined ? {} : { children }) } };
}

/** The text a tree shows, in order: what a reader of the card gets to read (for tests and alt text checks). */
export function cardText(node: CardChild): string[] {
  if (typeof node === 'string') return [node];
  const kids = node.props.children;
  if (kids === undefined) return [];
  return (Array.isArray(kids) ? kids : [kids]).flatMap(cardText);
}
