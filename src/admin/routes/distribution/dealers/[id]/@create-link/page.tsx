import { useTranslation } from "react-i18next"

import { DealerRouteDrawer } from "../components/dealer-route-drawer"
import { ReferralLinkCreateForm } from "../components/referral-link-create-form"

/** `/distribution/dealers/:id/create-link` */
const DealerCreateLinkPage = () => {
  const { t } = useTranslation()

  return (
    <DealerRouteDrawer title={t("distribution.links.create.title")}>
      {(dealer) => <ReferralLinkCreateForm dealer={dealer} />}
    </DealerRouteDrawer>
  )
}

export default DealerCreateLinkPage
