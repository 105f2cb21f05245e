import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type CommissionModuleService from "../../../modules/commission/service"
import { COMMISSION_MODULE } from "../../../types/module-names"
import type { PreparedOrderAccrual } from "./prepare-order-accrual"

export const recordOrderCommissionStepId = "record-order-commission"

/**
 * Writes the order's split and its accruals in one transaction, exactly once
 * (unique order id and idempotency keys). No compensation: the accruals are
 * facts about a placed order, true whatever a later step does, and a retry
 * finds them already written; a correction is always a new entry.
 *
 * @example
 * recordOrderCommissionStep(prepared)
 */
export const recordOrderCommissionStep = createStep(
  recordOrderCommissionStepId,
  async (prepared: PreparedOrderAccrual, { container }) => {
    if (!prepared) {
      return new StepResponse({ created: false, inserted: 0 })
    }
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    return new StepResponse(await commission.recordOrderCommission(prepared.order_commission, prepared.entries))
  }
)
