import { QueryClient, useMutation, useQuery } from "@tanstack/react-query"

import { downloadSpreadsheet, SpreadsheetFormat } from "../../lib/download-spreadsheet"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import {
  CreateStockCount,
  ImportStockCountResponse,
  SaveStockCountLines,
  StockCountLineListParams,
  StockCountLineListResponse,
  StockCountListParams,
  StockCountListResponse,
  StockCountResponse,
} from "../../types/stock-count"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"
import { invalidateStockFigures } from "./warehouse-lookups"

const COUNTS = "/admin/distribution/warehouse/counts"

export const stockCountsQueryKeys = queryKeysFactory("distribution_warehouse_counts")
export const stockCountLinesQueryKeys = queryKeysFactory("distribution_warehouse_count_lines")

/** Counted figures changed: the count's totals and its lines. */
const invalidateCount = (queryClient: QueryClient) => {
  queryClient.invalidateQueries({ queryKey: stockCountsQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: stockCountLinesQueryKeys.all })
}

/** Applied (levels adjusted) or canceled: the count, and every stock figure. */
const invalidateCountAndStock = (queryClient: QueryClient) => {
  invalidateCount(queryClient)
  invalidateStockFigures(queryClient)
}

export const useStockCounts = (
  query?: StockCountListParams,
  options?: QueryOptions<StockCountListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: stockCountsQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<StockCountListResponse>(COUNTS, { query }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useStockCount = (id: string, options?: QueryOptions<StockCountResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: stockCountsQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<StockCountResponse>(`${COUNTS}/${id}`),
    ...options,
  })

  return { ...data, ...rest }
}

export const useStockCountLines = (
  id: string,
  query: StockCountLineListParams,
  options?: QueryOptions<StockCountLineListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: stockCountLinesQueryKeys.detail(id, query),
    queryFn: () => sdk.client.fetch<StockCountLineListResponse>(`${COUNTS}/${id}/lines`, { query }),
    ...options,
  })

  return { ...data, ...rest }
}

/** A count of a location: the snapshot of its (or the filtered) items' stocked quantities. */
export const useCreateStockCount = (options?: MutationOptions<StockCountResponse, CreateStockCount>) =>
  useInvalidatingMutation(
    (body) => sdk.client.fetch<StockCountResponse>(COUNTS, { method: "POST", body }),
    invalidateCount,
    options
  )

/** Counted quantities typed in, several lines at once. */
export const useSaveStockCountLines = (
  id: string,
  options?: MutationOptions<StockCountResponse, SaveStockCountLines>
) =>
  useInvalidatingMutation(
    (body) => sdk.client.fetch<StockCountResponse>(`${COUNTS}/${id}/lines`, { method: "POST", body }),
    invalidateCount,
    options
  )

/** `sku,counted` rows; all or nothing (a 400 lists the bad rows). */
export const useImportStockCount = (
  id: string,
  options?: MutationOptions<ImportStockCountResponse, { csv: string }>
) =>
  useInvalidatingMutation(
    (body) =>
      sdk.client.fetch<ImportStockCountResponse>(`${COUNTS}/${id}/import`, { method: "POST", body }),
    invalidateCount,
    options
  )

/** Counted lines adjust their levels by counted − snapshot; uncounted ones stay as they are. */
export const useApplyStockCount = (id: string, options?: MutationOptions<StockCountResponse, void>) =>
  useInvalidatingMutation(
    () => sdk.client.fetch<StockCountResponse>(`${COUNTS}/${id}/apply`, { method: "POST" }),
    invalidateCountAndStock,
    options
  )

export const useCancelStockCount = (id: string, options?: MutationOptions<StockCountResponse, void>) =>
  useInvalidatingMutation(
    () => sdk.client.fetch<StockCountResponse>(`${COUNTS}/${id}/cancel`, { method: "POST" }),
    invalidateCount,
    options
  )

/** Downloads the count sheet (see `downloadSpreadsheet`). */
export const useExportStockCount = (
  options?: MutationOptions<void, { countId: string; format: SpreadsheetFormat; fallbackName: string }>
) =>
  useMutation({
    mutationFn: ({ countId, ...file }) => downloadSpreadsheet(`${COUNTS}/${countId}/export`, file),
    ...options,
  })
