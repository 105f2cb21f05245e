import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { scheduledBatchKey } from "../lib/payout/payout-schedule"
import type PayoutModuleService from "../modules/payout/service"
import { PAYOUT_MODULE } from "../types/module-names"
import { createPayoutBatchWorkflow } from "../workflows/payout/workflows/create-payout-batch"

/**
 * Hourly: on or after the configured day of the month (`payout_schedule`,
 * merchant's time zone), makes that month's draft batch for the admin to
 * review and approve. The batch's schedule key is unique, so however often
 * this runs (several workers, restarts), a month gets one batch; a month in
 * which nobody is owed enough gets none and is tried again the next hour.
 */
export default async function createScheduledPayoutBatch(container: MedusaContainer) {
  const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
  const { payout_schedule, timezone } = payouts.getOptions()
  const key = scheduledBatchKey(new Date(), payout_schedule, timezone)
  if (!key || !payout_schedule) {
    return
  }
  const [existing] = await payouts.listPayoutBatches({ schedule_key: key }, { select: ["id"], withDeleted: false })
  if (existing) {
    return
  }
  const { errors } = await createPayoutBatchWorkflow(container).run({
    input: {
      currency_code: payout_schedule.currency_code,
      provider_id: payout_schedule.provider_id,
      source: "schedule",
      schedule_key: key,
      note: null,
      created_by: null,
      require_any: true,
    },
    throwOnError: false,
  })
  if (errors?.length) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Scheduled payout batch ${key}: ${errors[0].error?.message}`)
  }
}

export const config = {
  name: "distribution-create-scheduled-payout-batch",
  schedule: "5 * * * *",
}
