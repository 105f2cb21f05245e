import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { OrderCommissionDetails } from "../components/order-commission-details"
import { OrderCommissionMatureButton } from "../components/order-commission-mature-button"
import { SectionErrorRow } from "../components/section-error-row"
import { useOrderCommission } from "../hooks/api/commission-ledger"

/**
 * On an order's page: how its commission was split (佣金分配) line by line
 * and level by level, what was reversed, where each ledger entry stands,
 * and a way to mature the pending ones now.
 */
const OrderCommissionSplitWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t } = useTranslation()
  const { order_commission, isPending, isError, error, refetch } = useOrderCommission(order.id)
  const canMature = !!order_commission?.entries.some((entry) => entry.status === "pending")

  return (
    <Container className="divide-y p-0" data-testid="order-commission-split">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{t("distribution.orderCommission.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.orderCommission.subtitle")}
          </Text>
        </div>
        {canMature && <OrderCommissionMatureButton orderId={order.id} />}
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-16 w-full" />
        </div>
      ) : isError ? (
        <SectionErrorRow error={error} onRetry={refetch} />
      ) : !order_commission ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="order-commission-empty">
          {t("distribution.orderCommission.empty")}
        </Text>
      ) : (
        <OrderCommissionDetails commission={order_commission} />
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderCommissionSplitWidget
