import type { MedusaContainer } from "@medusajs/framework/types"
import type DistributionModuleService from "../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../types/module-names"

/** A customer's current binding, the chain above the bound dealer, and every earlier binding. */
export async function customerBindingView(scope: MedusaContainer, customerId: string) {
  const service = scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const history = await service.listCustomerBindings({ customer_id: customerId }, { order: { bound_at: "DESC" } })
  const dealerIds = [...new Set(history.map((b) => b.dealer_id))]
  const linkIds = [...new Set(history.map((b) => b.link_id).filter(Boolean))] as string[]
  const [dealers, links] = await Promise.all([
    dealerIds.length
      ? service.listDealers({ id: dealerIds }, { select: ["id", "code", "display_name", "status"], withDeleted: true })
      : [],
    linkIds.length ? service.listReferralLinks({ id: linkIds }, { select: ["id", "code", "kind", "name"], withDeleted: true }) : [],
  ])
  const present = (b: (typeof history)[number]) => ({
    id: b.id,
    source: b.source,
    bound_at: b.bound_at,
    expires_at: b.expires_at,
    ended_at: b.ended_at,
    end_reason: b.end_reason,
    order_id: b.order_id,
    actor_id: b.actor_id,
    dealer: dealers.find((d) => d.id === b.dealer_id) ?? null,
    link: links.find((l) => l.id === b.link_id) ?? null,
  })
  const current = history.find((b) => !b.ended_at)
  const chain = current
    ? (await service.listUpline(current.dealer_id)).map((d) => ({ id: d.id, code: d.code, display_name: d.display_name, status: d.status }))
    : []
  return {
    customer_id: customerId,
    binding: current ? present(current) : null,
    chain,
    history: history.map(present),
  }
}
