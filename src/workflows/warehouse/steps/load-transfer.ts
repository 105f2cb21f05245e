import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TransferAction, transferTransitionError } from "../../../lib/warehouse/transfer-transitions"
import { loadTransfer } from "../utils/warehouse-service"

export const loadTransferStepId = "warehouse-load-transfer"

/** A transfer with its lines (404 when missing); with `action`, a 400 when it is not allowed in its status. */
export const loadTransferStep = createStep(loadTransferStepId, async (input: { id: string; action?: TransferAction }, { container }) => {
  const transfer = await loadTransfer(container, input.id)
  if (input.action) {
    const error = transferTransitionError(transfer, input.action)
    if (error) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, error)
  }
  return new StepResponse(transfer)
})
