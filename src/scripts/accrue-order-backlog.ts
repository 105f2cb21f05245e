import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { accrueOrderBacklog, OrderBacklogOptions } from "../workflows/commission/utils/accrue-order-backlog"

/**
 * Attributes and accrues every placed order the order.placed subscriber has
 * not finished — after an outage of the event bus or a worker, an import of
 * orders, or a peak day — in batches (`accrueOrderBatchWorkflow`), oldest
 * first, printing a cursor after every batch to resume from. The rows are
 * exactly those the subscriber writes; running it again, or while the
 * subscriber works, writes nothing twice.
 *
 *   npx medusa exec ./src/scripts/accrue-order-backlog.ts
 *   npx medusa exec ./src/scripts/accrue-order-backlog.ts batch=200 concurrency=1
 *   npx medusa exec ./src/scripts/accrue-order-backlog.ts since=2026-11-11
 *   npx medusa exec ./src/scripts/accrue-order-backlog.ts after=2026-11-11T02:00:00.123456Z,order_01…   # resume
 *
 * (`medusa exec` passes only positional arguments, hence `name=value`.)
 */
export default async function accrueOrderBacklogScript({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result = await accrueOrderBacklog(container, { ...parseArgs(args ?? []), log: (line) => logger.info(line) })
  logger.info(
    `Order backlog: ${result.orders} order(s), ${result.attributed} attributed, ${result.accrued} accrued ` +
      `(${result.entries} ledger entries), ${result.failed.length} left unattributed, in ${(result.ms / 1000).toFixed(1)} s.`
  )
}

function parseArgs(args: string[]): OrderBacklogOptions {
  const options: OrderBacklogOptions = {}
  for (const arg of args) {
    const [flag, value] = arg.replace(/^--/, "").split(/=(.*)/s)
    if (flag === "batch") {
      const n = Number(value)
      if (!Number.isInteger(n) || n < 1 || n > 1000) throw new Error("batch= takes a whole number from 1 to 1000")
      options.batch_size = n
    } else if (flag === "concurrency") {
      const n = Number(value)
      if (!Number.isInteger(n) || n < 1 || n > 4) throw new Error("concurrency= takes a whole number from 1 to 4")
      options.concurrency = n
    } else if (flag === "since") {
      const at = new Date(String(value))
      if (isNaN(at.getTime())) throw new Error("since= takes a date or a timestamp")
      options.since = at
    } else if (flag === "after") {
      const [at, id] = String(value ?? "").split(",")
      if (!id || isNaN(new Date(at).getTime())) throw new Error("after= takes <created_at>,<order id> as printed by a batch")
      options.after = { created_at: at, id }
    } else {
      throw new Error(`Unknown argument ${arg}: use batch=N, concurrency=N, since=<date>, after=<created_at>,<order id>`)
    }
  }
  return options
}
