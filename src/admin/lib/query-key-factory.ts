import { QueryKey } from "@tanstack/react-query"

/**
 * Query keys shaped like the dashboard's own (`[resource, "lists", {query}]`,
 * `[resource, "details", id]`), so invalidating `lists()` or `details()`
 * refreshes every cached page or record of a resource at once.
 */
export const queryKeysFactory = (resource: string) => ({
  all: [resource] as QueryKey,
  lists: () => [resource, "lists"] as QueryKey,
  list: (query?: Record<string, unknown>) =>
    [resource, "lists", query ? { query } : undefined].filter(
      Boolean
    ) as QueryKey,
  details: () => [resource, "details"] as QueryKey,
  detail: (id: string, query?: Record<string, unknown>) =>
    [resource, "details", id, query ? { query } : undefined].filter(
      Boolean
    ) as QueryKey,
})
