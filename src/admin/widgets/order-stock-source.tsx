import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { SectionErrorRow } from "../components/section-error-row"
import { orderStockSourceQueryKeys, useOrderStockSource } from "../hooks/api/dealer-warehouses"
import { sdk } from "../lib/sdk"
import { AdminOrderStockSource } from "../types/warehouse-location"

const RESTOCK_BADGE: Record<string, "grey" | "orange" | "green" | "red"> = {
  placed: "grey",
  partially_received: "orange",
  received: "green",
  canceled: "red",
}

/** Creates the fulfilment of everything left to ship, from the dealer's location. */
const FulfilFromButton = ({ orderId, source }: { orderId: string; source: AdminOrderStockSource }) => {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const location = source.ships_from!.location
  const { mutate, isPending } = useMutation({
    mutationFn: () =>
      sdk.admin.order.createFulfillment(orderId, {
        location_id: location.id,
        items: source.unfulfilled_items.map((item) => ({ id: item.id, quantity: item.quantity })),
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: orderStockSourceQueryKeys.detail(orderId) })
      queryClient.invalidateQueries({ queryKey: ["orders"] })
      toast.success(t("distribution.orderStock.fulfilled", { location: location.name }))
    },
    onError: (error: Error) => toast.error(error.message),
  })

  return (
    <Button size="small" variant="secondary" isLoading={isPending} onClick={() => mutate()} data-testid="order-stock-fulfil">
      {t("distribution.orderStock.fulfilFrom", { location: location.name })}
    </Button>
  )
}

/**
 * On an order's page: where its stock is reserved — a dealer's own location
 * (fulfil_from_dealer_stock, or a restock order shipping from the upline) or
 * the producer's — with a button fulfilling it from there; for a dealer's
 * restock order, its status and the transfers that received it.
 */
const OrderStockSourceWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t } = useTranslation()
  const { stock_source: source, isPending, isError, error, refetch } = useOrderStockSource(order.id)

  if (!isPending && !isError && source && !source.locations.length && !source.restock_order) {
    return null // nothing reserved and no restock: nothing to say
  }

  const restock = source?.restock_order
  return (
    <Container className="divide-y p-0" data-testid="order-stock-source">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <Heading level="h2">{t("distribution.orderStock.title")}</Heading>
        {restock && (
          <Badge size="2xsmall" color={RESTOCK_BADGE[restock.status] ?? "grey"} data-testid="order-stock-restock-status">
            {t(`distribution.orderStock.restockStatus.${restock.status}`)}
          </Badge>
        )}
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : isError || !source ? (
        <SectionErrorRow error={error} onRetry={refetch} />
      ) : (
        <>
          <div className="flex flex-col gap-y-2 px-6 py-4">
            {source.locations.map((row) => (
              <div key={row.location.id} className="flex items-center justify-between gap-x-2" data-testid="order-stock-location">
                <Text size="small">
                  {row.dealer
                    ? t("distribution.orderStock.dealerLocation", { dealer: `${row.dealer.code} · ${row.dealer.name}`, location: row.location.name })
                    : t("distribution.orderStock.producerLocation", { location: row.location.name })}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("distribution.orderStock.reservedUnits", { count: row.quantity })}
                </Text>
              </div>
            ))}
            {!source.locations.length && (
              <Text size="small" className="text-ui-fg-subtle">
                {t("distribution.orderStock.noReservations")}
              </Text>
            )}
            {source.ships_from && source.unfulfilled_items.length > 0 && (
              <div className="flex justify-end pt-2">
                <FulfilFromButton orderId={order.id} source={source} />
              </div>
            )}
          </div>
          {restock && (
            <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="order-stock-restock">
              <Text size="small" weight="plus">
                {t("distribution.orderStock.restockTitle")}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {t("distribution.orderStock.restockRoute", {
                  dealer: restock.dealer ? `${restock.dealer.code} · ${restock.dealer.name}` : "-",
                  target: restock.target_location?.name ?? "-",
                  source: restock.source.dealer
                    ? `${restock.source.dealer.code} · ${restock.source_location?.name ?? "-"}`
                    : t("distribution.orderStock.producer"),
                })}
              </Text>
              {restock.transfers.length === 0 ? (
                <Text size="small" className="text-ui-fg-subtle">
                  {t("distribution.orderStock.noTransfers")}
                </Text>
              ) : (
                restock.transfers.map((transfer) => (
                  <div key={transfer.id} className="flex items-center justify-between gap-x-2" data-testid="order-stock-transfer">
                    <Link
                      to={`/distribution/warehouse/transfers/${transfer.id}`}
                      className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover txt-compact-small"
                    >
                      {t("distribution.orderStock.transfer", { id: transfer.display_id })}
                    </Link>
                    <Text size="small" className="text-ui-fg-subtle">
                      {t("distribution.orderStock.receivedUnits", { count: transfer.received_quantity })}
                    </Text>
                  </div>
                ))
              )}
            </div>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderStockSourceWidget
