/**
 * The values `previous` had for the fields an update sets (its `id`
 * included): what an update step's compensation writes back.
 */
export function previousValues<T extends { id: string }>(previous: object, update: T): T {
  const before = previous as Record<string, unknown>
  return Object.fromEntries(Object.keys(update).map((key) => [key, before[key]])) as T
}
