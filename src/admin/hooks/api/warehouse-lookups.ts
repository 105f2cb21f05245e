import { QueryClient, useQuery } from "@tanstack/react-query"

import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import {
  WarehouseInventoryListParams,
  WarehouseInventoryListResponse,
  WarehouseLocationListParams,
  WarehouseLocationListResponse,
} from "../../types/stock-transfer"
import { QueryOptions } from "./query-options"

const WAREHOUSE = "/admin/distribution/warehouse"

export const warehouseLocationsQueryKeys = queryKeysFactory("distribution_warehouse_locations")
export const warehouseInventoryQueryKeys = queryKeysFactory("distribution_warehouse_inventory")
const stockLocationAddressKeys = queryKeysFactory("distribution_warehouse_location_address")
const adminUserKeys = queryKeysFactory("distribution_warehouse_users")

/**
 * Stock moved (a transfer shipped or received, a count applied): every
 * warehouse figure may have changed — ours, the alerts and analysis screens'
 * (keys named `distribution_warehouse_*`, `distribution_stock_*`, …), the
 * dealer page's warehouse summaries and the
 * dashboard's own inventory pages.
 */
export const invalidateStockFigures = (queryClient: QueryClient) => {
  queryClient.invalidateQueries({
    predicate: (query) => {
      const head = query.queryKey[0]
      return (
        typeof head === "string" &&
        (head.startsWith("distribution_warehouse") ||
          head.startsWith("distribution_stock") ||
          head.startsWith("distribution_inventory") ||
          head === "distribution_dealer_locations" ||
          head.startsWith("inventory"))
      )
    },
  })
}

/** Stock locations with their owner (a dealer, or null for the producer's). */
export const useWarehouseLocations = (
  query?: WarehouseLocationListParams,
  options?: QueryOptions<WarehouseLocationListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: warehouseLocationsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<WarehouseLocationListResponse>(`${WAREHOUSE}/locations`, { query }),
    ...options,
  })

  return { ...data, ...rest }
}

/** Inventory items with a level at one location, with stocked / reserved / available. */
export const useWarehouseInventory = (
  query: WarehouseInventoryListParams,
  options?: QueryOptions<WarehouseInventoryListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: warehouseInventoryQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<WarehouseInventoryListResponse>(`${WAREHOUSE}/inventory`, { query }),
    enabled: !!query.location_id,
    ...options,
  })

  return { ...data, ...rest }
}

export type StockLocationAddress = {
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
  company?: string | null
}

/** A stock location's full address (Medusa's own admin route), for the printed slip. */
export const useStockLocationAddress = (id?: string | null) => {
  const { data, ...rest } = useQuery({
    queryKey: stockLocationAddressKeys.detail(id ?? ""),
    queryFn: () =>
      sdk.client.fetch<{ stock_location: { id: string; name: string; address?: StockLocationAddress | null } }>(
        `/admin/stock-locations/${id}`,
        { query: { fields: "id,name,*address" } }
      ),
    enabled: !!id,
    staleTime: 5 * 60 * 1000,
  })

  return { address: data?.stock_location.address ?? null, ...rest }
}

export type AdminUserName = {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
}

/** Who did something (an actor id): the admin user's name or email. */
export const useAdminUserName = (id?: string | null) => {
  const { data } = useQuery({
    queryKey: adminUserKeys.detail(id ?? ""),
    queryFn: () =>
      sdk.client.fetch<{ user: AdminUserName }>(`/admin/users/${id}`, {
        query: { fields: "id,email,first_name,last_name" },
      }),
    enabled: !!id && id.startsWith("user_"),
    staleTime: 10 * 60 * 1000,
    retry: false,
  })
  const user = data?.user
  if (!id) {
    return null
  }
  if (!user) {
    return id
  }
  const name = [user.first_name, user.last_name].filter(Boolean).join(" ")
  return name || user.email
}
