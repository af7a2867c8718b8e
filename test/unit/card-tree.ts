import type { CardChild, CardNode } from '../../src/build/share-card/card-node';

/** Every node in a card's tree, depth first (for the share-card tests). */
export function nodes(n: CardChild): CardNode[] {
  if (typeof n === 'string') return [];
  const kids = n.props.children;
  return [n, ...(kids === undefined ? [] : Array.isArray(kids) ? kids : [kids]).flatMap(nodes)];
}

/** The node whose only child is `text`. */
export const holding = (tree: CardNode, text: string): CardNode | undefined => nodes(tree).find((n) => n.props.children === text);
