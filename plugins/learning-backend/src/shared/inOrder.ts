/**
 * What the permission framework's `getResources` answers: the items found,
 * in the order of the ids asked for, undefined where one was not found.
 */
export async function inOrderOf<T extends { id: string }>(
  ids: string[],
  found: Promise<T[]>,
): Promise<Array<T | undefined>> {
  const byId = new Map((await found).map(item => [item.id, item]));
  return ids.map(id => byId.get(id));
}
