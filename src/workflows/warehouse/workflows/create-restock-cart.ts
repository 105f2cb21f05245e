import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { prepareRestockCartStep, type PrepareRestockCartInput } from "../steps/restock-prepare-cart"

export const createRestockCartWorkflowId = "create-restock-cart"

/**
 * Opens the cart of a dealer's restock order (进货) with Medusa's own cart
 * workflow: priced for the dealer's customer (its tier's price lists),
 * shipped to its location, flagged `distribution_restock`. The storefront
 * completes it with the normal cart API; the placed order is then routed to
 * the upline's stock and received into the dealer's location on fulfilment.
 *
 * @example
 * const { result } = await createRestockCartWorkflow(container).run({
 *   input: { customer_id: "cus_1", lines: [{ variant_id: "variant_1", quantity: 10 }], sales_channel_id: "sc_1" },
 * })
 */
export const createRestockCartWorkflow = createWorkflow(
  createRestockCartWorkflowId,
  (input: PrepareRestockCartInput) => {
    const prepared = prepareRestockCartStep(input)
    const cart = createCartWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => prepared.cart),
    })
    return new WorkflowResponse(
      transform({ cart, prepared }, ({ cart, prepared }) => ({ cart_id: cart.id, location_id: prepared.location_id }))
    )
  }
)
