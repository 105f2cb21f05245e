import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CustomerTierChangeSource } from "../../../types/customer-tier"
import { customerTierService } from "../utils/customer-tier-service"
import type { CustomerTierChangeDraft } from "./decide-customer-tiers"

export type RecordCustomerTierChangesInput = {
  changes: CustomerTierChangeDraft[]
  source: CustomerTierChangeSource
  order_id?: string | null
  actor_id?: string | null
}

export const recordCustomerTierChangesStepId = "record-customer-tier-changes"

/**
 * Records the tier changes decided for this run; the compensation deletes
 * them, so a failed run leaves the history as it was.
 *
 * @example
 * recordCustomerTierChangesStep({ changes, source: "order", order_id: "order_1" })
 */
export const recordCustomerTierChangesStep = createStep(
  recordCustomerTierChangesStepId,
  async (input: RecordCustomerTierChangesInput, { container }) => {
    if (!input.changes.length) {
      return new StepResponse([], [] as string[])
    }
    const service = customerTierService(container)
    const created = await service.createCustomerTierChanges(
      input.changes.map((c) => ({
        customer_id: c.customer_id,
        from_tier_id: c.from_tier_id,
        to_tier_id: c.to_tier_id,
        reason: c.reason,
        rule: c.rule as unknown as Record<string, unknown> | null,
        source: input.source,
        order_id: input.source === "order" ? input.order_id ?? null : null,
        actor_id: input.actor_id ?? null,
      }))
    )
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await customerTierService(container).deleteCustomerTierChanges(ids)
  }
)
