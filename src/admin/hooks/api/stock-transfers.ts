import { QueryClient, useQuery } from "@tanstack/react-query"

import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import {
  CreateStockTransfer,
  ReceiveStockTransfer,
  StockTransferListParams,
  StockTransferListResponse,
  StockTransferResponse,
} from "../../types/stock-transfer"
import { useInvalidatingMutation } from "./invalidating-mutation"
import { MutationOptions, QueryOptions } from "./query-options"
import { invalidateStockFigures } from "./warehouse-lookups"

const TRANSFERS = "/admin/distribution/warehouse/transfers"

export const stockTransfersQueryKeys = queryKeysFactory("distribution_warehouse_transfers")

/** A transfer changing (created, edited, shipped, received, canceled): its lists, itself, and the stock. */
const invalidateTransfers = (queryClient: QueryClient) => {
  queryClient.invalidateQueries({ queryKey: stockTransfersQueryKeys.all })
  invalidateStockFigures(queryClient)
}

export const useStockTransfers = (
  query?: StockTransferListParams,
  options?: QueryOptions<StockTransferListResponse>
) => {
  const { data, ...rest } = useQuery({
    queryKey: stockTransfersQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<StockTransferListResponse>(TRANSFERS, { query }),
    ...options,
  })

  return { ...data, ...rest }
}

export const useStockTransfer = (id: string, options?: QueryOptions<StockTransferResponse>) => {
  const { data, ...rest } = useQuery({
    queryKey: stockTransfersQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<StockTransferResponse>(`${TRANSFERS}/${id}`),
    ...options,
  })

  return { ...data, ...rest }
}

/** A draft transfer; nothing moves until it is shipped. */
export const useCreateStockTransfer = (
  options?: MutationOptions<StockTransferResponse, CreateStockTransfer>
) =>
  useInvalidatingMutation(
    (body) => sdk.client.fetch<StockTransferResponse>(TRANSFERS, { method: "POST", body }),
    invalidateTransfers,
    options
  )

/** Draft → shipped: the source's stocked quantities go down (refused below reserved). */
export const useShipStockTransfer = (
  id: string,
  options?: MutationOptions<StockTransferResponse, void>
) =>
  useInvalidatingMutation(
    () => sdk.client.fetch<StockTransferResponse>(`${TRANSFERS}/${id}/ship`, { method: "POST" }),
    invalidateTransfers,
    options
  )

/** Shipped → received, with what arrived per line (omitted lines: in full). */
export const useReceiveStockTransfer = (
  id: string,
  options?: MutationOptions<StockTransferResponse, ReceiveStockTransfer>
) =>
  useInvalidatingMutation(
    (body) =>
      sdk.client.fetch<StockTransferResponse>(`${TRANSFERS}/${id}/receive`, { method: "POST", body }),
    invalidateTransfers,
    options
  )

/** Draft or shipped → canceled; a shipped transfer's stock goes back to the source. */
export const useCancelStockTransfer = (
  id: string,
  options?: MutationOptions<StockTransferResponse, void>
) =>
  useInvalidatingMutation(
    () => sdk.client.fetch<StockTransferResponse>(`${TRANSFERS}/${id}/cancel`, { method: "POST" }),
    invalidateTransfers,
    options
  )
