import { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import {
  AdminApproveDealerApplication,
  AdminApproveDealerApplicationResponse,
  AdminDealerApplicationListParams,
  AdminDealerApplicationListResponse,
  AdminDealerApplicationResponse,
  AdminRejectDealerApplication,
} from "../../types/application"
import { QueryOptions } from "./query-options"
import {
  applicationsQueryKeys,
  dealersQueryKeys,
  tiersQueryKeys,
} from "./query-keys"

const BASE = "/admin/distribution/applications"

export const useApplications = (
  query?: AdminDealerApplicationListParams,
  options?: QueryOptions<AdminDealerApplicationListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: applicationsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminDealerApplicationListResponse>(BASE, { query }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useApplication = (
  id: string,
  options?: QueryOptions<AdminDealerApplicationResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: applicationsQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<AdminDealerApplicationResponse>(`${BASE}/${id}`),
    ...options,
  })

  return { ...data, ...rest }
}

export const useApproveApplication = (
  id: string,
  options?: UseMutationOptions<
    AdminApproveDealerApplicationResponse,
    FetchError,
    AdminApproveDealerApplication
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminApproveDealerApplicationResponse>(
        `${BASE}/${id}/approve`,
        { method: "POST", body }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: applicationsQueryKeys.all })
      // Approval creates a dealer, which joins a tier.
      queryClient.invalidateQueries({ queryKey: dealersQueryKeys.all })
      queryClient.invalidateQueries({ queryKey: tiersQueryKeys.lists() })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useRejectApplication = (
  id: string,
  options?: UseMutationOptions<
    AdminDealerApplicationResponse,
    FetchError,
    AdminRejectDealerApplication
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminDealerApplicationResponse>(`${BASE}/${id}/reject`, {
        method: "POST",
        body,
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.invalidateQueries({ queryKey: applicationsQueryKeys.all })
      options?.onSuccess?.(data, variables, context)
    },
  })
}
