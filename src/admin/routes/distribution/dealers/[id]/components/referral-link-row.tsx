import { useDate } from "@medusajs/dashboard/hooks"
import { Badge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { CopyTextButton } from "../../../../../components/copy-text-button"
import { ReferralLinkStatusBadge } from "../../../../../components/referral-link-status-badge"
import { AdminReferralLink } from "../../../../../types/referral-link"
import { ReferralLinkActions } from "./referral-link-actions"
import { ReferralLinkStats } from "./referral-link-stats"

type ReferralLinkRowProps = {
  link: AdminReferralLink
  target: string
}

/** One referral link: code, kind, name, target, status, URL to copy, counts and actions. */
export const ReferralLinkRow = ({ link, target }: ReferralLinkRowProps) => {
  const { t } = useTranslation()
  const { getFullDate } = useDate()

  return (
    <li className="flex flex-col gap-y-3 px-6 py-4" data-testid={`referral-link-${link.code}`} data-kind={link.kind}>
      <div className="flex items-start justify-between gap-x-4">
        <div className="flex min-w-0 flex-col gap-y-1">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <Text size="small" weight="plus" className="font-mono" data-testid="referral-link-code">
              {link.code}
            </Text>
            <Badge size="2xsmall" color={link.kind === "default" ? "grey" : "blue"}>
              {t(`distribution.links.kinds.${link.kind}`)}
            </Badge>
            {link.name && (
              <Text size="small" className="truncate">
                {link.name}
              </Text>
            )}
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {link.expires_at
              ? t("distribution.links.targetUntil", {
                  target,
                  date: getFullDate({ date: link.expires_at }),
                })
              : target}
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          <ReferralLinkStatusBadge link={link} testId={`referral-link-status-${link.code}`} />
          <ReferralLinkActions link={link} />
        </div>
      </div>
      <div className="bg-ui-bg-subtle flex items-center gap-x-2 rounded-md px-2 py-1">
        <Text size="xsmall" className="text-ui-fg-subtle min-w-0 flex-1 truncate font-mono" title={link.url} data-testid={`referral-link-url-${link.code}`}>
          {link.url}
        </Text>
        <CopyTextButton text={link.url} label={t("distribution.links.copyUrl")} testId={`referral-link-copy-${link.code}`} />
      </div>
      <ReferralLinkStats link={link} />
    </li>
  )
}
