import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import Decimal from "decimal.js"
import {
  addOrderFigures,
  CustomerFigures,
  decideCustomerTier,
  RuleSnapshot,
  TierInput,
} from "../../../lib/customer-tier/decide-customer-tier"
import { GroupMembershipChange, planTierGroupMemberships } from "../../../lib/customer-tier/plan-tier-groups"
import { ruleWindows, windowStart } from "../../../lib/customer-tier/tier-window"
import { loadCommissionOrderStates } from "../../commission/utils/load-order-states"
import { customerTierService } from "../utils/customer-tier-service"
import { measureCustomerFigures } from "../utils/measure-customer-figures"

export type DecideCustomerTiersInput = {
  customer_ids: string[]
  /** ISO instant the windows end at (the job's clock); now when absent. */
  now?: string | null
  /** The order that triggered the evaluation: read from the order itself, not from its facts. */
  order_id?: string | null
  /** That order's customer if the caller read it already; read from the order when absent. */
  order_customer_id?: string | null
}

export type CustomerTierChangeDraft = {
  customer_id: string
  from_tier_id: string | null
  to_tier_id: string | null
  reason: string
  rule: RuleSnapshot | null
}

export type CustomerTierDecisions = {
  evaluated: number
  changes: CustomerTierChangeDraft[]
  groups: GroupMembershipChange[]
}

export const decideCustomerTiersStepId = "decide-customer-tiers"

/**
 * Measures each customer against every tier's rules and decides its tier
 * (pure `decideCustomerTier`), then lists the tier changes to record (only
 * where the tier differs from the latest recorded one) and the tier-group
 * memberships to fix. Reads only; runs under the customers' locks.
 *
 * The triggering order (if any) is measured from Medusa's order and left out
 * of the sales facts: its facts are written by the attribution and accrual
 * subscriber, which runs alongside this one, so they may or may not be there
 * yet. Either way the order counts exactly once.
 *
 * @example
 * const decisions = decideCustomerTiersStep({ customer_ids: ["cus_1"], order_id: "order_1" })
 */
export const decideCustomerTiersStep = createStep(
  decideCustomerTiersStepId,
  async (input: DecideCustomerTiersInput, { container }) => {
    const customerIds = [...new Set(input.customer_ids)].filter(Boolean)
    const service = customerTierService(container)
    const tiers = await service.listCustomerTiers({}, { relations: ["rules"] })
    const tierInputs: TierInput[] = tiers.map((t) => ({
      id: t.id,
      code: t.code,
      rank: t.rank,
      rules: [...(t.rules ?? [])]
        .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id))
        .map((r) => ({
          id: r.id,
          window_months: r.window_months,
          min_spend: decimalText(r.raw_min_spend, r.min_spend),
          currency_code: r.currency_code ?? null,
          min_orders: r.min_orders ?? null,
        })),
    }))
    const now = input.now ? new Date(input.now) : new Date()
    const windowStarts: Record<number, Date> = {}
    for (const months of ruleWindows(tierInputs.flatMap((t) => t.rules))) {
      windowStarts[months] = windowStart(now, months)
    }

    const figures = await measureCustomerFigures(container, {
      customer_ids: customerIds,
      window_starts: windowStarts,
      now,
      exclude_order_id: input.order_id ?? null,
    })
    if (input.order_id) {
      await addTriggeringOrder(container, input.order_id, input.order_customer_id ?? null, customerIds, figures, windowStarts)
    }

    const current = await service.currentTierIds(customerIds)
    const groupOf = new Map(tiers.map((t) => [t.id, t.customer_group_id ?? null]))
    const tierGroupIds = tiers.map((t) => t.customer_group_id).filter(Boolean) as string[]
    const memberships = tierGroupIds.length
      ? await container
          .resolve(Modules.CUSTOMER)
          .listCustomerGroupCustomers(
            { customer_id: customerIds, customer_group_id: tierGroupIds },
            { select: ["customer_id", "customer_group_id"] }
          )
      : []

    const targets = new Map<string, string | null>()
    const changes: CustomerTierChangeDraft[] = []
    for (const customerId of customerIds) {
      const decision = decideCustomerTier(tierInputs, figures.get(customerId) ?? {})
      targets.set(customerId, decision.tier_id ? groupOf.get(decision.tier_id) ?? null : null)
      const from = current.get(customerId) ?? null
      if (from !== decision.tier_id) {
        changes.push({
          customer_id: customerId,
          from_tier_id: from,
          to_tier_id: decision.tier_id,
          reason: decision.reason,
          rule: decision.rule,
        })
      }
    }
    const groups = planTierGroupMemberships({
      targets,
      tier_group_ids: tierGroupIds,
      memberships: memberships.map((m) => ({ customer_id: m.customer_id, customer_group_id: m.customer_group_id })),
    })
    return new StepResponse<CustomerTierDecisions>({ evaluated: customerIds.length, changes, groups })
  }
)

/** A bigNumber column as an exact decimal string (its raw value when there is one). */
function decimalText(raw: unknown, value: unknown): string | null {
  const exact = (raw as { value?: string } | null)?.value
  if (exact != null) {
    return new Decimal(exact).toString()
  }
  return value == null ? null : new Decimal(String(value)).toString()
}

/** Adds the triggering order (net of discounts, before tax and shipping, as its facts will hold it) to its customer. */
async function addTriggeringOrder(
  container: Parameters<typeof loadCommissionOrderStates>[0],
  orderId: string,
  knownCustomerId: string | null,
  customerIds: string[],
  figures: Map<string, CustomerFigures>,
  windowStarts: Record<number, Date>
) {
  const customerId = knownCustomerId ?? (await orderCustomerId(container, orderId))
  if (!customerId || !customerIds.includes(customerId)) {
    return
  }
  const [state] = await loadCommissionOrderStates(container, [orderId])
  if (!state) {
    return
  }
  const net = state.canceled ? "0" : state.lines.reduce((sum, l) => sum.plus(l.net), new Decimal(0)).toString()
  const counts = !state.canceled && state.lines.some((l) => l.quantity > l.returned_quantity)
  figures.set(
    customerId,
    addOrderFigures(
      figures.get(customerId) ?? {},
      { placed_at: state.created_at, currency_code: state.currency_code, net, counts },
      windowStarts
    )
  )
}

async function orderCustomerId(container: Parameters<typeof loadCommissionOrderStates>[0], orderId: string) {
  const query = container.resolve("query")
  const { data } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } })
  return (data[0]?.customer_id as string | null) ?? null
}
