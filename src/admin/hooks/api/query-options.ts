import { FetchError } from "@medusajs/js-sdk"
import { QueryKey, UseMutationOptions, UseQueryOptions } from "@tanstack/react-query"

/** What a caller may pass to a query hook: everything but what the hook owns. */
export type QueryOptions<T> = Omit<
  UseQueryOptions<T, FetchError, T, QueryKey>,
  "queryFn" | "queryKey"
>

/** What a caller may pass to a mutation hook. */
export type MutationOptions<TData, TVariables> = UseMutationOptions<TData, FetchError, TVariables>
