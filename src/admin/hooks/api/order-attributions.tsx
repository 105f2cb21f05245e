import { FetchError } from "@medusajs/js-sdk"
import { useQuery } from "@tanstack/react-query"

import { sdk } from "../../lib/sdk"
import { AdminOrderAttributionResponse } from "../../types/order-attribution"
import { QueryOptions } from "./query-options"
import { orderAttributionsQueryKeys } from "./query-keys"

/**
 * The order's frozen attribution. A 404 means "not attributed (yet)": it is
 * an answer, not a failure, so it is not retried.
 */
export const useOrderAttribution = (
  orderId: string,
  options?: QueryOptions<AdminOrderAttributionResponse>
) => {
  const { data, ...rest } = useQuery<AdminOrderAttributionResponse, FetchError>({
    queryKey: orderAttributionsQueryKeys.detail(orderId),
    queryFn: () =>
      sdk.client.fetch<AdminOrderAttributionResponse>(
        `/admin/distribution/attributions/${orderId}`
      ),
    retry: (failureCount, error) =>
      error.status !== 404 && failureCount < 3,
    ...options,
  })
  const notAttributed = rest.error?.status === 404

  return { ...data, ...rest, notAttributed }
}
