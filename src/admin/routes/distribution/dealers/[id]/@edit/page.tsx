import { useTranslation } from "react-i18next"

import { DealerEditForm } from "../components/dealer-edit-form"
import { DealerRouteDrawer } from "../components/dealer-route-drawer"

/** `/distribution/dealers/:id/edit` */
const DealerEditPage = () => {
  const { t } = useTranslation()

  return (
    <DealerRouteDrawer title={t("distribution.dealers.profile.editTitle")}>
      {(dealer) => <DealerEditForm dealer={dealer} />}
    </DealerRouteDrawer>
  )
}

export default DealerEditPage
