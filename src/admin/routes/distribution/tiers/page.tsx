import { defineRouteConfig } from "@medusajs/admin-sdk"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { TiersTable } from "./components/tiers-table/tiers-table"

const TiersPage = () => {
  return <TiersTable />
}

export const config = defineRouteConfig({
  label: "distribution.menu.tiers",
  translationNs: "translation",
  rank: 3,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.tiers" />,
}

export default TiersPage
