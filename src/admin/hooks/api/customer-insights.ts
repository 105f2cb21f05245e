import { useMutation, useQuery } from "@tanstack/react-query"

import { downloadSpreadsheet } from "../../lib/download-spreadsheet"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import {
  AdminCustomerInsightResponse,
  AdminCustomerInsightsListParams,
  AdminCustomerInsightsListResponse,
  AdminCustomerTierChangesParams,
  AdminCustomerTierChangesResponse,
  AdminCustomerTierEvaluateResponse,
  AdminCustomerTierListResponse,
  AdminCustomerTierResponse,
  CustomerTierBody,
  CustomerTierRule,
} from "../../types/customer-insights"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"

const TIERS = "/admin/distribution/customer-tiers"
const INSIGHTS = "/admin/distribution/customers-insights"

export const customerTiersQueryKeys = queryKeysFactory("distribution_customer_tiers")
export const customerTierChangesQueryKeys = queryKeysFactory("distribution_customer_tier_changes")
export const customerInsightsQueryKeys = queryKeysFactory("distribution_customer_insights")

/** Everything a tier change can move: tiers (head counts), changes, customers' tiers. */
const invalidateTierData = (queryClient: Parameters<Parameters<typeof useInvalidatingMutation>[1]>[0]) => {
  queryClient.invalidateQueries({ queryKey: customerTiersQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: customerTierChangesQueryKeys.all })
  queryClient.invalidateQueries({ queryKey: customerInsightsQueryKeys.all })
}

export const useCustomerTiers = (options?: QueryOptions<AdminCustomerTierListResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: customerTiersQueryKeys.lists(),
    queryFn: () => sdk.client.fetch<AdminCustomerTierListResponse>(TIERS),
    ...options,
  })
  return { ...data, ...rest }
}

export const useCustomerTierChanges = (
  query: AdminCustomerTierChangesParams,
  options?: QueryOptions<AdminCustomerTierChangesResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerTierChangesQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminCustomerTierChangesResponse>(`${TIERS}/changes`, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

export const useCreateCustomerTier = (options?: MutationOptions<AdminCustomerTierResponse, CustomerTierBody>) =>
  useInvalidatingMutation(
    (body: CustomerTierBody) => sdk.client.fetch<AdminCustomerTierResponse>(TIERS, { method: "POST", body }),
    (queryClient) => invalidateTierData(queryClient),
    options
  )

export const useUpdateCustomerTier = (
  id: string,
  options?: MutationOptions<AdminCustomerTierResponse, Partial<CustomerTierBody>>
) =>
  useInvalidatingMutation(
    (body: Partial<CustomerTierBody>) =>
      sdk.client.fetch<AdminCustomerTierResponse>(`${TIERS}/${id}`, { method: "POST", body }),
    (queryClient) => invalidateTierData(queryClient),
    options
  )

export const useReplaceCustomerTierRules = (
  id: string,
  options?: MutationOptions<AdminCustomerTierResponse, Omit<CustomerTierRule, "id">[]>
) =>
  useInvalidatingMutation(
    (rules: Omit<CustomerTierRule, "id">[]) =>
      sdk.client.fetch<AdminCustomerTierResponse>(`${TIERS}/${id}/rules`, { method: "POST", body: { rules } }),
    (queryClient) => invalidateTierData(queryClient),
    options
  )

export const useDeleteCustomerTier = (options?: MutationOptions<unknown, string>) =>
  useInvalidatingMutation(
    (id: string) => sdk.client.fetch(`${TIERS}/${id}`, { method: "DELETE" }),
    (queryClient) => invalidateTierData(queryClient),
    options
  )

export const useEvaluateCustomerTiers = (
  options?: MutationOptions<AdminCustomerTierEvaluateResponse, { customer_ids?: string[] } | void>
) =>
  useInvalidatingMutation(
    (body: { customer_ids?: string[] } | void) =>
      sdk.client.fetch<AdminCustomerTierEvaluateResponse>(`${TIERS}/evaluate`, { method: "POST", body: body ?? {} }),
    (queryClient) => invalidateTierData(queryClient),
    options
  )

export const useCustomerInsight = (customerId: string, options?: QueryOptions<AdminCustomerInsightResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: customerInsightsQueryKeys.detail(customerId),
    queryFn: () => sdk.client.fetch<AdminCustomerInsightResponse>(`${INSIGHTS}/${customerId}`),
    ...options,
  })
  return { insight: data, ...rest }
}

export const useCustomerInsights = (
  query: AdminCustomerInsightsListParams,
  options?: QueryOptions<AdminCustomerInsightsListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerInsightsQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AdminCustomerInsightsListResponse>(INSIGHTS, { query }),
    ...options,
  })
  return { ...data, ...rest }
}

/** Downloads the customer list as CSV with the filters shown (every page). */
export const useExportCustomerInsights = (options?: MutationOptions<void, Record<string, unknown>>) =>
  useMutation({
    mutationFn: (query: Record<string, unknown>) =>
      downloadSpreadsheet(INSIGHTS, { format: "csv", fallbackName: "customers", query }),
    ...options,
  })
