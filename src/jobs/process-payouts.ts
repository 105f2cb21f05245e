import type { MedusaContainer } from "@medusajs/framework/types"
import { processPayouts } from "../workflows/payout/utils/process-payouts"

/**
 * Every minute: resumes whatever a restart interrupted (queued payouts,
 * sends whose answer was never recorded, unknown outcomes), asks about
 * transfers not heard of for five minutes, and finishes ledger syncs.
 */
export default async function processPayoutsJob(container: MedusaContainer) {
  await processPayouts(container, { poll_in_flight: true })
}

export const config = {
  name: "distribution-process-payouts",
  schedule: "* * * * *",
}
