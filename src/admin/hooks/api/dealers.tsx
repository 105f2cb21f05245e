import { QueryClient, useQuery } from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import {
  AdminCreateDealer,
  AdminDealerDetailResponse,
  AdminDealerDownlineResponse,
  AdminDealerHistoryResponse,
  AdminDealerListParams,
  AdminDealerListResponse,
  AdminDealerResponse,
  AdminMoveDealer,
  AdminUpdateDealer,
  DealerStatusAction,
} from "../../types/dealer"
import { ListParams } from "../../types/list-response"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"
import { dealersQueryKeys, tiersQueryKeys } from "./query-keys"

const BASE = "/admin/distribution/dealers"

/**
 * A change to one dealer can show up anywhere in the tree (upline chains,
 * downline trees, parent columns) and in tier dealer counts, so every dealer
 * query and the tier lists are refreshed.
 */
const invalidateNetwork = (queryClient: QueryClient) => {
  queryClient.invalidateQueries({ queryKey: dealersQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: tiersQueryKeys.lists() })
}

export const useDealers = (
  query?: AdminDealerListParams,
  options?: QueryOptions<AdminDealerListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: dealersQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminDealerListResponse>(BASE, { query }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useDealer = (
  id: string,
  options?: QueryOptions<AdminDealerDetailResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: dealersQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<AdminDealerDetailResponse>(`${BASE}/${id}`),
    ...options,
  })

  return { ...data, ...rest }
}

export const useDealerDownline = (
  id: string,
  query?: { depth?: number },
  options?: QueryOptions<AdminDealerDownlineResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: dealersQueryKeys.detail(id, { downline: query ?? {} }),
    queryFn: () =>
      sdk.client.fetch<AdminDealerDownlineResponse>(`${BASE}/${id}/downline`, {
        query,
      }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useDealerHistory = (
  id: string,
  query?: Pick<ListParams, "limit" | "offset">,
  options?: QueryOptions<AdminDealerHistoryResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: dealersQueryKeys.detail(id, { history: query ?? {} }),
    queryFn: () =>
      sdk.client.fetch<AdminDealerHistoryResponse>(`${BASE}/${id}/history`, {
        query,
      }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useCreateDealer = (
  options?: MutationOptions<AdminDealerResponse, AdminCreateDealer>
) =>
  useInvalidatingMutation(
    (body) => sdk.client.fetch<AdminDealerResponse>(BASE, { method: "POST", body }),
    invalidateNetwork,
    options
  )

export const useUpdateDealer = (
  id: string,
  options?: MutationOptions<AdminDealerResponse, AdminUpdateDealer>
) =>
  useInvalidatingMutation(
    (body) =>
      sdk.client.fetch<AdminDealerResponse>(`${BASE}/${id}`, {
        method: "POST",
        body,
      }),
    invalidateNetwork,
    options
  )

export const useMoveDealer = (
  id: string,
  options?: MutationOptions<AdminDealerResponse, AdminMoveDealer>
) =>
  useInvalidatingMutation(
    (body) =>
      sdk.client.fetch<AdminDealerResponse>(`${BASE}/${id}/move`, {
        method: "POST",
        body,
      }),
    invalidateNetwork,
    options
  )

export const useChangeDealerStatus = (
  id: string,
  options?: MutationOptions<
    AdminDealerResponse,
    { action: DealerStatusAction; reason?: string }
  >
) =>
  useInvalidatingMutation(
    ({ action, reason }) =>
      sdk.client.fetch<AdminDealerResponse>(`${BASE}/${id}/${action}`, {
        method: "POST",
        body: reason ? { reason } : {},
      }),
    invalidateNetwork,
    options
  )
