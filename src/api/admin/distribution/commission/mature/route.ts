import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { matureOrderCommissionsWorkflow } from "../../../../../workflows/commission/workflows/mature-order-commissions"

/** Runs maturation now for every order (what the hourly job does). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await matureOrderCommissionsWorkflow(req.scope).run({
    input: { actor_id: req.auth_context.actor_id },
  })
  res.json({ matured_orders: result.orders, matured: result.entries })
}
