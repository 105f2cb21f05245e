import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { maskEmail, maskName, maskPhone } from "../../../../../lib/attribution/mask-contact"
import { personName } from "../../../../../lib/attribution/person-name"
import { sumByCurrency } from "../../../../../lib/attribution/sum-by-currency"
import type DistributionModuleService from "../../../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../../../types/module-names"
import { currentDealer } from "../current-dealer"
import type { StoreListQueryType } from "../../validators"

/**
 * The customers bound to the signed-in dealer, newest binding first, with
 * masked contact details and what they bought through the dealer.
 */
export const GET = async (req: AuthenticatedMedusaRequest<StoreListQueryType>, res: MedusaResponse) => {
  const dealer = await currentDealer(req)
  const service = req.scope.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
  const { limit, offset } = req.validatedQuery as StoreListQueryType
  const [bindings, count] = await service.listAndCountCustomerBindings(
    { dealer_id: dealer.id, ended_at: null },
    { order: { bound_at: "DESC" }, take: limit, skip: offset }
  )
  const customerIds = bindings.map((b) => b.customer_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, attributions] = customerIds.length
    ? await Promise.all([
        query.graph({
          entity: "customer",
          fields: ["id", "email", "first_name", "last_name", "phone"],
          filters: { id: customerIds },
        }),
        service.listOrderAttributions(
          { dealer_id: dealer.id, customer_id: customerIds },
          { select: ["order_id", "customer_id"] }
        ),
      ])
    : [{ data: [] as any[] }, []]
  const orderIds = attributions.map((a) => a.order_id)
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "total", "currency_code", "created_at"], filters: { id: orderIds } })
    : { data: [] as any[] }
  const customerOf = new Map<string, string | null>(
    (attributions as { order_id: string; customer_id: string | null }[]).map((a) => [a.order_id, a.customer_id])
  )

  res.json({
    customers: bindings.map((binding) => {
      const customer = customers.find((c: any) => c.id === binding.customer_id)
      const theirs = orders.filter((o: any) => customerOf.get(o.id) === binding.customer_id)
      const firstOrder = theirs.map((o: any) => new Date(o.created_at)).sort((a, b) => +a - +b)[0]
      return {
        binding_id: binding.id,
        bound_at: binding.bound_at,
        expires_at: binding.expires_at,
        source: binding.source,
        name: maskName(personName(customer?.first_name, customer?.last_name)),
        email: maskEmail(customer?.email),
        phone: maskPhone(customer?.phone),
        first_order_at: firstOrder ?? null,
        order_count: theirs.length,
        total_spent: sumByCurrency(theirs.map((o: any) => ({ currency_code: o.currency_code, amount: o.total }))),
      }
    }),
    count,
    limit,
    offset,
  })
}
