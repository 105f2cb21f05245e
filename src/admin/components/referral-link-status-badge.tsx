import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { AdminReferralLink, ReferralLinkDisplayStatus } from "../types/referral-link"

const COLORS: Record<ReferralLinkDisplayStatus, "green" | "orange" | "grey"> = {
  active: "green",
  paused: "orange",
  expired: "grey",
}

/** An expired link reads "Expired" whatever its status: it attributes nothing either way. */
export const referralLinkDisplayStatus = (
  link: Pick<AdminReferralLink, "status" | "expired">
): ReferralLinkDisplayStatus => (link.expired ? "expired" : link.status)

export const ReferralLinkStatusBadge = ({
  link,
  testId,
}: {
  link: Pick<AdminReferralLink, "status" | "expired">
  testId?: string
}) => {
  const { t } = useTranslation()
  const status = referralLinkDisplayStatus(link)

  return (
    <StatusBadge color={COLORS[status]} data-testid={testId} data-status={status}>
      {t(`distribution.links.statuses.${status}`)}
    </StatusBadge>
  )
}
