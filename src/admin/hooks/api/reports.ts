import { useMutation, useQuery } from "@tanstack/react-query"

import { downloadSpreadsheet, SpreadsheetFormat } from "../../lib/download-spreadsheet"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import {
  CommissionReportParams,
  CommissionReportResponse,
  ReportKind,
  SalesReportParams,
  SalesReportResponse,
} from "../../types/reports"
import { MutationOptions, QueryOptions } from "./query-options"

const BASE = "/admin/distribution/reports"

/** Read-only aggregates: nothing invalidates them but time (refetched on focus as usual). */
export const reportsQueryKeys = queryKeysFactory("distribution_reports")

export const useSalesReport = (query: SalesReportParams, options?: QueryOptions<SalesReportResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: reportsQueryKeys.list({ report: "sales", ...query }),
    queryFn: () => sdk.client.fetch<SalesReportResponse>(`${BASE}/sales`, { query }),
    ...options,
  })
  return { report: data, ...rest }
}

export const useCommissionReport = (
  query: CommissionReportParams,
  options?: QueryOptions<CommissionReportResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: reportsQueryKeys.list({ report: "commission", ...query }),
    queryFn: () => sdk.client.fetch<CommissionReportResponse>(`${BASE}/commission`, { query }),
    ...options,
  })
  return { report: data, ...rest }
}

export type ExportReportVariables = {
  report: ReportKind
  /** The filters on screen, without limit/offset: the file has every row. */
  query: SalesReportParams | CommissionReportParams
  format: SpreadsheetFormat
}

/** Downloads a report as CSV or XLSX under the server's name (`sales-by-month-2026-11.csv`). */
export const useExportReport = (options?: MutationOptions<void, ExportReportVariables>) =>
  useMutation({
    mutationFn: ({ report, query, format }: ExportReportVariables) => {
      const { limit: _limit, offset: _offset, ...filters } = query
      return downloadSpreadsheet(`${BASE}/${report}`, {
        format,
        fallbackName: `${report}-by-${query.group_by}`,
        // The route exports every row of the report, whatever the page on screen.
        query: filters,
      })
    },
    ...options,
  })
