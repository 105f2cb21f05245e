import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Outlet } from "react-router-dom"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { PayoutBatchesTable } from "./components/payout-batches-table/payout-batches-table"

/** `/distribution/payouts`: every payout batch (打款批次), filterable; `@create` opens over it. */
const PayoutsPage = () => {
  return (
    <>
      <PayoutBatchesTable />
      {/* The routed create drawer (`@create`) renders here. */}
      <Outlet />
    </>
  )
}

export const config = defineRouteConfig({
  label: "distribution.menu.payouts",
  translationNs: "translation",
  rank: 7,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.payouts" />,
}

export default PayoutsPage
