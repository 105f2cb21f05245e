import { useMutation, useQuery } from "@tanstack/react-query"

import { downloadSpreadsheet } from "../../lib/download-spreadsheet"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import {
  AdminInventoryAnalysisNetworkParams,
  AdminInventoryAnalysisNetworkResponse,
  AdminInventoryAnalysisStockParams,
  AdminInventoryAnalysisStockResponse,
  AdminInventoryAnalysisSummaryResponse,
  InventoryAnalysisReport,
} from "../../types/inventory-analysis"
import { MutationOptions, QueryOptions } from "./query-options"

const BASE = "/admin/distribution/warehouse/analysis"

/** Read-only reports: nothing invalidates them but time, so they are refetched on focus as usual. */
export const inventoryAnalysisQueryKeys = queryKeysFactory("distribution_inventory_analysis")

export const useInventoryAnalysisSummary = (
  query: { period_days: number },
  options?: QueryOptions<AdminInventoryAnalysisSummaryResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: inventoryAnalysisQueryKeys.detail("summary", query),
    queryFn: () => sdk.client.fetch<AdminInventoryAnalysisSummaryResponse>(`${BASE}/summary`, { query }),
    ...options,
  })
  return { summary: data, ...rest }
}

export const useInventoryAnalysisStock = (
  query: AdminInventoryAnalysisStockParams,
  options?: QueryOptions<AdminInventoryAnalysisStockResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: inventoryAnalysisQueryKeys.list({ report: "stock", ...query }),
    queryFn: () => sdk.client.fetch<AdminInventoryAnalysisStockResponse>(`${BASE}/stock`, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useInventoryAnalysisNetwork = (
  query: AdminInventoryAnalysisNetworkParams,
  options?: QueryOptions<AdminInventoryAnalysisNetworkResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: inventoryAnalysisQueryKeys.list({ report: "network", ...query }),
    queryFn: () => sdk.client.fetch<AdminInventoryAnalysisNetworkResponse>(`${BASE}/network`, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

type ExportVariables = { report: InventoryAnalysisReport; query?: Record<string, unknown>; format: "csv" }

/** Downloads a report as CSV with the filters shown (every page, not just the one on screen). */
export const useExportInventoryAnalysis = (options?: MutationOptions<void, ExportVariables>) =>
  useMutation({
    mutationFn: ({ report, query, format }: ExportVariables) =>
      downloadSpreadsheet(`${BASE}/${report}`, { format, fallbackName: `inventory-${report}`, query }),
    ...options,
  })
