import type { IInventoryService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { locationNames, warehouseService } from "../utils/warehouse-service"

export type CreateStockCountStepInput = {
  location_id: string
  note?: string | null
  /** Count only these items (else every item with a level at the location). */
  inventory_item_ids?: string[]
  /** Count only items whose SKU or title contains this (case-insensitive). */
  q?: string
  actor_id?: string | null
}

export const createStockCountStepId = "warehouse-create-stock-count"

/**
 * Starts a count: snapshots the stocked quantity of every (or every
 * matching) item with a level at the location, with each item's unit cost
 * for the variance value. The compensation deletes it.
 */
export const createStockCountStep = createStep(
  createStockCountStepId,
  async (input: CreateStockCountStepInput, { container }) => {
    const names = await locationNames(container, [input.location_id], true)
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const filters: Record<string, unknown> = { location_id: input.location_id }
    if (input.inventory_item_ids?.length) filters.inventory_item_id = [...new Set(input.inventory_item_ids)]
    let levels = (await inventory.listInventoryLevels(filters, { relations: ["inventory_item"] })) as any[]
    const q = input.q?.trim().toLowerCase()
    if (q) {
      levels = levels.filter((l) => `${l.inventory_item?.sku ?? ""}\n${l.inventory_item?.title ?? ""}`.toLowerCase().includes(q))
    }
    if (input.inventory_item_ids?.length) {
      const found = new Set(levels.map((l) => l.inventory_item_id))
      const missing = input.inventory_item_ids.filter((id) => !found.has(id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Inventory item ${missing.join(", ")} has no stock level at ${names.get(input.location_id)}.`)
      }
    }
    if (!levels.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `No inventory items to count at ${names.get(input.location_id)}${q ? ` matching "${input.q}"` : ""}.`)
    }
    const warehouse = warehouseService(container)
    const costs = await warehouse.listItemCosts({ inventory_item_id: levels.map((l) => l.inventory_item_id) })
    const costOf = new Map(costs.map((c: any) => [c.inventory_item_id, c]))
    const scope = input.inventory_item_ids?.length || q ? { inventory_item_ids: input.inventory_item_ids ?? null, q: input.q ?? null } : null
    const count = await warehouse.createStockCounts({
      location_id: input.location_id,
      note: input.note ?? null,
      scope,
      created_by: input.actor_id ?? null,
    } as any)
    await warehouse.createStockCountLines(
      levels.map((level) => {
        const cost: any = costOf.get(level.inventory_item_id)
        return {
          count_id: count.id,
          inventory_item_id: level.inventory_item_id,
          sku: level.inventory_item?.sku ?? null,
          title: level.inventory_item?.title ?? null,
          snapshot_quantity: Number(level.stocked_quantity),
          unit_cost: cost ? String(cost.raw_unit_cost?.value ?? cost.unit_cost) : null,
          currency_code: cost?.currency_code ?? null,
        }
      }) as any
    )
    return new StepResponse({ id: count.id as string }, count.id as string)
  },
  async (id, { container }) => {
    if (id) await warehouseService(container).deleteStockCounts(id)
  }
)
