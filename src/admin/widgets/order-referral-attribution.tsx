import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { OrderAttributionDetails } from "../components/order-attribution-details"
import { useOrderAttribution } from "../hooks/api/order-attributions"

/**
 * On an order's page: which dealer brought the order (推荐归属), frozen when
 * it was placed, or a note that it is not attributed (yet).
 */
const OrderReferralAttributionWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { t } = useTranslation()
  const { attribution, isPending, isError, error, notAttributed } = useOrderAttribution(order.id)

  return (
    <Container className="divide-y p-0" data-testid="order-referral-widget">
      <div className="px-6 py-4">
        <Heading level="h2">{t("distribution.attribution.title")}</Heading>
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : notAttributed ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="order-referral-empty">
          {t("distribution.attribution.empty")}
        </Text>
      ) : isError || !attribution ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {error?.message || t("distribution.common.loadFailed")}
        </Text>
      ) : (
        <OrderAttributionDetails attribution={attribution} />
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderReferralAttributionWidget
