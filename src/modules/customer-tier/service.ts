import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { CustomerTier } from "./models/customer-tier"
import { CustomerTierChange } from "./models/customer-tier-change"
import { CustomerTierRule } from "./models/customer-tier-rule"
import { textArray } from "../../lib/sql/text-array"

type SqlManager = { execute: (sql: string, params?: unknown[]) => Promise<any[]> }

class CustomerTierModuleService extends MedusaService({
  CustomerTier,
  CustomerTierRule,
  CustomerTierChange,
}) {
  /**
   * Each customer's current tier: the `to_tier_id` of its latest change (one
   * index range per customer on (customer_id, created_at)). Customers without
   * any change are absent from the map (no tier).
   */
  @InjectManager()
  async currentTierIds(
    customerIds: string[],
    @MedusaContext() sharedContext: Context = {}
  ): Promise<Map<string, string | null>> {
    const current = new Map<string, string | null>()
    if (!customerIds.length) {
      return current
    }
    const manager = sharedContext.manager as unknown as SqlManager
    const rows = await manager.execute(
      `SELECT DISTINCT ON (customer_id) customer_id, to_tier_id
       FROM customer_tier_change
       WHERE customer_id = ANY(?::text[]) AND deleted_at IS NULL
       ORDER BY customer_id, created_at DESC, id DESC`,
      [textArray(customerIds)]
    )
    for (const row of rows) {
      current.set(row.customer_id, row.to_tier_id ?? null)
    }
    return current
  }
}

export default CustomerTierModuleService
