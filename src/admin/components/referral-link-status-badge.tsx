import { AdminReferralLink, ReferralLinkDisplayStatus } from "../types/referral-link"
import { createStatusBadge } from "./status-badge-factory"

/** An expired link reads "Expired" whatever its status: it attributes nothing either way. */
export const referralLinkDisplayStatus = (
  link: Pick<AdminReferralLink, "status" | "expired">
): ReferralLinkDisplayStatus => (link.expired ? "expired" : link.status)

const DisplayStatusBadge = createStatusBadge<ReferralLinkDisplayStatus>({
  colors: { active: "green", paused: "orange", expired: "grey" },
  labelKey: "distribution.links.statuses",
})

export const ReferralLinkStatusBadge = ({
  link,
  testId,
}: {
  link: Pick<AdminReferralLink, "status" | "expired">
  testId?: string
}) => <DisplayStatusBadge status={referralLinkDisplayStatus(link)} testId={testId} />
