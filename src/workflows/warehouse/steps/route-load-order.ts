import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import type WarehouseModuleService from "../../../modules/warehouse/service"
import { DealerStatus } from "../../../types/dealer-status"
import { DISTRIBUTION_MODULE, WAREHOUSE_MODULE } from "../../../types/module-names"
import { listDealerLocationLinks } from "./dealer-location-owners"

/** What the routing of one placed order will do. */
export type OrderStockPlan = {
  order_id: string
  /** `dealer`: fulfil from the attributed dealer's stock; `restock`: a dealer's restock order; `none`: leave it. */
  mode: "none" | "dealer" | "restock"
  line_item_ids: string[]
  /** Locations the order may move to, in order of preference, and the dealer owning them. */
  candidates: string[]
  candidate_dealer_id: string | null
  restock: { dealer_id: string; target_location_id: string } | null
}

/** Whether an order (or cart) carries the restock flag. */
export function isRestockFlagged(metadata: Record<string, unknown> | null | undefined): boolean {
  const flag = metadata?.distribution_restock
  return flag === true || flag === "true"
}

export const loadOrderStockPlanStepId = "route-load-order"

/**
 * Decides how a placed order's stock is routed. A restock-flagged order of an
 * active dealer owning a location becomes a restock order, to ship from its
 * upline dealer's locations when the upline is active (else the producer's);
 * with `fulfil_from_dealer_stock` an order attributed (commissionably) to a
 * dealer may ship from that dealer's locations. Anything else stays where
 * Medusa reserved it. A restock order already recorded is not planned again.
 *
 * @example
 * const plan = loadOrderStockPlanStep({ order_id: "order_1" })
 */
export const loadOrderStockPlanStep = createStep(
  loadOrderStockPlanStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const distribution = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const warehouse = container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "metadata", "items.id"],
      filters: { id: input.order_id },
    })
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    }
    const plan: OrderStockPlan = {
      order_id: order.id,
      mode: "none",
      line_item_ids: (order.items ?? []).map((i: any) => i.id as string),
      candidates: [],
      candidate_dealer_id: null,
      restock: null,
    }
    const metadata = (order.metadata ?? null) as Record<string, unknown> | null

    if (isRestockFlagged(metadata) && order.customer_id) {
      const [existing] = await warehouse.listRestockOrders({ order_id: order.id }, { take: 1 })
      if (existing) {
        return new StepResponse(plan)
      }
      const [buyer] = await distribution.listDealers({ customer_id: order.customer_id }, { relations: ["parent"] })
      if (buyer && buyer.status === DealerStatus.ACTIVE) {
        const own = (await listDealerLocationLinks(container, { dealer_id: buyer.id })).map((l) => l.stock_location_id)
        const wanted = metadata?.distribution_restock_location_id
        const target = typeof wanted === "string" && own.includes(wanted) ? wanted : own.sort()[0]
        if (target) {
          plan.mode = "restock"
          plan.restock = { dealer_id: buyer.id, target_location_id: target }
          const parent = buyer.parent
          if (parent && parent.status === DealerStatus.ACTIVE) {
            plan.candidates = (await listDealerLocationLinks(container, { dealer_id: parent.id }))
              .map((l) => l.stock_location_id)
              .sort()
            plan.candidate_dealer_id = parent.id
          }
          return new StepResponse(plan)
        }
      }
    }

    if (distribution.getOptions().fulfil_from_dealer_stock) {
      const [attribution] = await distribution.listOrderAttributions({ order_id: order.id }, { take: 1 })
      if (attribution?.dealer_id && attribution.commissionable) {
        const locations = (await listDealerLocationLinks(container, { dealer_id: attribution.dealer_id }))
          .map((l) => l.stock_location_id)
          .sort()
        if (locations.length) {
          plan.mode = "dealer"
          plan.candidates = locations
          plan.candidate_dealer_id = attribution.dealer_id
        }
      }
    }
    return new StepResponse(plan)
  }
)
