import { RouteDrawer } from "@medusajs/dashboard/components"
import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useSearchParams } from "react-router-dom"

import { isDealerStatusAction } from "../../../../../lib/dealer-status-actions"
import { DealerRouteDrawer } from "../components/dealer-route-drawer"
import { DealerStatusForm } from "../components/dealer-status-form"

/** `/distribution/dealers/:id/status?action=suspend|reactivate|terminate` */
const DealerStatusPage = () => {
  const { t } = useTranslation()
  const [searchParams] = useSearchParams()
  const action = searchParams.get("action")

  if (!isDealerStatusAction(action)) {
    return (
      <DealerRouteDrawer title={t("distribution.common.notFound")}>
        {() => (
          <RouteDrawer.Body>
            <Text size="small" className="text-ui-fg-subtle">
              {t("distribution.common.notFound")}
            </Text>
          </RouteDrawer.Body>
        )}
      </DealerRouteDrawer>
    )
  }

  return (
    <DealerRouteDrawer title={t(`distribution.dealers.status.titles.${action}`)}>
      {(dealer) => <DealerStatusForm dealer={dealer} action={action} />}
    </DealerRouteDrawer>
  )
}

export default DealerStatusPage
