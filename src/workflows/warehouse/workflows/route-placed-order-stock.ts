import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createRestockOrderStep } from "../steps/route-create-restock-order"
import { loadOrderStockPlanStep } from "../steps/route-load-order"
import { moveOrderReservationsStep } from "../steps/route-move-reservations"

export const routePlacedOrderStockWorkflowId = "route-placed-order-stock"

/**
 * Routes a placed order's stock. Medusa reserved it at the sales channel's
 * first location; a restock order (cart flag `distribution_restock`) moves
 * to the upline dealer's location holding all of it and is recorded as a
 * restock order (shipping from the producer when the upline cannot); with
 * `fulfil_from_dealer_stock`, an attributed order moves to the attributed
 * dealer's location holding all of it. Orders are never split; if no
 * location can take the whole order, nothing moves. Safe to run again.
 *
 * @example
 * await routePlacedOrderStockWorkflow(container).run({ input: { order_id: "order_1" } })
 */
export const routePlacedOrderStockWorkflow = createWorkflow(
  routePlacedOrderStockWorkflowId,
  (input: { order_id: string }) => {
    const plan = loadOrderStockPlanStep(input)
    const moved = moveOrderReservationsStep(
      transform({ plan }, ({ plan }) => ({
        line_item_ids: plan.mode === "none" ? [] : plan.line_item_ids,
        candidates: plan.candidates,
      }))
    )
    emitEventStep({
      eventName: "inventory-level.updated",
      data: transform({ moved }, ({ moved }) => moved.level_ids.map((id) => ({ id }))),
    })
    const restock = when({ plan }, ({ plan }) => plan.mode === "restock").then(() =>
      createRestockOrderStep(
        transform({ plan, moved }, ({ plan, moved }) => ({
          order_id: plan.order_id,
          dealer_id: plan.restock!.dealer_id,
          target_location_id: plan.restock!.target_location_id,
          chosen:
            moved.location_id && plan.candidate_dealer_id
              ? { location_id: moved.location_id, dealer_id: plan.candidate_dealer_id }
              : null,
          reservations: moved.reservations,
        }))
      )
    )
    return new WorkflowResponse(
      transform({ plan, moved, restock }, ({ plan, moved, restock }) => ({
        mode: plan.mode,
        location_id: moved.location_id,
        moved: moved.moved.length,
        restock_order_id: restock?.id ?? null,
      }))
    )
  }
)
