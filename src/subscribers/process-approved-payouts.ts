import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PAYOUT_BATCH_APPROVED_EVENT } from "../workflows/payout/workflows/approve-payout-batch"
import { processPayouts } from "../workflows/payout/utils/process-payouts"

/** An approved batch (or a retried payout) is sent at once, on a worker, not in the admin's request. */
export default async function processApprovedPayouts({ event, container }: SubscriberArgs<{ id: string }>) {
  await processPayouts(container, { batch_id: event.data.id })
}

export const config: SubscriberConfig = {
  event: PAYOUT_BATCH_APPROVED_EVENT,
}
