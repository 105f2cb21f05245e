import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type DistributionModuleService from "../../../modules/distribution/service"
import { DISTRIBUTION_MODULE } from "../../../types/module-names"
import type { CartAttribution } from "./decide-cart-attribution"

export type CreateOrderAttributionInput = {
  order_id: string
  cart_id: string | null
  customer_id: string | null
  attribution: CartAttribution
}

export const createOrderAttributionStepId = "create-order-attribution"

/**
 * Freezes an order's attribution, exactly once: when the order already has
 * one (a repeated event, a second worker) the existing row is returned and
 * `created` is false. The unique index on order_id settles a race.
 *
 * @example
 * const { attribution, created } = createOrderAttributionStep({ order_id: "order_1", cart_id: "cart_1", customer_id: "cus_1", attribution })
 */
export const createOrderAttributionStep = createStep(
  createOrderAttributionStepId,
  async (input: CreateOrderAttributionInput, { container }) => {
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    const existing = async () => (await service.listOrderAttributions({ order_id: input.order_id }))[0]

    const found = await existing()
    if (found) {
      return new StepResponse({ attribution: found, created: false }, null)
    }
    const { attribution } = input
    try {
      const created = await service.createOrderAttributions({
        order_id: input.order_id,
        cart_id: input.cart_id,
        customer_id: input.customer_id,
        dealer_id: attribution.dealer_id,
        link_id: attribution.link_id,
        source: attribution.source,
        reason: attribution.reason,
        commissionable: attribution.commissionable,
        chain: attribution.chain as unknown as Record<string, unknown>,
      })
      return new StepResponse({ attribution: created, created: true }, created.id)
    } catch (e: any) {
      const winner = await existing()
      if (winner) {
        return new StepResponse({ attribution: winner, created: false }, null)
      }
      throw e
    }
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<DistributionModuleService>(DISTRIBUTION_MODULE)
    await service.deleteOrderAttributions([id])
  }
)
