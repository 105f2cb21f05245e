import { defineRouteConfig } from "@medusajs/admin-sdk"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { StatementsTable } from "./components/statements-table/statements-table"

/** `/distribution/statements?period=YYYY-MM`: every dealer's month (对账单). */
const StatementsPage = () => {
  return <StatementsTable />
}

export const config = defineRouteConfig({
  label: "distribution.menu.statements",
  translationNs: "translation",
  rank: 6,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.statements" />,
}

export default StatementsPage
