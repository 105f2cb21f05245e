import { linkCustomersToCustomerGroupWorkflow } from "@medusajs/medusa/core-flows"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { GroupMembershipChange } from "../../../lib/customer-tier/plan-tier-groups"

export const syncCustomerTierGroupsStepId = "sync-customer-tier-groups"

async function apply(container: Parameters<typeof linkCustomersToCustomerGroupWorkflow>[0], change: GroupMembershipChange) {
  await linkCustomersToCustomerGroupWorkflow(container).run({
    input: { id: change.customer_group_id, add: change.add, remove: change.remove },
  })
}

const inverse = (change: GroupMembershipChange): GroupMembershipChange => ({
  customer_group_id: change.customer_group_id,
  add: change.remove,
  remove: change.add,
})

/**
 * Moves customers between the tiers' customer groups with Medusa's own
 * `linkCustomersToCustomerGroupWorkflow`, one run per group that changes.
 * The plan lists only real differences, so the compensation (the inverse
 * plan) restores exactly the memberships there were; a group that fails
 * half-way undoes the groups already done before the error goes up.
 *
 * @example
 * syncCustomerTierGroupsStep([{ customer_group_id: "cusgroup_vip", add: ["cus_1"], remove: [] }])
 */
export const syncCustomerTierGroupsStep = createStep(
  syncCustomerTierGroupsStepId,
  async (changes: GroupMembershipChange[], { container }) => {
    const done: GroupMembershipChange[] = []
    try {
      for (const change of changes) {
        if (!change.add.length && !change.remove.length) {
          continue
        }
        await apply(container, change)
        done.push(change)
      }
    } catch (error) {
      for (const change of done.reverse()) {
        await apply(container, inverse(change))
      }
      throw error
    }
    return new StepResponse(done.length, done)
  },
  async (done, { container }) => {
    for (const change of [...(done ?? [])].reverse()) {
      await apply(container, inverse(change))
    }
  }
)
