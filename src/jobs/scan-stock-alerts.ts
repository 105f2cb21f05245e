import type { MedusaContainer } from "@medusajs/framework/types"
import { evaluateStockAlertsWorkflow } from "../workflows/warehouse/workflows/evaluate-stock-alerts"

/**
 * Every 15 minutes, every low-stock threshold is evaluated in batches (one
 * levels query per 500 thresholds): catches changes no event reported
 * (direct database edits, a lost event), closes alerts of removed thresholds
 * and retries notifications that failed. Safe to overlap or repeat: an alert
 * opens once.
 */
export default async function scanStockAlerts(container: MedusaContainer) {
  await evaluateStockAlertsWorkflow(container).run({ input: { all: true } })
}

export const config = {
  name: "distribution-scan-stock-alerts",
  schedule: "*/15 * * * *",
}
