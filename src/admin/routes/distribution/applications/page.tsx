import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Navigate, useLocation, useSearchParams } from "react-router-dom"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { ApplicationsTable } from "./components/applications-table/applications-table"

const ApplicationsPage = () => {
  const [searchParams] = useSearchParams()
  const location = useLocation()

  // The queue opens on pending applications. The default goes into the URL so
  // it shows as a filter chip; "All" in that filter lists every status.
  if (!searchParams.has("status")) {
    const next = new URLSearchParams(searchParams)
    next.set("status", JSON.stringify("pending"))
    return <Navigate replace to={{ pathname: location.pathname, search: next.toString() }} />
  }

  return <ApplicationsTable />
}

export const config = defineRouteConfig({
  label: "distribution.menu.applications",
  translationNs: "translation",
  rank: 2,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.applications" />,
}

export default ApplicationsPage
