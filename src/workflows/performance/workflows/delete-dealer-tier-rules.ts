import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteTierRulesStep } from "../steps/delete-tier-rules"

export type DeleteDealerTierRulesInput = { ids: string[] }

export const deleteDealerTierRulesWorkflowId = "delete-dealer-tier-rules"

/**
 * Deletes tier rules. Their proposals stay, with the rule's snapshot.
 *
 * @example
 * await deleteDealerTierRulesWorkflow(container).run({ input: { ids: ["dtrule_1"] } })
 */
export const deleteDealerTierRulesWorkflow = createWorkflow(
  deleteDealerTierRulesWorkflowId,
  (input: DeleteDealerTierRulesInput) => {
    const ids = deleteTierRulesStep(input.ids)
    return new WorkflowResponse(ids)
  }
)
