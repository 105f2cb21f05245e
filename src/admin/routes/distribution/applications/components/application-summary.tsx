import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useTierName } from "../../../../hooks/common/use-tier-name"
import { formatCustomer } from "../../../../lib/format-customer"
import { AdminDealerApplication } from "../../../../types/application"

/** What the applicant submitted, shown while an admin reviews it. */
export const ApplicationSummary = ({ application }: { application: AdminDealerApplication }) => {
  const { t } = useTranslation()
  const tierName = useTierName()

  const rows: [string, string | null | undefined][] = [
    [t("distribution.fields.customer"), formatCustomer(application.customer)],
    [t("distribution.fields.companyName"), application.company_name],
    [t("distribution.fields.contactName"), application.contact_name],
    [t("distribution.fields.phone"), application.phone],
    [t("distribution.fields.email"), application.email],
    [t("distribution.fields.region"), application.region],
    [t("distribution.fields.address"), application.address],
    [t("distribution.fields.requestedTier"), tierName(application.requested_tier)],
    [t("distribution.fields.desiredUplineCode"), application.desired_parent_code],
  ]

  return (
    <div className="bg-ui-bg-subtle flex flex-col gap-y-3 rounded-lg p-4">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt>
              <Text size="small" className="text-ui-fg-subtle">
                {label}
              </Text>
            </dt>
            <dd>
              <Text size="small">{value || t("distribution.common.empty")}</Text>
            </dd>
          </div>
        ))}
      </dl>
      {application.message && (
        <div className="flex flex-col gap-y-1">
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.applications.applicantMessage")}
          </Text>
          <Text size="small" className="whitespace-pre-line">
            {application.message}
          </Text>
        </div>
      )}
    </div>
  )
}
