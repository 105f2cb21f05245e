import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CustomerTierChangeSource } from "../../../types/customer-tier"
import { decideCustomerTiersStep } from "../steps/decide-customer-tiers"
import { recordCustomerTierChangesStep } from "../steps/record-customer-tier-changes"
import { syncCustomerTierGroupsStep } from "../steps/sync-customer-tier-groups"
import { CUSTOMER_TIER_LOCK, customerTierLockKey } from "../utils/customer-tier-service"

export type EvaluateCustomerTiersInput = {
  customer_ids: string[]
  /** What triggered the run; recorded on each change. Default "admin". */
  source?: CustomerTierChangeSource
  /** The placed order behind an `order` run. */
  order_id?: string | null
  /** That order's customer, when the caller has read it (saves reading the order again). */
  order_customer_id?: string | null
  actor_id?: string | null
  /** ISO instant the rule windows end at; now when absent (tests and the job pass a clock). */
  now?: string | null
}

export const evaluateCustomerTiersWorkflowId = "evaluate-customer-tiers"

/**
 * Puts each customer in the highest-ranked tier one of whose rules it meets
 * (or in none): moves it between the tiers' Medusa customer groups and
 * records a change when its tier changed. Idempotent: a second run with the
 * same figures changes nothing and records nothing; the customers' locks
 * keep an order's run and the daily job from recording the same change twice.
 *
 * @example
 * const { result } = await evaluateCustomerTiersWorkflow(container).run({
 *   input: { customer_ids: ["cus_1"], source: "order", order_id: "order_1", order_customer_id: "cus_1" },
 * })
 */
export const evaluateCustomerTiersWorkflow = createWorkflow(
  evaluateCustomerTiersWorkflowId,
  (input: EvaluateCustomerTiersInput) => {
    const keys = transform(input, ({ customer_ids }) => [...new Set(customer_ids)].sort().map(customerTierLockKey))
    acquireLockStep({ key: keys, ...CUSTOMER_TIER_LOCK })
    const decisions = decideCustomerTiersStep(
      transform(input, ({ customer_ids, now, order_id, order_customer_id }) => ({ customer_ids, now, order_id, order_customer_id }))
    )
    syncCustomerTierGroupsStep(transform(decisions, (d) => d.groups))
    const recorded = recordCustomerTierChangesStep(
      transform({ input, decisions }, ({ input, decisions }) => ({
        changes: decisions.changes,
        source: input.source ?? "admin",
        order_id: input.order_id ?? null,
        actor_id: input.actor_id ?? null,
      }))
    )
    releaseLockStep({ key: keys })
    return new WorkflowResponse(
      transform({ decisions, recorded }, ({ decisions, recorded }) => ({
        evaluated: decisions.evaluated,
        changed: recorded.length,
        changes: recorded,
        groups_changed: decisions.groups.length,
      }))
    )
  }
)
