import { defineRouteConfig } from "@medusajs/admin-sdk"

import { BreadcrumbLabel } from "../../../components/breadcrumb-label"
import { CommissionPlanEditor } from "./components/commission-plan-editor"

const CommissionPlanPage = () => {
  return <CommissionPlanEditor />
}

export const config = defineRouteConfig({
  label: "distribution.menu.commission",
  translationNs: "translation",
  rank: 4,
})

export const handle = {
  breadcrumb: () => <BreadcrumbLabel i18nKey="distribution.menu.commission" />,
}

export default CommissionPlanPage
