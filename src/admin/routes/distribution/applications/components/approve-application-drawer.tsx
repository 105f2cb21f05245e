import { Drawer, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useLastDefined } from "../../../../hooks/common/use-last-defined"
import { AdminDealerApplication } from "../../../../types/application"
import { ApproveApplicationForm } from "./approve-application-form"

type ApproveApplicationDrawerProps = {
  /** The application under review; `null` keeps the drawer closed. */
  application: AdminDealerApplication | null
  onClose: () => void
}

export const ApproveApplicationDrawer = ({ application, onClose }: ApproveApplicationDrawerProps) => {
  const { t } = useTranslation()
  const shown = useLastDefined(application)

  return (
    <Drawer open={!!application} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="approve-application-dialog">
        <Drawer.Header>
          <Drawer.Title asChild>
            <Heading>{t("distribution.applications.approve.title")}</Heading>
          </Drawer.Title>
          <Drawer.Description className="text-ui-fg-subtle txt-small">
            {t("distribution.applications.approve.description")}
          </Drawer.Description>
        </Drawer.Header>
        {/* Keyed so each application starts from a fresh form. */}
        {shown && (
          <ApproveApplicationForm key={shown.id} application={shown} onDone={onClose} />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
