import { Drawer, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useLastDefined } from "../../../../hooks/common/use-last-defined"
import { AdminDealerApplication } from "../../../../types/application"
import { RejectApplicationForm } from "./reject-application-form"

type RejectApplicationDrawerProps = {
  /** The application being rejected; `null` keeps the drawer closed. */
  application: AdminDealerApplication | null
  onClose: () => void
}

export const RejectApplicationDrawer = ({ application, onClose }: RejectApplicationDrawerProps) => {
  const { t } = useTranslation()
  const shown = useLastDefined(application)

  return (
    <Drawer open={!!application} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="reject-application-dialog">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{t("distribution.applications.reject.title")}</Heading>
          </Drawer.Title>
          <Drawer.Description className="text-ui-fg-subtle txt-small">
            {t("distribution.applications.reject.description")}
          </Drawer.Description>
        </Drawer.Header>
        {shown && (
          <RejectApplicationForm key={shown.id} application={shown} onDone={onClose} />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
