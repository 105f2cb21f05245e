import { defineRouteConfig } from "@medusajs/admin-sdk"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { LedgerTable } from "./components/ledger-table/ledger-table"

/** `/distribution/ledger`: every commission ledger entry (佣金流水), filterable. */
const LedgerPage = () => {
  return <LedgerTable />
}

export const config = defineRouteConfig({
  label: "distribution.menu.ledger",
  translationNs: "translation",
  rank: 5,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.ledger" />,
}

export default LedgerPage
