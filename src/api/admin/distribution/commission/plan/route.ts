import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type CommissionModuleService from "../../../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../../../types/module-names"
import { saveCommissionPlanWorkflow } from "../../../../../workflows/commission/workflows/save-commission-plan"
import { normalizeRule } from "../../../../shared/commission-validators"
import { commissionRuleView, commissionSettings } from "../views"
import type { AdminSaveCommissionPlanType } from "../validators"

/** The commission plan (rules in order) and the plugin's commission settings. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const commission = req.scope.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const rules = await commission.listPlan()
  res.json({ rules: rules.map(commissionRuleView), settings: commissionSettings(commission) })
}

/** Replaces the plan; orders already split keep the rules they were split with. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSaveCommissionPlanType>, res: MedusaResponse) => {
  await saveCommissionPlanWorkflow(req.scope).run({
    input: { rules: req.validatedBody.rules.map(normalizeRule) },
  })
  return GET(req, res)
}
