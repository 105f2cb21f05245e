import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const loadOrderForAttributionStepId = "load-order-for-attribution"

/**
 * The order's customer, cart and placement time — what attribution needs.
 *
 * @example
 * const order = loadOrderForAttributionStep({ order_id: "order_1" })
 */
export const loadOrderForAttributionStep = createStep(
  loadOrderForAttributionStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "customer_id", "created_at", "cart.id"],
      filters: { id: input.order_id },
    })
    if (!order) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    }
    return new StepResponse({
      id: order.id as string,
      customer_id: (order.customer_id as string | null) ?? null,
      cart_id: ((order as any).cart?.id as string | undefined) ?? null,
      created_at: new Date(order.created_at as any),
    })
  }
)
