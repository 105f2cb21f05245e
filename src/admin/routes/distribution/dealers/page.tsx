import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Outlet } from "react-router-dom"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { DealersTable } from "./components/dealers-table/dealers-table"

const DealersPage = () => {
  return (
    <>
      <DealersTable />
      {/* The routed create modal (`@create`) renders here. */}
      <Outlet />
    </>
  )
}

export const config = defineRouteConfig({
  label: "distribution.menu.dealers",
  translationNs: "translation",
  rank: 1,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.dealers" />,
}

export default DealersPage
