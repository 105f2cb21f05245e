import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type PayoutModuleService from "../../../modules/payout/service"
import { PAYOUT_MODULE } from "../../../types/module-names"
import type { PayoutBatchSource } from "../../../types/payout"

export type CreatePayoutBatchRowInput = {
  currency_code: string
  provider_id: string
  source: PayoutBatchSource
  note?: string | null
  schedule_key?: string | null
  created_by?: string | null
}

export const createPayoutBatchRowStepId = "create-payout-batch-row"

/** The draft batch itself; removed again if the payouts can't be made. */
export const createPayoutBatchRowStep = createStep(
  createPayoutBatchRowStepId,
  async (input: CreatePayoutBatchRowInput, { container }) => {
    const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    const batch = await payouts.createPayoutBatches({
      currency_code: input.currency_code.toLowerCase(),
      provider_id: input.provider_id,
      source: input.source,
      status: "draft",
      note: input.note ?? null,
      schedule_key: input.schedule_key ?? null,
      created_by: input.created_by ?? null,
    })
    return new StepResponse(batch, batch.id)
  },
  async (batchId, { container }) => {
    if (batchId) {
      await container.resolve<PayoutModuleService>(PAYOUT_MODULE).deletePayoutBatches(batchId)
    }
  }
)
