import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CountEntry, resolveCountEntries } from "../../../lib/warehouse/count-variance"
import { loadCount, loadCountLines, warehouseService } from "../utils/warehouse-service"

export type RecordStockCountsInput = { count_id: string; entries: CountEntry[]; actor_id?: string | null }

type Previous = { id: string; counted_quantity: number | null; counted_by: string | null; counted_at: Date | null }[]

export const recordStockCountsStepId = "warehouse-record-stock-counts"

/**
 * Enters counted quantities on a count that is still counting, matched by
 * line id, inventory item id or SKU. All or nothing: any bad entry (unknown
 * SKU, negative or fractional quantity, an item given twice) is a 400
 * listing every one, and nothing is written. `null` clears a count. The
 * compensation restores the previous figures.
 */
export const recordStockCountsStep = createStep(
  recordStockCountsStepId,
  async (input: RecordStockCountsInput, { container }) => {
    const count = await loadCount(container, input.count_id)
    if (count.status !== "counting") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Count #${count.display_id} is ${count.status}; counts can only be entered while counting.`)
    }
    const lines = await loadCountLines(container, count.id)
    const { updates, errors } = resolveCountEntries(lines, input.entries)
    if (errors.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join("; "))
    }
    const byId = new Map(lines.map((l: any) => [l.id, l]))
    const previous: Previous = updates.map((u) => {
      const line: any = byId.get(u.id)
      return { id: u.id, counted_quantity: line.counted_quantity, counted_by: line.counted_by, counted_at: line.counted_at }
    })
    const now = new Date()
    if (updates.length) {
      await warehouseService(container).updateStockCountLines(
        updates.map((u) =>
          u.counted_quantity == null
            ? { id: u.id, counted_quantity: null, counted_by: null, counted_at: null }
            : { id: u.id, counted_quantity: u.counted_quantity, counted_by: input.actor_id ?? null, counted_at: now }
        )
      )
    }
    return new StepResponse({ id: count.id as string, updated: updates.length }, previous)
  },
  async (previous, { container }) => {
    if (previous?.length) await warehouseService(container).updateStockCountLines(previous)
  }
)
