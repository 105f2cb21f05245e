import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { accrueOrderBacklog } from "../workflows/commission/utils/accrue-order-backlog"

const HOUR_MS = 60 * 60 * 1000

/**
 * Every hour, attributes and accrues in batches the orders of the last
 * seven days that the order.placed subscriber has not finished (an event
 * lost while a worker was down, a failure), leaving the last ten minutes to
 * the subscriber. At most 20 batches of 500 orders a run; the next run goes
 * on. Safe to overlap with the subscriber and with itself.
 */
export default async function accrueOrderBacklogJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = Date.now()
  const result = await accrueOrderBacklog(container, {
    since: new Date(now - 7 * 24 * HOUR_MS),
    until: new Date(now - 10 * 60 * 1000),
    batch_size: 500,
    max_batches: 20,
  })
  if (result.orders) {
    logger.info(
      `distribution: order backlog: ${result.orders} order(s), ${result.attributed} attributed, ${result.accrued} accrued, ` +
        `${result.failed.length} left unattributed (${result.failed.map((f) => f.order_id).join(", ") || "none"}).`
    )
  }
}

export const config = {
  name: "distribution-accrue-order-backlog",
  schedule: "41 * * * *",
}
