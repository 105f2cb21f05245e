import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerTierService } from "../utils/customer-tier-service"

export const deleteCustomerTierStepId = "delete-customer-tier"

/**
 * Soft-deletes a customer tier and its rules (its change history stays);
 * returns the tier; the compensation restores both.
 *
 * @example
 * const tier = deleteCustomerTierStep("ctier_1")
 */
export const deleteCustomerTierStep = createStep(
  deleteCustomerTierStepId,
  async (id: string, { container }) => {
    const service = customerTierService(container)
    const tier = await service.retrieveCustomerTier(id)
    const rules = await service.listCustomerTierRules({ tier_id: id }, { select: ["id"] })
    await service.softDeleteCustomerTierRules(rules.map((r) => r.id))
    await service.softDeleteCustomerTiers([id])
    return new StepResponse(tier, { id, rule_ids: rules.map((r) => r.id) })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = customerTierService(container)
    await service.restoreCustomerTiers([undo.id])
    if (undo.rule_ids.length) {
      await service.restoreCustomerTierRules(undo.rule_ids)
    }
  }
)
