import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateOpenCartStepId = "validate-open-cart"

/**
 * A touch may only be recorded on a cart that exists (404) and is not yet
 * completed (400): once the order is placed its attribution is frozen.
 *
 * @example
 * const cart = validateOpenCartStep({ cart_id: "cart_1" })
 */
export const validateOpenCartStep = createStep(
  validateOpenCartStepId,
  async (input: { cart_id?: string | null }, { container }) => {
    if (!input.cart_id) {
      return new StepResponse(null)
    }
    const carts = container.resolve(Modules.CART)
    const [cart] = await carts.listCarts({ id: input.cart_id }, { select: ["id", "customer_id", "completed_at"] })
    if (!cart) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${input.cart_id} was not found`)
    }
    if (cart.completed_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${input.cart_id} is already completed; the order's attribution is frozen.`
      )
    }
    return new StepResponse({ id: cart.id, customer_id: cart.customer_id ?? null })
  }
)
