import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { personName } from "../../../../lib/attribution/person-name"
import { sumByCurrency } from "../../../../lib/attribution/sum-by-currency"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"

export type GraphNode = {
  id: string
  type: "dealer" | "customer"
  label: string
  code?: string
  status?: string
  tier_code?: string | null
  /** Levels below the root (0 = the root). */
  level: number
  parent_id: string | null
  counts: { downline_direct?: number; downline_total?: number; customers?: number; orders: number }
  sales: { currency_code: string; amount: string }[]
  /** How many children (dealers and bound customers) the node has in all; the page may show fewer. */
  children_total: number
}

export type GraphEdge = { source: string; target: string; type: "upline" | "binding" }

/**
 * A dealer's relationship graph (客户关系图): its downline dealers and bound
 * customers, `depth` levels deep, each node's children paged by `limit`
 * (`offset` pages the root's own children), with head counts and sales.
 */
export async function dealerRelationshipGraph(
  scope: MedusaContainer,
  rootId: string,
  { depth, limit, offset }: { depth: number; limit: number; offset: number }
) {
  const service = scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const root = await service.retrieveDealer(rootId, { relations: ["tier"] })

  const dealers = [{ dealer: root, level: 0, parent_id: null as string | null }]
  const customers: { customer_id: string; dealer_id: string; level: number }[] = []
  let frontier = [root.id]

  for (let level = 1; level <= depth && frontier.length; level++) {
    const next: string[] = []
    for (const parentId of frontier) {
      const skip = level === 1 ? offset : 0
      const [[children], [bindings]] = await Promise.all([
        service.listAndCountDealers({ parent_id: parentId }, { relations: ["tier"], order: { code: "ASC" }, take: limit, skip }),
        service.listAndCountCustomerBindings(
          { dealer_id: parentId, ended_at: null },
          { order: { bound_at: "DESC" }, take: limit, skip }
        ),
      ])
      for (const child of children) {
        dealers.push({ dealer: child, level, parent_id: parentId })
        next.push(child.id)
      }
      for (const binding of bindings) {
        customers.push({ customer_id: binding.customer_id, dealer_id: parentId, level })
      }
    }
    frontier = next
  }

  const dealerIds = dealers.map((d) => d.dealer.id)
  const customerIds = customers.map((c) => c.customer_id)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [downlines, boundCounts, attributions, customerRows] = await Promise.all([
    service.countDownlines(dealerIds),
    service.countBoundCustomers(dealerIds),
    service.listOrderAttributions({ dealer_id: dealerIds }, { select: ["order_id", "dealer_id", "customer_id"] }),
    customerIds.length
      ? query.graph({ entity: "customer", fields: ["id", "email", "first_name", "last_name"], filters: { id: customerIds } })
      : Promise.resolve({ data: [] as any[] }),
  ])
  const orderIds = attributions.map((a) => a.order_id)
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "total", "currency_code"], filters: { id: orderIds } })
    : { data: [] as any[] }
  const orderById = new Map<string, any>(orders.map((o: any) => [o.id as string, o] as [string, any]))
  const salesOf = (match: (a: (typeof attributions)[number]) => boolean) => {
    const mine = attributions.filter(match).map((a) => orderById.get(a.order_id)).filter(Boolean)
    return { orders: mine.length, sales: sumByCurrency(mine.map((o: any) => ({ currency_code: o.currency_code, amount: o.total }))) }
  }

  const nodes: GraphNode[] = dealers.map(({ dealer, level, parent_id }) => {
    const { orders: orderCount, sales } = salesOf((a) => a.dealer_id === dealer.id)
    return {
      id: dealer.id,
      type: "dealer",
      label: dealer.display_name,
      code: dealer.code,
      status: dealer.status,
      tier_code: dealer.tier?.code ?? null,
      level,
      parent_id,
      counts: {
        downline_direct: downlines[dealer.id]?.direct ?? 0,
        downline_total: downlines[dealer.id]?.total ?? 0,
        customers: boundCounts[dealer.id] ?? 0,
        orders: orderCount,
      },
      sales,
      children_total: (downlines[dealer.id]?.direct ?? 0) + (boundCounts[dealer.id] ?? 0),
    }
  })
  for (const { customer_id, dealer_id, level } of customers) {
    const row = customerRows.data.find((c: any) => c.id === customer_id)
    const name = personName(row?.first_name, row?.last_name)
    const { orders: orderCount, sales } = salesOf((a) => a.dealer_id === dealer_id && a.customer_id === customer_id)
    nodes.push({
      id: customer_id,
      type: "customer",
      label: name || row?.email || customer_id,
      level,
      parent_id: dealer_id,
      counts: { orders: orderCount },
      sales,
      children_total: 0,
    })
  }
  const edges: GraphEdge[] = nodes
    .filter((n) => n.parent_id)
    .map((n) => ({ source: n.parent_id!, target: n.id, type: n.type === "dealer" ? "upline" : "binding" }))

  return { root_id: root.id, depth, limit, offset, nodes, edges }
}
