import { MedusaError } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { DealerApplicationStatus } from "../../../types/dealer-application-status"
import { retrievePendingApplicationStep } from "../steps/retrieve-pending-application"
import { updateDealerApplicationStep } from "../steps/update-dealer-application"
import { createDealerWorkflow } from "./create-dealer"

export type ApproveDealerApplicationInput = {
  id: string
  actor_id?: string | null
  /** Overrides of what the applicant asked for. */
  tier_id?: string
  /** null places the new dealer directly under the producer. */
  parent_id?: string | null
  code?: string
  display_name?: string
}

export const approveDealerApplicationWorkflowId = "approve-dealer-application"

/**
 * Approves an application: creates the dealer (tier, upline, code, customer
 * group membership) through the create-dealer workflow and marks the
 * application approved. A failure anywhere undoes all of it.
 *
 * @example
 * const { result } = await approveDealerApplicationWorkflow(container).run({ input: { id: "dapp_1", actor_id: "user_1", tier_id: "dtier_3" } })
 */
export const approveDealerApplicationWorkflow = createWorkflow(
  approveDealerApplicationWorkflowId,
  (input: ApproveDealerApplicationInput) => {
    const application = retrievePendingApplicationStep(transform(input, ({ id }) => ({ id })))

    const dealerInput = transform({ input, application }, ({ input, application }) => {
      const tier_id = input.tier_id ?? application.requested_tier_id
      if (!tier_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "The application names no tier; choose one (tier_id) to approve it."
        )
      }
      return {
        actor_id: input.actor_id ?? null,
        reason: `Application ${application.id} approved`,
        dealer: {
          customer_id: application.customer_id,
          tier_id,
          parent_id: input.parent_id !== undefined ? input.parent_id : application.desired_parent_id,
          code: input.code ?? null,
          display_name: input.display_name ?? application.company_name ?? application.contact_name,
          company_name: application.company_name,
          contact_name: application.contact_name,
          phone: application.phone,
          email: application.email,
          region: application.region,
          address: application.address,
        },
      }
    })

    const dealer = createDealerWorkflow.runAsStep({ input: dealerInput })

    const approved = updateDealerApplicationStep(
      transform({ input, dealer }, ({ input, dealer }) => ({
        id: input.id,
        status: DealerApplicationStatus.APPROVED,
        reviewed_by: input.actor_id ?? null,
        reviewed_at: new Date(),
        dealer_id: dealer.id,
      }))
    )
    return new WorkflowResponse({ application: approved, dealer })
  }
)
