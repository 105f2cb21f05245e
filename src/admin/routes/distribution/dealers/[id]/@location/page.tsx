import { useTranslation } from "react-i18next"

import { DealerRouteDrawer } from "../components/dealer-route-drawer"
import { DealerLocationCreateForm } from "./dealer-location-create-form"

/** `/distribution/dealers/:id/location`: a new stock location (warehouse) for the dealer. */
const DealerLocationCreatePage = () => {
  const { t } = useTranslation()

  return (
    <DealerRouteDrawer title={t("distribution.dealerWarehouses.form.title")}>
      {(dealer) => <DealerLocationCreateForm dealerId={dealer.id} />}
    </DealerRouteDrawer>
  )
}

export default DealerLocationCreatePage
