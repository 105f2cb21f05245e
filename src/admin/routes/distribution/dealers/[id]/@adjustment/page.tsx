import { useTranslation } from "react-i18next"

import { DealerRouteDrawer } from "../components/dealer-route-drawer"
import { DealerAdjustmentForm } from "./dealer-adjustment-form"

/** `/distribution/dealers/:id/adjustment` */
const DealerAdjustmentPage = () => {
  const { t } = useTranslation()

  return (
    <DealerRouteDrawer title={t("distribution.adjustment.title")}>
      {(dealer) => <DealerAdjustmentForm dealer={dealer} />}
    </DealerRouteDrawer>
  )
}

export default DealerAdjustmentPage
