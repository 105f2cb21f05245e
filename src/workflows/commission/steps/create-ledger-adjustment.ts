import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type CommissionModuleService from "../../../modules/commission/service"
import type DistributionModuleService from "../../../modules/distribution/service"
import { COMMISSION_MODULE, DISTRIBUTION_MODULE } from "../../../types/module-names"

export type CreateLedgerAdjustmentInput = {
  dealer_id: string
  /** Signed decimal string. */
  amount: string
  currency_code: string
  reason: string
  created_by: string | null
  /** The client's key for this adjustment: a retried request writes it once. */
  idempotency_key: string
}

export const createLedgerAdjustmentStepId = "create-ledger-adjustment"

/**
 * Appends a manual adjustment (positive or negative, immediately available)
 * to a dealer's ledger. No compensation: it is the workflow's only write,
 * and the ledger is append-only — a mistaken adjustment is corrected by
 * another one, visible in the statement.
 *
 * @example
 * const entry = createLedgerAdjustmentStep({ dealer_id: "dlr_1", amount: "-20.00", currency_code: "cny", reason: "Damaged goods", created_by: "user_1", idempotency_key: "adj_1" })
 */
export const createLedgerAdjustmentStep = createStep(
  createLedgerAdjustmentStepId,
  async (input: CreateLedgerAdjustmentInput, { container }) => {
    const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const [dealer] = await distribution.listDealers({ id: input.dealer_id }, { select: ["id"] })
    if (!dealer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dealer with id: ${input.dealer_id} was not found`)
    }
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const key = `adjustment:${input.idempotency_key}`
    await commission.appendEntries([
      {
        idempotency_key: key,
        dealer_id: input.dealer_id,
        kind: "adjustment",
        status: "available",
        amount: input.amount,
        currency_code: input.currency_code,
        reason: input.reason,
        created_by: input.created_by,
      },
    ])
    const [entry] = await commission.listCommissionEntries({ idempotency_key: key })
    if (entry.dealer_id !== input.dealer_id || (entry as any).raw_amount?.value !== input.amount) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "This idempotency key was already used for another adjustment.")
    }
    return new StepResponse({ id: entry.id })
  }
)
