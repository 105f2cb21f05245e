import { useTranslation } from "react-i18next"

import { DealerRouteDrawer } from "../components/dealer-route-drawer"
import { DealerTierForm } from "../components/dealer-tier-form"

/** `/distribution/dealers/:id/tier` */
const DealerTierPage = () => {
  const { t } = useTranslation()

  return (
    <DealerRouteDrawer title={t("distribution.dealers.tier.changeTitle")}>
      {(dealer) => <DealerTierForm dealer={dealer} />}
    </DealerRouteDrawer>
  )
}

export default DealerTierPage
