import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCustomerTierWorkflow } from "../../../../workflows/customer-tier"
import { customerTierView, listCustomerTierViews } from "./views"
import type { AdminCreateCustomerTierType } from "./validators"

/** Every customer tier, highest rank first, with its rules and how many customers are in it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const tiers = await listCustomerTierViews(req.scope)
  res.json({ tiers, count: tiers.length })
}

/** Creates a tier with its Medusa customer group and its rules. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCustomerTierType>, res: MedusaResponse) => {
  const { result } = await createCustomerTierWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ tier: await customerTierView(req.scope, result.id) })
}
