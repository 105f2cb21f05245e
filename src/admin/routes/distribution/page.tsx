import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Navigate } from "react-router-dom"

/** The sidebar's "Distribution" entry opens the dealers list. */
const DistributionPage = () => {
  return <Navigate to="/distribution/dealers" replace />
}

// The label is an i18n key of the default namespace (see `src/admin/i18n`).
export const config = defineRouteConfig({
  label: "distribution.menu.root",
  translationNs: "translation",
  icon: Buildings,
})

export default DistributionPage
