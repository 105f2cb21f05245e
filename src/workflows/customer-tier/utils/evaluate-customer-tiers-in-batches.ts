import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { windowStart } from "../../../lib/customer-tier/tier-window"
import type { CustomerTierChangeSource } from "../../../types/customer-tier"
import { evaluateCustomerTiersWorkflow } from "../workflows/evaluate-customer-tiers"
import { customerTierService } from "./customer-tier-service"

export const CUSTOMER_TIER_BATCH = 500

export type EvaluateInBatchesOptions = {
  /** The clock the rule windows end at (the job passes its own; tests pass one). */
  now?: Date
  source: CustomerTierChangeSource
  actor_id?: string | null
  batch_size?: number
  /** Only these customers; otherwise every candidate (see below). */
  customer_ids?: string[]
}

export type EvaluateInBatchesResult = { evaluated: number; changed: number; batches: number }

/**
 * Evaluates customers' tiers in batches of `batch_size`, one workflow run
 * per batch. Without `customer_ids` the candidates are every customer with
 * an order in the longest rule window (keyset over sales_fact's
 * (customer_id, placed_at) index) and every customer holding a tier without
 * such an order (so tiers fall away when the window passes). Idempotent: a
 * rerun, or one overlapping the order subscriber, records nothing twice.
 */
export async function evaluateCustomerTiersInBatches(
  container: MedusaContainer,
  options: EvaluateInBatchesOptions
): Promise<EvaluateInBatchesResult> {
  const now = options.now ?? new Date()
  const size = options.batch_size ?? CUSTOMER_TIER_BATCH
  const result: EvaluateInBatchesResult = { evaluated: 0, changed: 0, batches: 0 }
  const run = async (customerIds: string[]) => {
    if (!customerIds.length) {
      return
    }
    const { result: out } = await evaluateCustomerTiersWorkflow(container).run({
      input: { customer_ids: customerIds, source: options.source, actor_id: options.actor_id ?? null, now: now.toISOString() },
    })
    result.evaluated += out.evaluated
    result.changed += out.changed
    result.batches += 1
  }

  if (options.customer_ids) {
    const ids = [...new Set(options.customer_ids)]
    for (let i = 0; i < ids.length; i += size) {
      await run(ids.slice(i, i + size))
    }
    return result
  }

  const rules = await customerTierService(container).listCustomerTierRules({}, { select: ["window_months"] })
  const longest = rules.length ? Math.max(...rules.map((r) => r.window_months)) : null
  const since = longest == null ? null : windowStart(now, longest)
  const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

  if (since) {
    for (let after = ""; ; ) {
      const { rows } = await pg.raw(
        `SELECT DISTINCT customer_id FROM sales_fact
          WHERE customer_id > ? AND placed_at >= ? AND placed_at <= ? AND deleted_at IS NULL
          ORDER BY customer_id LIMIT ?`,
        [after, since, now, size]
      )
      const ids = (rows as { customer_id: string }[]).map((r) => r.customer_id)
      await run(ids)
      if (ids.length < size) {
        break
      }
      after = ids[ids.length - 1]
    }
  }

  for (let after = ""; ; ) {
    const { rows } = await pg.raw(
      `SELECT c.customer_id FROM (
          SELECT DISTINCT ON (customer_id) customer_id, to_tier_id
            FROM customer_tier_change
           WHERE deleted_at IS NULL AND customer_id > ?
           ORDER BY customer_id, created_at DESC, id DESC
        ) c
        WHERE c.to_tier_id IS NOT NULL
          AND (?::timestamptz IS NULL OR NOT EXISTS (
            SELECT 1 FROM sales_fact f
             WHERE f.customer_id = c.customer_id AND f.placed_at >= ?::timestamptz AND f.placed_at <= ?::timestamptz
               AND f.deleted_at IS NULL))
        ORDER BY c.customer_id LIMIT ?`,
      [after, since, since, now, size]
    )
    const ids = (rows as { customer_id: string }[]).map((r) => r.customer_id)
    await run(ids)
    if (ids.length < size) {
      break
    }
    after = ids[ids.length - 1]
  }
  return result
}
