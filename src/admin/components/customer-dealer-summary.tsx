import { SectionRow } from "@medusajs/dashboard/components"
import { Button, Heading } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

import { useTierName } from "../hooks/common/use-tier-name"
import { AdminDealer } from "../types/dealer"
import { DealerStatusBadge } from "./dealer-status-badge"

/** The customer's dealer profile in brief, linking to the full dealer page. */
export const CustomerDealerSummary = ({ dealer }: { dealer: AdminDealer }) => {
  const { t } = useTranslation()
  const tierName = useTierName()

  return (
    <>
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("distribution.widget.title")}</Heading>
        <Button size="small" variant="secondary" asChild>
          <Link to={`/distribution/dealers/${dealer.id}`} data-testid="customer-dealer-link">
            {t("distribution.widget.viewDealer")}
          </Link>
        </Button>
      </div>
      <SectionRow title={t("distribution.fields.code")} value={dealer.code} />
      <SectionRow title={t("distribution.fields.tier")} value={tierName(dealer.tier) || null} />
      <SectionRow
        title={t("distribution.fields.status")}
        value={<DealerStatusBadge status={dealer.status} testId="customer-dealer-status-badge" />}
      />
      <SectionRow
        title={t("distribution.fields.upline")}
        value={
          dealer.parent
            ? `${dealer.parent.code} · ${dealer.parent.display_name}`
            : t("distribution.common.producer")
        }
      />
    </>
  )
}
