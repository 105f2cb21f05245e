import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type PerformanceModuleService from "../../../../../modules/performance/service"
import { PERFORMANCE_MODULE } from "../../../../../types/module-names"
import { createDealerTierRulesWorkflow } from "../../../../../workflows/performance/workflows/create-dealer-tier-rules"
import type { AdminCreateTierRuleType, AdminTierRulesQueryType } from "../validators"
import { tierRuleViews } from "../views"

/** Tier rules, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { active, from_tier_id, limit, offset } = req.validatedQuery as AdminTierRulesQueryType
  const filters: Record<string, unknown> = {}
  if (active !== undefined) filters.active = active
  if (from_tier_id) filters.from_tier_id = from_tier_id
  const [rules, count] = await req.scope
    .resolve<PerformanceModuleService>(PERFORMANCE_MODULE)
    .listAndCountDealerTierRules(filters, { skip: offset, take: limit, order: { created_at: "DESC" } })
  res.json({ tier_rules: await tierRuleViews(req.scope, rules), count, limit, offset })
}

/** Creates a tier rule. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const body = req.validatedBody as AdminCreateTierRuleType
  const { result } = await createDealerTierRulesWorkflow(req.scope).run({
    input: {
      rules: [
        {
          ...body,
          window_months: body.window_months ?? 3,
          min_active_customers: body.min_active_customers ?? 0,
          min_downline_sales: body.min_downline_sales ?? null,
          active: body.active ?? true,
          description: body.description ?? null,
        },
      ],
    },
  })
  const [rule] = await req.scope
    .resolve<PerformanceModuleService>(PERFORMANCE_MODULE)
    .listDealerTierRules({ id: (result as any[])[0].id })
  const [view] = await tierRuleViews(req.scope, [rule])
  res.status(201).json({ tier_rule: view })
}
