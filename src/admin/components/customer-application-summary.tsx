import { SectionRow } from "@medusajs/dashboard/components"
import { useDate } from "@medusajs/dashboard/hooks"
import { Button, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useTierName } from "../hooks/common/use-tier-name"
import { AdminDealerApplication } from "../types/application"
import { ApplicationStatusBadge } from "./application-status-badge"

/** The customer's latest dealer application, linking to the review queue. */
export const CustomerApplicationSummary = ({
  application,
}: {
  application: AdminDealerApplication
}) => {
  const { t } = useTranslation()
  const tierName = useTierName()
  const { getFullDate } = useDate()
  // The queue opens filtered on the application's status, so it is in view.
  const queueLink = `/distribution/applications?status=${encodeURIComponent(
    JSON.stringify(application.status)
  )}`

  return (
    <>
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("distribution.widget.applicationTitle")}</Heading>
        <Button size="small" variant="secondary" asChild>
          <Link to={queueLink} data-testid="customer-application-link">
            {t("distribution.widget.reviewApplication")}
          </Link>
        </Button>
      </div>
      <SectionRow
        title={t("distribution.fields.status")}
        value={<ApplicationStatusBadge status={application.status} />}
      />
      <SectionRow
        title={t("distribution.fields.requestedTier")}
        value={tierName(application.requested_tier) || null}
      />
      <SectionRow
        title={t("distribution.fields.desiredUplineCode")}
        value={application.desired_parent_code}
      />
      <SectionRow
        title={t("distribution.fields.submittedAt")}
        value={getFullDate({ date: application.created_at, includeTime: true })}
      />
      {application.rejection_reason && (
        <SectionRow
          title={t("distribution.fields.rejectionReason")}
          value={application.rejection_reason}
        />
      )}
    </>
  )
}
