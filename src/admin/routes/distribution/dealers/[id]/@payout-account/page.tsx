import { useTranslation } from "react-i18next"

import { DealerRouteDrawer } from "../components/dealer-route-drawer"
import { DealerPayoutAccountForm } from "./dealer-payout-account-form"

/** `/distribution/dealers/:id/payout-account`: the dealer's bank account for manual payouts. */
const DealerPayoutAccountPage = () => {
  const { t } = useTranslation()

  return (
    <DealerRouteDrawer title={t("distribution.payoutAccounts.form.title")}>
      {(dealer) => <DealerPayoutAccountForm dealer={dealer} />}
    </DealerRouteDrawer>
  )
}

export default DealerPayoutAccountPage
