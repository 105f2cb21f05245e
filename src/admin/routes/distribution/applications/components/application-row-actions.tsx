import { Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { AdminDealerApplication } from "../../../../types/application"

type ApplicationRowActionsProps = {
  application: AdminDealerApplication
  onApprove: (application: AdminDealerApplication) => void
  onReject: (application: AdminDealerApplication) => void
}

/** Approve / reject buttons; reviewed applications have none. */
export const ApplicationRowActions = ({
  application,
  onApprove,
  onReject,
}: ApplicationRowActionsProps) => {
  const { t } = useTranslation()

  if (application.status !== "pending") {
    return null
  }

  return (
    <div className="flex items-center gap-x-2">
      <Button
        size="small"
        variant="secondary"
        data-testid={`application-approve-${application.id}`}
        onClick={(event) => {
          event.stopPropagation()
          onApprove(application)
        }}
      >
        {t("distribution.applications.approve.action")}
      </Button>
      <Button
        size="small"
        variant="transparent"
        data-testid={`application-reject-${application.id}`}
        onClick={(event) => {
          event.stopPropagation()
          onReject(application)
        }}
      >
        {t("distribution.applications.reject.action")}
      </Button>
    </div>
  )
}
