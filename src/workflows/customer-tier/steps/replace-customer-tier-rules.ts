import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerTierService } from "../utils/customer-tier-service"

export type CustomerTierRuleData = {
  window_months: number
  min_spend?: string | null
  currency_code?: string | null
  min_orders?: number | null
}

export const replaceCustomerTierRulesStepId = "replace-customer-tier-rules"

/**
 * Replaces a tier's rules with the given list (soft-deleting the old ones);
 * the compensation deletes the new rules and restores the old.
 *
 * @example
 * replaceCustomerTierRulesStep({ tier_id: "ctier_1", rules: [{ window_months: 12, min_spend: "5000", currency_code: "cny" }] })
 */
export const replaceCustomerTierRulesStep = createStep(
  replaceCustomerTierRulesStepId,
  async (input: { tier_id: string; rules: CustomerTierRuleData[] }, { container }) => {
    const service = customerTierService(container)
    const old = await service.listCustomerTierRules({ tier_id: input.tier_id }, { select: ["id"] })
    const removed = old.map((r) => r.id)
    if (removed.length) {
      await service.softDeleteCustomerTierRules(removed)
    }
    const created = input.rules.length
      ? await service.createCustomerTierRules(
          input.rules.map((r, position) => ({
            tier_id: input.tier_id,
            position,
            window_months: r.window_months,
            // A decimal string: Medusa's bigNumber keeps it exact (raw_min_spend).
            min_spend: (r.min_spend ?? null) as unknown as number | null,
            currency_code: r.min_spend != null && r.currency_code ? r.currency_code.toLowerCase() : null,
            min_orders: r.min_orders ?? null,
          }))
        )
      : []
    return new StepResponse(created, { removed, created: created.map((r) => r.id) })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = customerTierService(container)
    if (undo.created.length) {
      await service.deleteCustomerTierRules(undo.created)
    }
    if (undo.removed.length) {
      await service.restoreCustomerTierRules(undo.removed)
    }
  }
)
