import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { customerTierService } from "../../../../../workflows/customer-tier/utils/customer-tier-service"
import { changeViews } from "../views"
import type { AdminCustomerTierChangesQueryType } from "../validators"

/** Tier changes, newest first; filters customer_id, tier_id (into or out of), source. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { customer_id, tier_id, source, limit, offset } = req.validatedQuery as AdminCustomerTierChangesQueryType
  const filters: Record<string, unknown> = {}
  if (customer_id) filters.customer_id = customer_id
  if (source) filters.source = source
  if (tier_id) filters.$or = [{ from_tier_id: tier_id }, { to_tier_id: tier_id }]
  const [changes, count] = await customerTierService(req.scope).listAndCountCustomerTierChanges(filters, {
    order: { created_at: "DESC", id: "DESC" },
    take: limit,
    skip: offset,
  })
  res.json({ changes: await changeViews(req.scope, changes), count, limit, offset })
}
