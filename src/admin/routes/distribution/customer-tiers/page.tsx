import { defineRouteConfig } from "@medusajs/admin-sdk"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { CustomerTierChangesSection } from "./components/customer-tier-changes-section"
import { CustomerTiersSection } from "./components/customer-tiers-section"

/** Customer tiers (客户分级): tiers and their rules, and the latest tier changes. */
const CustomerTiersPage = () => (
  <div className="flex flex-col gap-y-3">
    <CustomerTiersSection />
    <CustomerTierChangesSection />
  </div>
)

export const config = defineRouteConfig({
  label: "distribution.menu.customerTiers",
  translationNs: "translation",
  rank: 11,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.customerTiers" />,
}

export default CustomerTiersPage
