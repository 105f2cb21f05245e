import { RouteDrawer } from "@medusajs/dashboard/components"
import { Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { CountCreateForm } from "../components/count-create-form"

/** `/distribution/warehouse/counts/create`, a drawer over the counts list. */
const StockCountCreatePage = () => {
  const { t } = useTranslation()

  return (
    <RouteDrawer>
      <RouteDrawer.Header>
        <RouteDrawer.Title asChild>
          <Heading>{t("distribution.warehouse.counts.create.title")}</Heading>
        </RouteDrawer.Title>
        <RouteDrawer.Description className="sr-only">
          {t("distribution.warehouse.counts.create.hint")}
        </RouteDrawer.Description>
      </RouteDrawer.Header>
      <CountCreateForm />
    </RouteDrawer>
  )
}

export default StockCountCreatePage
