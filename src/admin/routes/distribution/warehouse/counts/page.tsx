import { Outlet } from "react-router-dom"

import { BreadcrumbLabel } from "../../../../components/breadcrumb-label"
import { CountsTable } from "./components/counts-table/counts-table"

/** `/distribution/warehouse/counts`: every stock count (盘点); `@create` opens over it. */
const StockCountsPage = () => {
  return (
    <>
      <CountsTable />
      <Outlet />
    </>
  )
}

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.warehouse.counts.title" />,
}

export default StockCountsPage
