import { QueryClient, useQuery } from "@tanstack/react-query"

import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import {
  AdminCreateDealerLocation,
  AdminDealerLocationListResponse,
  AdminDealerLocationResponse,
  AdminOrderStockSource,
} from "../../types/warehouse-location"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

const DEALERS = "/admin/distribution/dealers"

export const dealerLocationsQueryKeys = queryKeysFactory("distribution_dealer_locations")
export const orderStockSourceQueryKeys = queryKeysFactory("distribution_order_stock_source")

/** The dealer's own stock locations with a stock summary each. */
export const useDealerLocations = (dealerId: string, options?: QueryOptions<AdminDealerLocationListResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: dealerLocationsQueryKeys.list({ dealer_id: dealerId }),
    queryFn: () => sdk.client.fetch<AdminDealerLocationListResponse>(`${DEALERS}/${dealerId}/locations`),
    ...options,
  })
  return { ...data, ...rest }
}

// A location moving to or from a dealer changes the warehouse pages' owner column too.
const invalidateLocations = (queryClient: QueryClient) => {
  queryClient.invalidateQueries({ queryKey: dealerLocationsQueryKeys.lists() })
  queryClient.invalidateQueries({ queryKey: ["distribution_warehouse_locations"] })
}

export const useCreateDealerLocation = (
  dealerId: string,
  options?: MutationOptions<AdminDealerLocationResponse, AdminCreateDealerLocation>
) =>
  useInvalidatingMutation(
    (body: AdminCreateDealerLocation) =>
      sdk.client.fetch<AdminDealerLocationResponse>(`${DEALERS}/${dealerId}/locations`, { method: "POST", body }),
    (queryClient) => invalidateLocations(queryClient),
    options
  )

export const useLinkDealerLocation = (
  dealerId: string,
  options?: MutationOptions<AdminDealerLocationResponse, { location_id: string }>
) =>
  useInvalidatingMutation(
    (body: { location_id: string }) =>
      sdk.client.fetch<AdminDealerLocationResponse>(`${DEALERS}/${dealerId}/locations/link`, { method: "POST", body }),
    (queryClient) => invalidateLocations(queryClient),
    options
  )

export const useUnlinkDealerLocation = (dealerId: string, options?: MutationOptions<unknown, string>) =>
  useInvalidatingMutation(
    (locationId: string) =>
      sdk.client.fetch<unknown>(`${DEALERS}/${dealerId}/locations/${locationId}`, { method: "DELETE" }),
    (queryClient) => invalidateLocations(queryClient),
    options
  )

/** Where an order's reservations sit, and its restock order if it is one. */
export const useOrderStockSource = (orderId: string, options?: QueryOptions<AdminOrderStockSource>) => {
  const { data, ...rest } = useQuery({
    queryKey: orderStockSourceQueryKeys.detail(orderId),
    queryFn: () => sdk.client.fetch<AdminOrderStockSource>(`/admin/distribution/orders/${orderId}/stock-source`),
    ...options,
  })
  return { stock_source: data, ...rest }
}
