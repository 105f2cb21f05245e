import { QueryClient, useMutation, useQuery } from "@tanstack/react-query"

import { downloadSpreadsheet } from "../../lib/download-spreadsheet"
import { sdk } from "../../lib/sdk"
import {
  AdminCreatePayoutBatch,
  AdminCreatePayoutBatchResponse,
  AdminDealerPayoutAccountsResponse,
  AdminPayoutAccountResponse,
  AdminPayoutBatchListParams,
  AdminPayoutBatchListResponse,
  AdminPayoutBatchResponse,
  AdminPayoutDetailResponse,
  AdminPayoutListParams,
  AdminPayoutListResponse,
  AdminPayoutProvidersResponse,
  AdminPayoutResponse,
  AdminSetManualPayoutAccount,
  PayoutExportFormat,
} from "../../types/payout"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"
import {
  commissionBalancesQueryKeys,
  commissionEntriesQueryKeys,
  commissionStatementsQueryKeys,
  payoutAccountsQueryKeys,
  payoutBatchesQueryKeys,
  payoutProvidersQueryKeys,
  payoutsQueryKeys,
} from "./query-keys"

const PAYOUTS = "/admin/distribution/payouts"
const BATCHES = `${PAYOUTS}/batches`
const DEALERS = "/admin/distribution/dealers"
const ACCOUNTS = "/admin/distribution/payout-accounts"

/**
 * A payout moving (created, removed, sent, settled, released) changes its
 * batch, the dealer's balance (available ↔ reserved ↔ paid) and the ledger
 * entries behind it: all of them are refreshed.
 */
const invalidatePayouts = (queryClient: QueryClient) => {
  queryClient.invalidateQueries({ queryKey: payoutBatchesQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: payoutsQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: commissionBalancesQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: commissionEntriesQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: commissionStatementsQueryKeys.all })
}

/* ---------------------------------------------------------------- batches */

export const usePayoutBatches = (
  query?: AdminPayoutBatchListParams,
  options?: QueryOptions<AdminPayoutBatchListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: payoutBatchesQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminPayoutBatchListResponse>(BATCHES, { query }),
    ...options,
  })

  return { ...data, ...rest }
}

export const usePayoutBatch = (
  id: string,
  options?: QueryOptions<AdminPayoutBatchResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: payoutBatchesQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminPayoutBatchResponse>(`${BATCHES}/${id}`),
    ...options,
  })

  return { ...data, ...rest }
}

/** A draft batch of every qualifying dealer; `skipped` says who was left out and why. */
export const useCreatePayoutBatch = (
  options?: MutationOptions<AdminCreatePayoutBatchResponse, AdminCreatePayoutBatch>
) =>
  useInvalidatingMutation(
    (body) =>
      sdk.client.fetch<AdminCreatePayoutBatchResponse>(BATCHES, { method: "POST", body }),
    invalidatePayouts,
    options
  )

/** Draft → approved; the server starts sending in the background. */
export const useApprovePayoutBatch = (
  id: string,
  options?: MutationOptions<AdminPayoutBatchResponse, void>
) =>
  useInvalidatingMutation(
    () =>
      sdk.client.fetch<AdminPayoutBatchResponse>(`${BATCHES}/${id}/approve`, {
        method: "POST",
      }),
    invalidatePayouts,
    options
  )

/** Draft or approved: unsent payouts are canceled and their money released. */
export const useCancelPayoutBatch = (
  id: string,
  options?: MutationOptions<AdminPayoutBatchResponse, void>
) =>
  useInvalidatingMutation(
    () =>
      sdk.client.fetch<AdminPayoutBatchResponse>(`${BATCHES}/${id}/cancel`, {
        method: "POST",
      }),
    invalidatePayouts,
    options
  )

/** Downloads the batch file (see `downloadSpreadsheet`). */
export const useExportPayoutBatch = (
  options?: MutationOptions<
    void,
    { batchId: string; format: PayoutExportFormat; fallbackName: string }
  >
) =>
  useMutation({
    mutationFn: ({ batchId, ...file }) => downloadSpreadsheet(`${BATCHES}/${batchId}/export`, file),
    ...options,
  })

/* ---------------------------------------------------------------- payouts */

export const usePayouts = (
  query?: AdminPayoutListParams,
  options?: QueryOptions<AdminPayoutListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: payoutsQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminPayoutListResponse>(PAYOUTS, { query }),
    ...options,
  })

  return { ...data, ...rest }
}

/**
 * One payout with its events (created, sent, callback, queried, …), oldest
 * first, and the ledger entries it pays.
 */
export const usePayout = (id: string, options?: QueryOptions<AdminPayoutDetailResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: payoutsQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminPayoutDetailResponse>(`${PAYOUTS}/${id}`),
    ...options,
  })

  return { ...data, ...rest }
}

export const usePayoutProviders = (options?: QueryOptions<AdminPayoutProvidersResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: payoutProvidersQueryKeys.lists(),
    queryFn: () => sdk.client.fetch<AdminPayoutProvidersResponse>(`${PAYOUTS}/providers`),
    // Configured in the plugin's options: fixed while the server runs.
    staleTime: 5 * 60 * 1000,
    ...options,
  })

  return { ...data, ...rest }
}

/** The actions on one payout that take no input (`POST /payouts/:id/<action>`). */
export type PayoutCommand = "remove" | "retry" | "cancel" | "refresh"

export const usePayoutCommand = (
  options?: MutationOptions<AdminPayoutResponse, { id: string; command: PayoutCommand }>
) =>
  useInvalidatingMutation(
    ({ id, command }) =>
      sdk.client.fetch<AdminPayoutResponse>(`${PAYOUTS}/${id}/${command}`, { method: "POST" }),
    invalidatePayouts,
    options
  )

/** Manual provider, processing: paid, with the bank's reference. */
export const useMarkPayoutPaid = (
  options?: MutationOptions<AdminPayoutResponse, { id: string; reference: string }>
) =>
  useInvalidatingMutation(
    ({ id, reference }) =>
      sdk.client.fetch<AdminPayoutResponse>(`${PAYOUTS}/${id}/mark-paid`, {
        method: "POST",
        body: { reference },
      }),
    invalidatePayouts,
    options
  )

/** Manual provider, processing: failed, with the reason; the money is released. */
export const useMarkPayoutFailed = (
  options?: MutationOptions<AdminPayoutResponse, { id: string; reason: string }>
) =>
  useInvalidatingMutation(
    ({ id, reason }) =>
      sdk.client.fetch<AdminPayoutResponse>(`${PAYOUTS}/${id}/mark-failed`, {
        method: "POST",
        body: { reason },
      }),
    invalidatePayouts,
    options
  )

/* -------------------------------------------------------- payout accounts */

export const useDealerPayoutAccounts = (
  dealerId: string,
  options?: QueryOptions<AdminDealerPayoutAccountsResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: payoutAccountsQueryKeys.detail(dealerId),
    queryFn: () =>
      sdk.client.fetch<AdminDealerPayoutAccountsResponse>(
        `${DEALERS}/${dealerId}/payout-accounts`
      ),
    ...options,
  })

  return { ...data, ...rest }
}

const invalidateAccounts = (queryClient: QueryClient, dealerId: string) => {
  queryClient.invalidateQueries({ queryKey: payoutAccountsQueryKeys.detail(dealerId) })
}

/** Sets the dealer's manual (bank) account; WeChat accounts are bound by the dealer. */
export const useSetDealerPayoutAccount = (
  dealerId: string,
  options?: MutationOptions<AdminPayoutAccountResponse, Omit<AdminSetManualPayoutAccount, "provider_id">>
) =>
  useInvalidatingMutation(
    (body) =>
      sdk.client.fetch<AdminPayoutAccountResponse>(`${DEALERS}/${dealerId}/payout-accounts`, {
        method: "POST",
        body: { provider_id: "manual", ...body },
      }),
    (queryClient) => invalidateAccounts(queryClient, dealerId),
    options
  )

export type PayoutAccountCommand =
  | { id: string; command: "verify" }
  | { id: string; command: "lock"; reason: string }
  | { id: string; command: "unlock" }

/** Verify, lock (with a reason) or unlock one of the dealer's accounts. */
export const usePayoutAccountCommand = (
  dealerId: string,
  options?: MutationOptions<AdminPayoutAccountResponse, PayoutAccountCommand>
) =>
  useInvalidatingMutation(
    (variables) =>
      sdk.client.fetch<AdminPayoutAccountResponse>(
        `${ACCOUNTS}/${variables.id}/${variables.command}`,
        {
          method: "POST",
          ...(variables.command === "lock" ? { body: { reason: variables.reason } } : {}),
        }
      ),
    (queryClient) => invalidateAccounts(queryClient, dealerId),
    options
  )
