import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { CustomerApplicationSummary } from "../components/customer-application-summary"
import { CustomerDealerSummary } from "../components/customer-dealer-summary"
import { useApplications } from "../hooks/api/applications"
import { useDealers } from "../hooks/api/dealers"

/**
 * On a customer's page: their dealer profile if they are a dealer, else their
 * latest dealer application, else a note that they are neither.
 */
const CustomerDealerProfileWidget = ({
  data: customer,
}: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useTranslation()

  const dealers = useDealers({ customer_id: customer.id, limit: 1 })
  const dealer = dealers.dealers?.[0]

  // Only asked for once we know the customer is not a dealer.
  const applications = useApplications(
    { customer_id: customer.id, limit: 1, order: "-created_at" },
    { enabled: dealers.isSuccess && !dealer }
  )
  const application = applications.applications?.[0]

  const isLoading = dealers.isPending || applications.isLoading
  const error = dealers.error ?? applications.error

  return (
    <Container className="divide-y p-0" data-testid="customer-dealer-profile-widget">
      {isLoading ? (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
          <Skeleton className="h-7 w-40" />
          <Skeleton className="h-5 w-full" />
        </div>
      ) : error ? (
        <div className="px-6 py-4">
          <Heading level="h2">{t("distribution.widget.title")}</Heading>
          <Text size="small" className="text-ui-fg-error">
            {error.message || t("distribution.common.loadFailed")}
          </Text>
        </div>
      ) : dealer ? (
        <CustomerDealerSummary dealer={dealer} />
      ) : application ? (
        <CustomerApplicationSummary application={application} />
      ) : (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Heading level="h2">{t("distribution.widget.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.widget.empty")}
          </Text>
        </div>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerDealerProfileWidget
