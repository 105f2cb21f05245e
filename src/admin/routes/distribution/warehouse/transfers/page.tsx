import { Outlet } from "react-router-dom"

import { BreadcrumbLabel } from "../../../../components/breadcrumb-label"
import { TransfersTable } from "./components/transfers-table/transfers-table"

/** `/distribution/warehouse/transfers`: every stock transfer (调拨单); `@create` opens over it. */
const StockTransfersPage = () => {
  return (
    <>
      <TransfersTable />
      {/* The routed create drawer (`@create`) renders here. */}
      <Outlet />
    </>
  )
}

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.warehouse.transfers.title" />,
}

export default StockTransfersPage
