import { RouteDrawer } from "@medusajs/dashboard/components"
import { Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { PayoutBatchCreateForm } from "../components/payout-batch-create-form"

/** `/distribution/payouts/create`, a drawer over the batches list. */
const PayoutBatchCreatePage = () => {
  const { t } = useTranslation()

  return (
    <RouteDrawer>
      <RouteDrawer.Header>
        <RouteDrawer.Title asChild>
          <Heading>{t("distribution.payouts.create.title")}</Heading>
        </RouteDrawer.Title>
        <RouteDrawer.Description className="sr-only">
          {t("distribution.payouts.create.title")}
        </RouteDrawer.Description>
      </RouteDrawer.Header>
      <PayoutBatchCreateForm />
    </RouteDrawer>
  )
}

export default PayoutBatchCreatePage
