import { FetchError } from "@medusajs/js-sdk"
import {
  useMutation,
  UseMutationOptions,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import {
  AdminCustomerBindingResponse,
  AdminRebindCustomer,
} from "../../types/customer-binding"
import { QueryOptions } from "./query-options"
import { customerBindingsQueryKeys, dealersQueryKeys } from "./query-keys"

const BASE = "/admin/distribution/customers"

export const useCustomerBinding = (
  customerId: string,
  options?: QueryOptions<AdminCustomerBindingResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: customerBindingsQueryKeys.detail(customerId),
    queryFn: () =>
      sdk.client.fetch<AdminCustomerBindingResponse>(
        `${BASE}/${customerId}/binding`
      ),
    ...options,
  })

  return { ...data, ...rest }
}

export const useRebindCustomer = (
  customerId: string,
  options?: UseMutationOptions<
    AdminCustomerBindingResponse,
    FetchError,
    AdminRebindCustomer
  >
) => {
  const queryClient = useQueryClient()

  return useMutation({
    mutationFn: (body) =>
      sdk.client.fetch<AdminCustomerBindingResponse>(
        `${BASE}/${customerId}/binding`,
        { method: "POST", body }
      ),
    ...options,
    onSuccess: (data, variables, context) => {
      queryClient.setQueryData(customerBindingsQueryKeys.detail(customerId), data)
      // Both dealers' customer counts change, and so do their graphs.
      queryClient.invalidateQueries({ queryKey: dealersQueryKeys.all })
      options?.onSuccess?.(data, variables, context)
    },
  })
}
