import { useMutation, useQuery } from "@tanstack/react-query"

import { downloadSpreadsheet } from "../../lib/download-spreadsheet"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import {
  DashboardResponse,
  DealerPerformanceResponse,
  PerformanceQuery,
  TierEvaluationResponse,
  TierProposalsResponse,
  TierRule,
  TierRuleInput,
  TierRulesResponse,
} from "../../types/performance"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { dealersQueryKeys } from "./query-keys"
import { MutationOptions, QueryOptions } from "./query-options"

const BASE = "/admin/distribution/performance"

export const dashboardQueryKeys = queryKeysFactory("distribution_dashboard")
export const dealerPerformanceQueryKeys = queryKeysFactory("distribution_dealer_performance")
export const tierRulesQueryKeys = queryKeysFactory("distribution_tier_rules")
export const tierProposalsQueryKeys = queryKeysFactory("distribution_tier_proposals")

export const useDistributionDashboard = (
  query: PerformanceQuery & { top?: number },
  options?: QueryOptions<DashboardResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: dashboardQueryKeys.detail("dashboard", query),
    queryFn: () => sdk.client.fetch<DashboardResponse>("/admin/distribution/dashboard", { query }),
    ...options,
  })
  return { dashboard: data?.dashboard, ...rest }
}

export const useDealerPerformance = (
  dealerId: string,
  query: PerformanceQuery,
  options?: QueryOptions<DealerPerformanceResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: dealerPerformanceQueryKeys.detail(dealerId, query),
    queryFn: () => sdk.client.fetch<DealerPerformanceResponse>(`${BASE}/dealers/${dealerId}`, { query }),
    ...options,
  })
  return { performance: data?.performance, ...rest }
}

/** Downloads the league table (every dealer, every page) as CSV. */
export const useExportDealerLeague = (options?: MutationOptions<void, PerformanceQuery & { tier_id?: string }>) =>
  useMutation({
    mutationFn: (query: PerformanceQuery & { tier_id?: string }) =>
      downloadSpreadsheet(`${BASE}/dealers`, { format: "csv", fallbackName: "dealer-performance", query }),
    ...options,
  })

export const useTierRules = (query: { limit?: number; offset?: number } = {}, options?: QueryOptions<TierRulesResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: tierRulesQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<TierRulesResponse>(`${BASE}/tier-rules`, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

const refreshRules = (queryClient: any) => queryClient.invalidateQueries({ queryKey: tierRulesQueryKeys.all })

export const useCreateTierRule = (options?: MutationOptions<{ tier_rule: TierRule }, TierRuleInput>) =>
  useInvalidatingMutation(
    (body: TierRuleInput) => sdk.client.fetch<{ tier_rule: TierRule }>(`${BASE}/tier-rules`, { method: "POST", body }),
    refreshRules,
    options
  )

export const useUpdateTierRule = (
  id: string,
  options?: MutationOptions<{ tier_rule: TierRule }, Partial<TierRuleInput>>
) =>
  useInvalidatingMutation(
    (body: Partial<TierRuleInput>) =>
      sdk.client.fetch<{ tier_rule: TierRule }>(`${BASE}/tier-rules/${id}`, { method: "POST", body }),
    refreshRules,
    options
  )

export const useDeleteTierRule = (options?: MutationOptions<unknown, string>) =>
  useInvalidatingMutation(
    (id: string) => sdk.client.fetch(`${BASE}/tier-rules/${id}`, { method: "DELETE" }),
    refreshRules,
    options
  )

export const useTierProposals = (
  query: { status?: string; limit?: number; offset?: number; dealer_id?: string },
  options?: QueryOptions<TierProposalsResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: tierProposalsQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<TierProposalsResponse>(`${BASE}/tier-proposals`, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

/** A decision or an evaluation can move dealers: proposals, dealers, their performance and the dashboard refresh. */
const refreshAfterDecision = (queryClient: any) => {
  queryClient.invalidateQueries({ queryKey: tierProposalsQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: dealersQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: dealerPerformanceQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: dashboardQueryKeys.all })
}

type Decision = { id: string; note?: string }

export const useAcceptTierProposal = (options?: MutationOptions<unknown, Decision>) =>
  useInvalidatingMutation(
    ({ id, note }: Decision) =>
      sdk.client.fetch(`${BASE}/tier-proposals/${id}/accept`, { method: "POST", body: note ? { note } : {} }),
    refreshAfterDecision,
    options
  )

export const useRejectTierProposal = (options?: MutationOptions<unknown, Decision>) =>
  useInvalidatingMutation(
    ({ id, note }: Decision) =>
      sdk.client.fetch(`${BASE}/tier-proposals/${id}/reject`, { method: "POST", body: note ? { note } : {} }),
    refreshAfterDecision,
    options
  )

export const useEvaluateTiers = (options?: MutationOptions<TierEvaluationResponse, { period?: string }>) =>
  useInvalidatingMutation(
    (body: { period?: string }) =>
      sdk.client.fetch<TierEvaluationResponse>(`${BASE}/evaluate`, { method: "POST", body }),
    refreshAfterDecision,
    options
  )
