import { QueryClient, useMutation, useQuery } from "@tanstack/react-query"

import { downloadSpreadsheet, SpreadsheetFormat } from "../../lib/download-spreadsheet"
import { sdk } from "../../lib/sdk"
import {
  CommissionBalance,
  LedgerEntriesResponse,
  LedgerEntry,
  LedgerEntryKind,
  LedgerEntryStatus,
  OrderCommission,
  Statement,
  StatementSummary,
} from "../../types/commission"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"
import {
  commissionBalancesQueryKeys,
  commissionEntriesQueryKeys,
  commissionStatementsQueryKeys,
  orderCommissionsQueryKeys,
} from "./query-keys"

const COMMISSION = "/admin/distribution/commission"
const DEALERS = "/admin/distribution/dealers"

export type AdminLedgerEntryListParams = {
  dealer_id?: string
  status?: LedgerEntryStatus
  kind?: LedgerEntryKind
  order_id?: string
  currency_code?: string
  /** ISO date-times bounding `created_at`. */
  from?: string
  to?: string
  offset?: number
  limit?: number
}

export type AdminDealerBalanceResponse = { balances: CommissionBalance[] }

export type AdminOrderCommissionResponse = {
  /** null: the order earns no commission. */
  order_commission: OrderCommission | null
}

export type AdminMatureOrderCommission = { skip_hold?: boolean }
export type AdminMatureOrderCommissionResponse = { matured: number }

export type AdminCreateCommissionAdjustment = {
  dealer_id: string
  /** Signed decimal string, not zero. */
  amount: string
  currency_code: string
  reason: string
}
export type AdminCommissionAdjustmentResponse = { entry: LedgerEntry }

export type AdminStatementListParams = {
  /** "YYYY-MM"; the server's current month when left out. */
  period?: string
  dealer_id?: string
  currency_code?: string
  offset?: number
  limit?: number
}

export type AdminStatementListResponse = {
  statements: StatementSummary[]
  count: number
  offset: number
  limit: number
  period: string
}

export type AdminStatementParams = {
  period?: string
  currency_code?: string
}

export type AdminStatementResponse = { statement: Statement }

export type StatementExportFormat = SpreadsheetFormat

/**
 * A new ledger entry (an adjustment, entries maturing) changes lists,
 * balances, statements and order splits alike: all of them are refreshed.
 */
const invalidateLedger = (queryClient: QueryClient) => {
  queryClient.invalidateQueries({ queryKey: commissionEntriesQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: commissionBalancesQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: commissionStatementsQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: orderCommissionsQueryKeys.all })
}

export const useCommissionEntries = (
  query?: AdminLedgerEntryListParams,
  options?: QueryOptions<LedgerEntriesResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: commissionEntriesQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<LedgerEntriesResponse>(`${COMMISSION}/entries`, { query }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useDealerBalance = (
  dealerId: string,
  options?: QueryOptions<AdminDealerBalanceResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: commissionBalancesQueryKeys.detail(dealerId),
    queryFn: () =>
      sdk.client.fetch<AdminDealerBalanceResponse>(`${DEALERS}/${dealerId}/balance`),
    ...options,
  })

  return { ...data, ...rest }
}

export const useOrderCommission = (
  orderId: string,
  options?: QueryOptions<AdminOrderCommissionResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: orderCommissionsQueryKeys.detail(orderId),
    queryFn: () =>
      sdk.client.fetch<AdminOrderCommissionResponse>(`${COMMISSION}/orders/${orderId}`),
    ...options,
  })

  return { ...data, ...rest }
}

/** Moves the order's pending entries to available; a 400 says why it cannot. */
export const useMatureOrderCommission = (
  orderId: string,
  options?: MutationOptions<AdminMatureOrderCommissionResponse, AdminMatureOrderCommission>
) =>
  useInvalidatingMutation(
    (body) =>
      sdk.client.fetch<AdminMatureOrderCommissionResponse>(
        `${COMMISSION}/orders/${orderId}/mature`,
        { method: "POST", body }
      ),
    invalidateLedger,
    options
  )

export const useCreateCommissionAdjustment = (
  options?: MutationOptions<AdminCommissionAdjustmentResponse, AdminCreateCommissionAdjustment>
) =>
  useInvalidatingMutation(
    (body) =>
      sdk.client.fetch<AdminCommissionAdjustmentResponse>(`${COMMISSION}/adjustments`, {
        method: "POST",
        body,
      }),
    invalidateLedger,
    options
  )

export const useCommissionStatements = (
  query?: AdminStatementListParams,
  options?: QueryOptions<AdminStatementListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: commissionStatementsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminStatementListResponse>(`${COMMISSION}/statements`, {
        query,
      }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useCommissionStatement = (
  dealerId: string,
  query?: AdminStatementParams,
  options?: QueryOptions<AdminStatementResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: commissionStatementsQueryKeys.detail(dealerId, query),
    queryFn: () =>
      sdk.client.fetch<AdminStatementResponse>(`${COMMISSION}/statements/${dealerId}`, {
        query,
      }),
    ...options,
  })

  return { ...data, ...rest }
}

/** Downloads a statement file (see `downloadSpreadsheet`). */
export const useExportCommissionStatement = (
  options?: MutationOptions<
    void,
    {
      dealerId: string
      query: AdminStatementParams
      format: StatementExportFormat
      fallbackName: string
    }
  >
) =>
  useMutation({
    mutationFn: ({ dealerId, ...file }) =>
      downloadSpreadsheet(`${COMMISSION}/statements/${dealerId}`, file),
    ...options,
  })
