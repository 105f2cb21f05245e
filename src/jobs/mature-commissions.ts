import type { MedusaContainer } from "@medusajs/framework/types"
import { matureOrderCommissionsWorkflow } from "../workflows/commission/workflows/mature-order-commissions"

/**
 * Every hour, pending commission of fulfilled orders past their hold period
 * becomes available. Safe to overlap or repeat: only pending entries move.
 */
export default async function matureCommissions(container: MedusaContainer) {
  await matureOrderCommissionsWorkflow(container).run({ input: {} })
}

export const config = {
  name: "distribution-mature-commissions",
  schedule: "17 * * * *",
}
