import { useQueries } from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import {
  AdminDealerGraphParams,
  AdminDealerGraphResponse,
} from "../../types/relationship-graph"
import { dealersQueryKeys } from "./query-keys"

const BASE = "/admin/distribution/dealers"

/** One page of one dealer's children: the graph of that dealer, one level deep. */
export type GraphPageRequest = { dealerId: string; offset: number }

/**
 * Keyed under the dealer's detail, so every change to the network (a move, a
 * new dealer, a rebound customer) refreshes the graphs too.
 */
export const dealerGraphQueryKey = (
  dealerId: string,
  query: AdminDealerGraphParams
) => dealersQueryKeys.detail(dealerId, { graph: query })

/**
 * Loads the pages the graph has asked for so far; each entry is the graph
 * of one dealer at `depth=1` (the dealer and its direct children).
 */
export const useDealerGraphPages = (
  requests: GraphPageRequest[],
  limit: number
) => {
  return useQueries({
    queries: requests.map(({ dealerId, offset }) => {
      const query = { depth: 1, limit, offset }
      return {
        queryKey: dealerGraphQueryKey(dealerId, query),
        queryFn: () =>
          sdk.client.fetch<AdminDealerGraphResponse>(
            `${BASE}/${dealerId}/graph`,
            { query }
          ),
      }
    }),
  })
}
