import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { processPayouts } from "../workflows/payout/utils/process-payouts"

/**
 * Runs the payout processor once, now, as the every-minute job does: sends
 * queued payouts, asks the provider about unknown outcomes and transfers not
 * heard of for five minutes, and finishes interrupted ledger syncs.
 *
 *   npx medusa exec ./src/scripts/process-payouts.ts
 */
export default async function processPayoutsNow({ container }: ExecArgs) {
  const handled = await processPayouts(container, { poll_in_flight: true })
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`Payout processor: ${handled.sent} payout(s) handled${handled.skipped_busy.length ? `; busy elsewhere: ${handled.skipped_busy.join(", ")}` : ""}`)
}
