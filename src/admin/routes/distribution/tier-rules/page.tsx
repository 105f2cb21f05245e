import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { TierProposalsSection } from "./components/tier-proposals-section"
import { TierRulesSection } from "./components/tier-rules-section"

/**
 * `/distribution/tier-rules`: the performance rules that move dealers between
 * tiers, and the queue of proposals the monthly evaluation made.
 */
const TierRulesPage = () => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-3" data-testid="tier-rules-page">
      <Container className="px-6 py-4">
        <Heading level="h1">{t("distribution.tierRules.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("distribution.tierRules.subtitle")}
        </Text>
      </Container>
      <TierProposalsSection />
      <TierRulesSection />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "distribution.menu.tierRules",
  translationNs: "translation",
  rank: 9,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.tierRules" />,
}

export default TierRulesPage
