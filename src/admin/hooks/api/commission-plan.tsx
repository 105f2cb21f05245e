import { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import {
  CommissionPlanResponse,
  CommissionPreviewRequest,
  CommissionRuleInput,
  CommissionSplit,
} from "../../types/commission"
import { QueryOptions } from "./query-options"
import { commissionPlanQueryKeys } from "./query-keys"

const BASE = "/admin/distribution/commission"

// The store has one plan: a single detail key for it.
const PLAN_KEY = commissionPlanQueryKeys.detail("current")

export type SaveCommissionPlanBody = { rules: CommissionRuleInput[] }
export type CommissionPreviewResponse = { split: CommissionSplit }

export const useCommissionPlan = (options?: QueryOptions<CommissionPlanResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: PLAN_KEY,
    queryFn: () => sdk.client.fetch<CommissionPlanResponse>(`${BASE}/plan`),
    ...options,
  })

  return { ...data, ...rest }
}

/** Replaces the whole plan (the array's order is the rules' order). */
export const useSaveCommissionPlan = (
  options?: UseMutationOptions<CommissionPlanResponse, FetchError, SaveCommissionPlanBody>
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<CommissionPlanResponse>(`${BASE}/plan`, {
        method: "POST",
        body,
      }),
    ...options,
    onSuccess: (data, variables, context) => {
      // The response is the saved plan: show it at once, then refresh.
      queryClient.setQueryData(PLAN_KEY, data)
      queryClient.invalidateQueries({ queryKey: commissionPlanQueryKeys.all })
      options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Splits sample lines with a plan (the unsaved one when `rules` is given); writes nothing. */
export const useCommissionPreview = (
  options?: UseMutationOptions<CommissionPreviewResponse, FetchError, CommissionPreviewRequest>
) => {
  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<CommissionPreviewResponse>(`${BASE}/preview`, {
        method: "POST",
        body,
      }),
    ...options,
  })
}
