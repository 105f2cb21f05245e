import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  deleteCustomerTierWorkflow,
  evaluateCustomerTiersInBatches,
  updateCustomerTierWorkflow,
} from "../../../../../workflows/customer-tier"
import { customerTierView } from "../views"
import type { AdminUpdateCustomerTierType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tier: await customerTierView(req.scope, req.params.id) })
}

/** Updates a tier (and its group's name); `rules`, when given, replaces its rules. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCustomerTierType>, res: MedusaResponse) => {
  await customerTierView(req.scope, req.params.id)
  await updateCustomerTierWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ tier: await customerTierView(req.scope, req.params.id) })
}

/**
 * Deletes a tier, its rules and its customer group, then re-evaluates the
 * customers who held it (they move to the tier they now qualify for, or none,
 * and the change is recorded with source "admin").
 */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await customerTierView(req.scope, req.params.id)
  await deleteCustomerTierWorkflow(req.scope).run({ input: { id: req.params.id } })
  const pg = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `SELECT c.customer_id FROM (
        SELECT DISTINCT ON (customer_id) customer_id, to_tier_id FROM customer_tier_change
         WHERE deleted_at IS NULL ORDER BY customer_id, created_at DESC, id DESC) c
      WHERE c.to_tier_id = ?`,
    [req.params.id]
  )
  const holders = (rows as { customer_id: string }[]).map((r) => r.customer_id)
  const evaluation = await evaluateCustomerTiersInBatches(req.scope, {
    source: "admin",
    actor_id: req.auth_context.actor_id,
    customer_ids: holders,
  })
  res.json({ id: req.params.id, object: "customer_tier", deleted: true, reevaluated: evaluation.evaluated })
}
