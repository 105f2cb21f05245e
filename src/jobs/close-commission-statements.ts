import type { MedusaContainer } from "@medusajs/framework/types"
import { periodOf, previousPeriod } from "../lib/commission/period"
import type CommissionModuleService from "../modules/commission/service"
import { COMMISSION_MODULE } from "../types/module-names"
import { closeStatementPeriodWorkflow } from "../workflows/commission/workflows/close-statement-period"

/**
 * Every six hours, freezes last month's statements (in the merchant's time zone)
 * if they are not frozen yet: a missed or failed run is caught at the next run,
 * and a snapshot once written is never rewritten.
 */
export default async function closeCommissionStatements(container: MedusaContainer) {
  const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const period = previousPeriod(periodOf(new Date(), commission.getOptions().timezone))
  await closeStatementPeriodWorkflow(container).run({ input: { period } })
}

export const config = {
  name: "distribution-close-commission-statements",
  schedule: "15 */6 * * *",
}
