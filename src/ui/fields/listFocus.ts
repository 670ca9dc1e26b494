// Where focus goes after a list changes (DOM-free, so it can be tested without a browser).

const slug = (list: string): string => list.replace(/\./g, '-');

export const itemHeadingId = (list: string, id: string): string => `${slug(list)}-item-${id}`;

/**
 * After a move the same button keeps focus, unless the item reached the end it was moving towards and
 * that button is now disabled: then the other move button.
 */
export function listFocusAfterMove(list: string, id: string, newIndex: number, count: number, delta: -1 | 1): string {
  const atEdge = delta < 0 ? newIndex === 0 : newIndex === count - 1;
  const direction = (delta < 0) !== atEdge ? 'up' : 'down';
  return `${slug(list)}-${direction}-${id}`;
}

/** After a removal: the next item's heading, else the previous one's, else the add button. */
export function listFocusAfterRemove(list: string, ids: readonly string[], index: number, addButtonId: string): string {
  const neighbour = ids[index + 1] ?? ids[index - 1];
  return neighbour === undefined ? addButtonId : itemHeadingId(list, neighbour);
}

/** The id of an item's move or remove button. */
export const itemButtonId = (list: string, kind: 'up' | 'down' | 'remove', id: string): string => `${slug(list)}-${kind}-${id}`;
