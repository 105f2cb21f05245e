import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isUnknownReferralCode } from "../../../../lib/attribution/referral-code-errors"
import { hashVisitorIp, newVisitorToken } from "../../../../lib/attribution/visitor"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"
import { recordReferralTouchWorkflow } from "../../../../workflows"
import { recordReferralTouch } from "../../../../workflows/referral/steps/record-touch"
import { recordUnknownReferralCode } from "./rate-limit"

type TouchBody = { code: string; cart_id?: string | null; visitor_token?: string | null }

/** The handler behind visit and attach: they differ only in how refusals are treated. */
export function recordTouchRoute(source: "link" | "code") {
  return async (req: AuthenticatedMedusaRequest<TouchBody>, res: MedusaResponse) => {
    const options = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE).getOptions()
    const body = req.validatedBody
    const input = {
      code: body.code,
      source,
      cart_id: body.cart_id ?? null,
      visitor_token: body.visitor_token ?? newVisitorToken(),
      customer_id: req.auth_context?.actor_id || null,
      user_agent: req.get("user-agent")?.slice(0, 500) ?? null,
      ip_hash: hashVisitorIp(req.ip, options.visit_ip_salt),
      bind_on_visit: options.bind_on === "visit",
    }
    try {
      // A touch is one write, so without a binding to make there is nothing
      // to compensate: the route calls the workflow's step function directly
      // (the storefront's hot path). Binding on visit runs the workflow.
      const result = input.bind_on_visit
        ? (await recordReferralTouchWorkflow(req.scope).run({ input })).result
        : (await recordReferralTouch(req.scope, input)).result
      res.json(result)
    } catch (error) {
      // A code that does not exist spends the much smaller guessing budget.
      if (isUnknownReferralCode(error)) {
        await recordUnknownReferralCode(req)
      }
      throw error
    }
  }
}
