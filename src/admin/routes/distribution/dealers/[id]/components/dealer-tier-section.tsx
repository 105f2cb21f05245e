import { ActionMenu, SectionRow } from "@medusajs/dashboard/components"
import { Tag } from "@medusajs/icons"
import { Container, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

import { useTierName } from "../../../../../hooks/common/use-tier-name"
import { AdminDealerDetail } from "../../../../../types/dealer"

/** The dealer's tier, with the way to change it. */
export const DealerTierSection = ({ dealer }: { dealer: AdminDealerDetail }) => {
  const { t } = useTranslation()
  const tierName = useTierName()

  return (
    <Container className="divide-y p-0" data-testid="dealer-tier-section">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("distribution.dealers.tier.title")}</Heading>
        <ActionMenu
          groups={[
            {
              actions: [
                {
                  label: t("distribution.dealers.tier.change"),
                  icon: <Tag />,
                  to: "tier",
                  disabled: dealer.status === "terminated",
                },
              ],
            },
          ]}
        />
      </div>
      <SectionRow
        title={t("distribution.fields.name")}
        value={tierName(dealer.tier) || null}
      />
      <SectionRow title={t("distribution.fields.code")} value={dealer.tier?.code} />
      <SectionRow
        title={t("distribution.fields.rank")}
        value={dealer.tier ? String(dealer.tier.rank) : null}
      />
      <SectionRow title={t("distribution.fields.depth")} value={String(dealer.depth)} />
    </Container>
  )
}
