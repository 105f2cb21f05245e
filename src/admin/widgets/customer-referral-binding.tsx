import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { CustomerBindingDetails } from "../components/customer-binding-details"
import { CustomerBindingHistory } from "../components/customer-binding-history"
import { CustomerRebindDrawer } from "../components/customer-rebind-drawer"
import { useCustomerBinding } from "../hooks/api/customer-bindings"

/**
 * On a customer's page: the dealer the customer is bound to (绑定关系), the
 * chain above that dealer, every earlier binding, and a way to rebind.
 */
const CustomerReferralBindingWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { t } = useTranslation()
  const { binding, chain, history, isPending, isError, error } = useCustomerBinding(customer.id)

  return (
    <Container className="divide-y p-0" data-testid="customer-binding-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("distribution.binding.title")}</Heading>
        {!isPending && !isError && <CustomerRebindDrawer customerId={customer.id} current={binding?.dealer ?? null} />}
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4" aria-busy="true">
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-5 w-2/3" />
        </div>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {error?.message || t("distribution.common.loadFailed")}
        </Text>
      ) : (
        <>
          <CustomerBindingDetails binding={binding ?? null} chain={chain ?? []} />
          <CustomerBindingHistory history={history ?? []} />
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.side.after",
})

export default CustomerReferralBindingWidget
