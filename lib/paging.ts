/**
 * One page of a list already in memory (filtered in code, so the database cannot page it), in
 * the cursor form every list uses: the items after the one whose id is `cursor`, and the cursor
 * of the next page or null. An unknown cursor (a removed item, a hand-edited link) starts over.
 */
export function pageAfter<T extends { id: string }>(items: readonly T[], cursor: string | undefined, size: number): { items: T[]; offset: number; nextCursor: string | null } {
  const found = cursor ? items.findIndex((i) => i.id === cursor) : -1;
  const offset = found + 1;
  const page = items.slice(offset, offset + size);
  return { items: page, offset, nextCursor: offset + size < items.length ? page[page.length - 1].id : null };
}
