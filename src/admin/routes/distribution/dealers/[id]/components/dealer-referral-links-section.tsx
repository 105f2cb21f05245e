import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useDealerReferralLinks } from "../../../../../hooks/api/referral-links"
import { AdminDealerDetail } from "../../../../../types/dealer"
import { ReferralLinkRow } from "./referral-link-row"
import { useReferralLinkTargets } from "./use-referral-link-targets"

/** The dealer's referral links (the default one first), with their counts. */
export const DealerReferralLinksSection = ({ dealer }: { dealer: AdminDealerDetail }) => {
  const { t } = useTranslation()
  const { links, isPending, isError, error } = useDealerReferralLinks(dealer.id)
  const describeTarget = useReferralLinkTargets(links ?? [])

  return (
    <Container className="divide-y p-0" data-testid="dealer-referral-links-section">
      <div className="flex items-center justify-between px-6 py-4">
        <div className="flex flex-col">
          <Heading level="h2">{t("distribution.links.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("distribution.links.subtitle")}
          </Text>
        </div>
        {dealer.status === "terminated" ? (
          // A terminated dealer brings nobody any more: no new links.
          <Button size="small" variant="secondary" disabled>
            <Plus />
            {t("distribution.links.create.action")}
          </Button>
        ) : (
          <Button size="small" variant="secondary" asChild>
            <Link to="create-link" data-testid="referral-link-create">
              <Plus />
              {t("distribution.links.create.action")}
            </Link>
          </Button>
        )}
      </div>
      {isPending ? (
        <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
          <Skeleton className="h-16 w-full" />
          <Skeleton className="h-16 w-full" />
        </div>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {error?.message || t("distribution.common.loadFailed")}
        </Text>
      ) : !links?.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="referral-links-empty">
          {t("distribution.links.empty")}
        </Text>
      ) : (
        <ul className="divide-y">
          {links.map((link) => (
            <ReferralLinkRow key={link.id} link={link} target={describeTarget(link)} />
          ))}
        </ul>
      )}
    </Container>
  )
}
