import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hashVisitorIp, newVisitorToken } from "../../../../lib/attribution/visitor"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"
import { recordReferralTouchWorkflow } from "../../../../workflows"
import { isUnknownReferralCode, recordUnknownReferralCode } from "./rate-limit"

type TouchBody = { code: string; cart_id?: string | null; visitor_token?: string | null }

/** The handler behind visit and attach: they differ only in how refusals are treated. */
export function recordTouchRoute(source: "link" | "code") {
  return async (req: AuthenticatedMedusaRequest<TouchBody>, res: MedusaResponse) => {
    const options = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).getOptions()
    const body = req.validatedBody
    const { result } = await recordReferralTouchWorkflow(req.scope).run({
      input: {
        code: body.code,
        source,
        cart_id: body.cart_id ?? null,
        visitor_token: body.visitor_token ?? newVisitorToken(),
        customer_id: req.auth_context?.actor_id || null,
        user_agent: req.get("user-agent")?.slice(0, 500) ?? null,
        ip_hash: hashVisitorIp(req.ip, options.visit_ip_salt),
        bind_on_visit: options.bind_on === "visit",
      },
    }).catch(async (error) => {
      // A code that does not exist spends the much smaller guessing budget.
      if (isUnknownReferralCode(error)) {
        await recordUnknownReferralCode(req)
      }
      throw error
    })
    res.json(result)
  }
}
