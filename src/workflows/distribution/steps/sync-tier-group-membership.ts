import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type TierGroupMembershipInput = {
  customer_id: string
  /** The tier group the customer must leave, if any. */
  leave_group_id?: string | null
  /** The tier group the customer must be in, if any. */
  join_group_id?: string | null
}

type Pair = { customer_id: string; customer_group_id: string }

export const syncTierGroupMembershipStepId = "sync-tier-group-membership"

/**
 * Puts a dealer's customer account into its tier's customer group and out of
 * the previous one. Only what actually changes is written, so a retried step
 * is harmless and the compensation undoes exactly its own changes.
 *
 * @example
 * syncTierGroupMembershipStep({ customer_id: "cus_1", leave_group_id: "cusgroup_t3", join_group_id: "cusgroup_t2" })
 */
export const syncTierGroupMembershipStep = createStep(
  syncTierGroupMembershipStepId,
  async (input: TierGroupMembershipInput, { container }) => {
    const { customer_id, leave_group_id, join_group_id } = input
    if (leave_group_id === join_group_id || (!leave_group_id && !join_group_id)) {
      return new StepResponse(void 0, { added: [] as Pair[], removed: [] as Pair[] })
    }
    const customers = container.resolve(Modules.CUSTOMER)
    const current = await customers.listCustomerGroupCustomers({
      customer_id,
      customer_group_id: [leave_group_id, join_group_id].filter(Boolean) as string[],
    })
    const isMember = (groupId: string) => current.some((m) => m.customer_group_id === groupId)

    const removed: Pair[] = []
    const added: Pair[] = []
    if (leave_group_id && isMember(leave_group_id)) {
      removed.push({ customer_id, customer_group_id: leave_group_id })
    }
    if (join_group_id && !isMember(join_group_id)) {
      added.push({ customer_id, customer_group_id: join_group_id })
    }
    if (removed.length) {
      await customers.removeCustomerFromGroup(removed)
    }
    if (added.length) {
      await customers.addCustomerToGroup(added)
    }
    return new StepResponse(void 0, { added, removed })
  },
  async (changes, { container }) => {
    if (!changes) {
      return
    }
    const customers = container.resolve(Modules.CUSTOMER)
    if (changes.added.length) {
      await customers.removeCustomerFromGroup(changes.added)
    }
    if (changes.removed.length) {
      await customers.addCustomerToGroup(changes.removed)
    }
  }
)
