import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadCount, loadCountLines, warehouseService } from "../utils/warehouse-service"

export type MoveStockCountInput = { id: string; action: "apply" | "cancel"; actor_id?: string | null }

const TO = { apply: "applied", cancel: "canceled" } as const

export const moveStockCountStepId = "warehouse-move-stock-count"

/**
 * counting → applied | canceled, with who and when, by a conditional
 * update: a count is applied once however many requests race. Returns the
 * count and its lines. The compensation puts it back to counting.
 */
export const moveStockCountStep = createStep(
  moveStockCountStepId,
  async (input: MoveStockCountInput, { container }) => {
    const count = await loadCount(container, input.id)
    const refuse = (status: string) =>
      new MedusaError(MedusaError.Types.NOT_ALLOWED, `Count #${count.display_id} is ${status}; only a count that is still counting can be ${TO[input.action]}.`)
    if (count.status !== "counting") throw refuse(count.status)
    const stamp = TO[input.action] === "applied" ? "applied" : "canceled"
    const moved = await warehouseService(container).moveCount(input.id, ["counting"], TO[input.action], {
      [`${stamp}_by`]: input.actor_id ?? null,
      [`${stamp}_at`]: new Date(),
    })
    if (!moved) throw refuse((await loadCount(container, input.id)).status)
    const lines = await loadCountLines(container, input.id)
    return new StepResponse({ ...count, lines }, { id: input.id, to: TO[input.action], stamp })
  },
  async (moved, { container }) => {
    if (!moved) return
    await warehouseService(container).moveCount(moved.id, [moved.to], "counting", { [`${moved.stamp}_by`]: null, [`${moved.stamp}_at`]: null })
  }
)
