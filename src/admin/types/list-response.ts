/** The paging envelope every list route of the plugin returns. */
export type PaginatedResponse<TKey extends string, TItem> = {
  [K in TKey]: TItem[]
} & {
  count: number
  limit: number
  offset: number
}

/** Paging, search and ordering parameters shared by the list routes. */
export type ListParams = {
  q?: string
  limit?: number
  offset?: number
  order?: string
}
