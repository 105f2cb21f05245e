import { defineRouteConfig } from "@medusajs/admin-sdk"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { CustomerInsightsTable } from "./components/customer-insights-table"

/** Customers of the store with tier, bound dealer and spend (客户管理). */
const CustomerInsightsPage = () => <CustomerInsightsTable />

export const config = defineRouteConfig({
  label: "distribution.menu.customers",
  translationNs: "translation",
  rank: 10,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.customers" />,
}

export default CustomerInsightsPage
