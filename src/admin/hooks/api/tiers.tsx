import { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import {
  AdminCreateDealerTier,
  AdminDealerTierDeleteResponse,
  AdminDealerTierListParams,
  AdminDealerTierListResponse,
  AdminDealerTierResponse,
  AdminUpdateDealerTier,
} from "../../types/tier"
import { QueryOptions } from "./query-options"
import { dealersQueryKeys, tiersQueryKeys } from "./query-keys"

const BASE = "/admin/distribution/tiers"

export const useTiers = (
  query?: AdminDealerTierListParams,
  options?: QueryOptions<AdminDealerTierListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: tiersQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminDealerTierListResponse>(BASE, { query }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useTier = (
  id: string,
  options?: QueryOptions<AdminDealerTierResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: tiersQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminDealerTierResponse>(`${BASE}/${id}`),
    ...options,
  })

  return { ...data, ...rest }
}

export const useCreateTier = (
  options?: UseMutationOptions<
    AdminDealerTierResponse,
    FetchError,
    AdminCreateDealerTier
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminDealerTierResponse>(BASE, {
        method: "POST",
        body,
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: tiersQueryKeys.lists() })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateTier = (
  id: string,
  options?: UseMutationOptions<
    AdminDealerTierResponse,
    FetchError,
    AdminUpdateDealerTier
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminDealerTierResponse>(`${BASE}/${id}`, {
        method: "POST",
        body,
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: tiersQueryKeys.lists() })
      queryClient.invalidateQueries({ queryKey: tiersQueryKeys.detail(id) })
      // Dealers embed their tier's names.
      queryClient.invalidateQueries({ queryKey: dealersQueryKeys.all })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteTier = (
  id: string,
  options?: UseMutationOptions<AdminDealerTierDeleteResponse, FetchError, void>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: () =>
      sdk.client.fetch<AdminDealerTierDeleteResponse>(`${BASE}/${id}`, {
        method: "DELETE",
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: tiersQueryKeys.lists() })
      queryClient.removeQueries({ queryKey: tiersQueryKeys.detail(id) })
      options?.onSuccess?.(data, variables, context)
    },
  })
}
