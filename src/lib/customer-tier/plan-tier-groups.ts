/** One customer group's membership changes. */
export type GroupMembershipChange = { customer_group_id: string; add: string[]; remove: string[] }

/**
 * What must change in the tiers' customer groups so that each customer is in
 * exactly its tier's group (none for no tier) and in no other tier's group.
 * Only real differences are listed, so applying the plan twice changes
 * nothing the second time. Groups other than tier groups are never touched.
 */
export function planTierGroupMemberships(input: {
  /** customer_id → the group of the tier it belongs in (null: no tier). */
  targets: Map<string, string | null>
  /** Every tier's customer group. */
  tier_group_ids: string[]
  /** Current memberships of these customers in tier groups. */
  memberships: { customer_id: string; customer_group_id: string }[]
}): GroupMembershipChange[] {
  const tierGroups = new Set(input.tier_group_ids)
  const member = new Set(input.memberships.map((m) => `${m.customer_id}\u0000${m.customer_group_id}`))
  const changes = new Map<string, GroupMembershipChange>()
  const changeOf = (groupId: string) => {
    let change = changes.get(groupId)
    if (!change) {
      change = { customer_group_id: groupId, add: [], remove: [] }
      changes.set(groupId, change)
    }
    return change
  }
  for (const [customerId, target] of input.targets) {
    if (target && tierGroups.has(target) && !member.has(`${customerId}\u0000${target}`)) {
      changeOf(target).add.push(customerId)
    }
    for (const m of input.memberships) {
      if (m.customer_id === customerId && m.customer_group_id !== target && tierGroups.has(m.customer_group_id)) {
        changeOf(m.customer_group_id).remove.push(customerId)
      }
    }
  }
  return [...changes.values()].sort((a, b) => a.customer_group_id.localeCompare(b.customer_group_id))
}
