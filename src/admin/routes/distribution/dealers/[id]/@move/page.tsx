import { useTranslation } from "react-i18next"

import { DealerMoveForm } from "../components/dealer-move-form"
import { DealerRouteDrawer } from "../components/dealer-route-drawer"

/** `/distribution/dealers/:id/move` */
const DealerMovePage = () => {
  const { t } = useTranslation()

  return (
    <DealerRouteDrawer title={t("distribution.dealers.upline.moveTitle")}>
      {(dealer) => <DealerMoveForm dealer={dealer} />}
    </DealerRouteDrawer>
  )
}

export default DealerMovePage
