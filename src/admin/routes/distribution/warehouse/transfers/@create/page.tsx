import { RouteDrawer } from "@medusajs/dashboard/components"
import { Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { TransferCreateForm } from "../components/transfer-create-form"

/** `/distribution/warehouse/transfers/create`, a drawer over the transfers list. */
const StockTransferCreatePage = () => {
  const { t } = useTranslation()

  return (
    <RouteDrawer>
      <RouteDrawer.Header>
        <RouteDrawer.Title asChild>
          <Heading>{t("distribution.warehouse.transfers.create.title")}</Heading>
        </RouteDrawer.Title>
        <RouteDrawer.Description className="sr-only">
          {t("distribution.warehouse.transfers.create.hint")}
        </RouteDrawer.Description>
      </RouteDrawer.Header>
      <TransferCreateForm />
    </RouteDrawer>
  )
}

export default StockTransferCreatePage
