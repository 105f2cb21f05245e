import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createStockCountStep, CreateStockCountStepInput } from "../steps/create-stock-count"

export const createStockCountWorkflowId = "warehouse-create-stock-count"

/**
 * Starts a stock count (盘点) of a location, all items or a filtered set:
 * the system's stocked quantities are snapshotted now.
 *
 * @example
 * await createStockCountWorkflow(container).run({ input: { location_id, q: "TEA", actor_id } })
 */
export const createStockCountWorkflow = createWorkflow(createStockCountWorkflowId, (input: CreateStockCountStepInput) => {
  return new WorkflowResponse(createStockCountStep(input))
})
