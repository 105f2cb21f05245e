import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type PerformanceModuleService from "../../../../../../modules/performance/service"
import { PERFORMANCE_MODULE } from "../../../../../../types/module-names"
import { deleteDealerTierRulesWorkflow } from "../../../../../../workflows/performance/workflows/delete-dealer-tier-rules"
import { updateDealerTierRuleWorkflow } from "../../../../../../workflows/performance/workflows/update-dealer-tier-rule"
import type { AdminUpdateTierRuleType } from "../../validators"
import { tierRuleViews } from "../../views"

async function ruleView(req: AuthenticatedMedusaRequest) {
  const [rule] = await req.scope
    .resolve<PerformanceModuleService>(PERFORMANCE_MODULE)
    .listDealerTierRules({ id: req.params.id })
  if (!rule) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Tier rule with id: ${req.params.id} was not found`)
  }
  const [view] = await tierRuleViews(req.scope, [rule])
  return view
}

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ tier_rule: await ruleView(req) })
}

/** Updates a tier rule (any of its fields). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await ruleView(req)
  await updateDealerTierRuleWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody as AdminUpdateTierRuleType },
  })
  res.json({ tier_rule: await ruleView(req) })
}

/** Deletes a tier rule; its proposals keep their snapshot of it. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await ruleView(req)
  await deleteDealerTierRulesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "tier_rule", deleted: true })
}
