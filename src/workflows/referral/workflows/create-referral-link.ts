import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { resolveDealerCodeStep } from "../../distribution/steps/resolve-dealer-code"
import { retrieveDealerStep } from "../../distribution/steps/retrieve-dealer"
import { createReferralLinkStep } from "../steps/create-referral-link"
import { resolveLinkTargetStep } from "../steps/resolve-link-target"

export type CreateReferralLinkInput = {
  dealer_id: string
  name: string
  target_type: "home" | "product" | "collection"
  target_id?: string | null
  expires_at?: Date | string | null
  code?: string | null
}

/** Campaign codes are longer than dealer codes: there are many more of them. */
const CAMPAIGN_CODE_LENGTH = 8

export const createReferralLinkWorkflowId = "create-referral-link"

/**
 * Gives a dealer a campaign link with its own short code, pointing at the
 * storefront's home, a product or a collection, optionally expiring.
 *
 * @example
 * await createReferralLinkWorkflow(container).run({ input: { dealer_id: "dlr_1", name: "Spring tea", target_type: "product", target_id: "prod_1" } })
 */
export const createReferralLinkWorkflow = createWorkflow(
  createReferralLinkWorkflowId,
  (input: CreateReferralLinkInput) => {
    retrieveDealerStep(transform(input, ({ dealer_id }) => ({ id: dealer_id })))
    const target = resolveLinkTargetStep(
      transform(input, ({ target_type, target_id }) => ({ target_type, target_id }))
    )
    const code = resolveDealerCodeStep(
      transform(input, ({ code }) => ({ code, length: CAMPAIGN_CODE_LENGTH }))
    )
    const link = createReferralLinkStep(
      transform({ input, target, code }, ({ input, target, code }) => ({
        dealer_id: input.dealer_id,
        kind: "campaign" as const,
        code,
        name: input.name,
        expires_at: input.expires_at ?? null,
        ...target,
      }))
    )
    return new WorkflowResponse(link)
  }
)
