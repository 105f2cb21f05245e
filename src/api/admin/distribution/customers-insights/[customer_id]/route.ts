import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { customerTierService } from "../../../../../workflows/customer-tier/utils/customer-tier-service"
import { changeViews, tierRefs } from "../../customer-tiers/views"
import { customerInsight, pgConnection } from "../queries"
import type { AdminCustomerInsightQueryType } from "../validators"

/**
 * One customer's consumption statistics (orders, total and average net
 * spend, first/last order, purchase frequency, favourite categories and
 * products, bound dealer), its tier (the highest-ranked tier whose customer
 * group it is in) and its latest tier changes.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customerId = req.params.customer_id
  const { history_limit } = req.validatedQuery as AdminCustomerInsightQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [customer],
  } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "has_account", "created_at", "groups.id"],
    filters: { id: customerId },
  })
  if (!customer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${customerId} was not found`)
  }
  const service = customerTierService(req.scope)
  const groupIds = ((customer.groups ?? []) as { id: string }[]).map((g) => g.id)
  const [insight, tiers, [history, historyCount]] = await Promise.all([
    customerInsight(pgConnection(req.scope), customerId),
    groupIds.length ? service.listCustomerTiers({ customer_group_id: groupIds }, { order: { rank: "DESC" }, take: 1 }) : [],
    service.listAndCountCustomerTierChanges(
      { customer_id: customerId },
      { order: { created_at: "DESC", id: "DESC" }, take: history_limit }
    ),
  ])
  const tier = tiers[0] ? (await tierRefs(req.scope, [tiers[0].id])).get(tiers[0].id) ?? null : null
  res.json({
    customer: {
      id: customer.id,
      email: customer.email,
      first_name: customer.first_name,
      last_name: customer.last_name,
      has_account: customer.has_account,
      created_at: customer.created_at,
    },
    ...insight,
    tier,
    tier_history: await changeViews(req.scope, history),
    tier_history_count: historyCount,
  })
}
