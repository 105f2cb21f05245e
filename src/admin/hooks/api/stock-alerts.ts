import { QueryClient, useQuery } from "@tanstack/react-query"

import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import {
  DeleteStockThresholdResponse,
  ImportStockThresholdsResponse,
  ItemCostListResponse,
  SaveItemCostBody,
  SaveItemCostResponse,
  SaveStockThresholdsBody,
  SaveStockThresholdsResponse,
  StockAlertListParams,
  StockAlertListResponse,
  StockAlertScanResponse,
  StockThresholdListParams,
  StockThresholdListResponse,
} from "../../types/stock-alert"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

const WAREHOUSE = "/admin/distribution/warehouse"

export const stockAlertsQueryKeys = queryKeysFactory("distribution_stock_alerts")
export const stockThresholdsQueryKeys = queryKeysFactory("distribution_stock_thresholds")
export const itemCostsQueryKeys = queryKeysFactory("distribution_warehouse_item_costs")

/** Thresholds changed: their rows, the alerts they open or close, and the inventory pages showing them. */
const invalidateThresholdsAndAlerts = (queryClient: QueryClient) => {
  queryClient.invalidateQueries({ queryKey: stockThresholdsQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: stockAlertsQueryKeys.all })
}

export const useStockAlerts = (query?: StockAlertListParams, options?: QueryOptions<StockAlertListResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: stockAlertsQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<StockAlertListResponse>(`${WAREHOUSE}/alerts`, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useStockThresholds = (query?: StockThresholdListParams, options?: QueryOptions<StockThresholdListResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: stockThresholdsQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<StockThresholdListResponse>(`${WAREHOUSE}/thresholds`, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

/** Creates or updates thresholds (one per item and location); alerts are re-evaluated at once. */
export const useSaveStockThresholds = (options?: MutationOptions<SaveStockThresholdsResponse, SaveStockThresholdsBody>) =>
  useInvalidatingMutation(
    (body: SaveStockThresholdsBody) =>
      sdk.client.fetch<SaveStockThresholdsResponse>(`${WAREHOUSE}/thresholds`, { method: "POST", body }),
    invalidateThresholdsAndAlerts,
    options
  )

export const useDeleteStockThreshold = (options?: MutationOptions<DeleteStockThresholdResponse, string>) =>
  useInvalidatingMutation(
    (id: string) => sdk.client.fetch<DeleteStockThresholdResponse>(`${WAREHOUSE}/thresholds/${id}`, { method: "DELETE" }),
    invalidateThresholdsAndAlerts,
    options
  )

/** All or nothing: a 400 lists the bad rows. */
export const useImportStockThresholds = (options?: MutationOptions<ImportStockThresholdsResponse, string>) =>
  useInvalidatingMutation(
    (csv: string) =>
      sdk.client.fetch<ImportStockThresholdsResponse>(`${WAREHOUSE}/thresholds/import`, { method: "POST", body: { csv } }),
    invalidateThresholdsAndAlerts,
    options
  )

/** "Scan now": every threshold evaluated, as the 15-minute job does. */
export const useScanStockAlerts = (options?: MutationOptions<StockAlertScanResponse, void>) =>
  useInvalidatingMutation(
    () => sdk.client.fetch<StockAlertScanResponse>(`${WAREHOUSE}/alerts/scan`, { method: "POST", body: {} }),
    invalidateThresholdsAndAlerts,
    options
  )

/** Unit costs of one inventory item, one per currency. */
export const useItemCosts = (inventoryItemId: string, options?: QueryOptions<ItemCostListResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: itemCostsQueryKeys.list({ inventory_item_id: inventoryItemId }),
    queryFn: () =>
      sdk.client.fetch<ItemCostListResponse>(`${WAREHOUSE}/item-costs`, { query: { inventory_item_id: inventoryItemId } }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useSaveItemCost = (options?: MutationOptions<SaveItemCostResponse, SaveItemCostBody>) =>
  useInvalidatingMutation(
    (body: SaveItemCostBody) => sdk.client.fetch<SaveItemCostResponse>(`${WAREHOUSE}/item-costs`, { method: "POST", body }),
    (queryClient) => {
      queryClient.invalidateQueries({ queryKey: itemCostsQueryKeys.all })
      // Stock values in counts and the analysis use the cost.
      queryClient.invalidateQueries({
        predicate: (query) => typeof query.queryKey[0] === "string" && (query.queryKey[0] as string).startsWith("distribution_inventory"),
      })
    },
    options
  )
