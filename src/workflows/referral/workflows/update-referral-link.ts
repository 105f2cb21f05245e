import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateReferralLinkStep, UpdateReferralLinkData } from "../steps/update-referral-link"

export const updateReferralLinkWorkflowId = "update-referral-link"

/**
 * Renames, pauses, resumes or re-dates a referral link. A paused or expired
 * link still resolves but attributes nothing.
 *
 * @example
 * await updateReferralLinkWorkflow(container).run({ input: { id: "rlink_1", status: "paused" } })
 */
export const updateReferralLinkWorkflow = createWorkflow(
  updateReferralLinkWorkflowId,
  (input: UpdateReferralLinkData) => new WorkflowResponse(updateReferralLinkStep(input))
)
