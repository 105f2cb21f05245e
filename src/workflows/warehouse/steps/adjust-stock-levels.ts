import type { IInventoryService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type StockLevelAdjustment = {
  inventory_item_id: string
  location_id: string
  /** Added to the stocked quantity (negative takes stock out). Whole numbers. */
  adjustment: number
  /** For error messages; looked up when left out. */
  sku?: string
  /** Create the level at the location when there is none (only for a positive adjustment). */
  create_missing_level?: boolean
  /**
   * Allow the stocked quantity to end below the reserved quantity (never below
   * zero): a stock count records what is physically there.
   */
  allow_below_reserved?: boolean
  /** Word for the error message: "shipping" (a transfer), "removing" (default). */
  verb?: string
}

export type AdjustedStockLevel = {
  id: string
  inventory_item_id: string
  location_id: string
  adjustment: number
  stocked_quantity: number
  reserved_quantity: number
  created: boolean
}

export type AdjustStockLevelsResult = {
  levels: AdjustedStockLevel[]
  created_level_ids: string[]
  updated_level_ids: string[]
}

type Applied = { level_id: string; inventory_item_id: string; location_id: string; adjustment: number; created: boolean }

export const adjustStockLevelsStepId = "warehouse-adjust-stock-levels"

/**
 * Adjusts stocked quantities through Medusa's inventory module, under
 * Medusa's locking module keyed by the inventory item ids (the keys
 * reserveInventoryStep and adjustInventoryLevelsStep lock), so no
 * reservation or other adjustment of these items interleaves.
 *
 * Each line is checked against its CURRENT level just before it is applied:
 * a level that does not exist (unless `create_missing_level` for a positive
 * adjustment), or a stocked quantity that would end below the reserved one,
 * is refused with a 400 naming the SKU and the location. When a line fails,
 * the lines already applied are undone before the error is thrown, so a
 * failure halfway leaves the levels as they were. The compensation (a later
 * step failing) undoes exactly what was done, deleting the levels it created.
 *
 * Zero adjustments are skipped (a missing level is not created for them).
 *
 * @example
 * const { levels } = adjustStockLevelsStep([{ inventory_item_id, location_id, adjustment: -3, sku: "TEA-1" }])
 */
export const adjustStockLevelsStep = createStep(
  adjustStockLevelsStepId,
  async (input: StockLevelAdjustment[], { container }) => {
    const todo = (input ?? []).filter((line) => line.adjustment !== 0)
    if (!todo.length) {
      return new StepResponse<AdjustStockLevelsResult, Applied[]>({ levels: [], created_level_ids: [], updated_level_ids: [] }, [])
    }
    for (const line of todo) {
      if (!Number.isInteger(line.adjustment)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Stock adjustments are whole numbers (got ${line.adjustment} for ${line.sku ?? line.inventory_item_id}).`)
      }
    }
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const keys = [...new Set(todo.map((line) => line.inventory_item_id))]
    const applied: Applied[] = []
    const levels = await locking.execute(keys, async () => {
      const out: AdjustedStockLevel[] = []
      try {
        for (const line of todo) {
          const [level] = await inventory.listInventoryLevels({ inventory_item_id: line.inventory_item_id, location_id: line.location_id }, { take: 1 })
          if (!level) {
            if (!line.create_missing_level || line.adjustment < 0) {
              const names = await describe(container, line)
              throw new MedusaError(
                MedusaError.Types.NOT_ALLOWED,
                `SKU ${names.sku} has no stock level at ${names.location}; nothing to take out.`
              )
            }
            const created = await inventory.createInventoryLevels({
              inventory_item_id: line.inventory_item_id,
              location_id: line.location_id,
              stocked_quantity: line.adjustment,
            })
            applied.push({ level_id: created.id, inventory_item_id: line.inventory_item_id, location_id: line.location_id, adjustment: line.adjustment, created: true })
            out.push({
              id: created.id,
              inventory_item_id: line.inventory_item_id,
              location_id: line.location_id,
              adjustment: line.adjustment,
              stocked_quantity: Number(created.stocked_quantity),
              reserved_quantity: Number(created.reserved_quantity ?? 0),
              created: true,
            })
            continue
          }
          const stocked = Number(level.stocked_quantity)
          const reserved = Number(level.reserved_quantity ?? 0)
          const after = stocked + line.adjustment
          const floor = line.allow_below_reserved ? 0 : reserved
          if (line.adjustment < 0 && after < floor) {
            const names = await describe(container, line)
            throw new MedusaError(
              MedusaError.Types.NOT_ALLOWED,
              line.allow_below_reserved
                ? `This would leave SKU ${names.sku} at ${names.location} with negative stock (stocked ${stocked}, ${line.verb ?? "removing"} ${-line.adjustment}).`
                : `This would leave SKU ${names.sku} at ${names.location} below its reserved quantity (stocked ${stocked}, reserved ${reserved}, ${line.verb ?? "removing"} ${-line.adjustment}).`
            )
          }
          const updated = await inventory.adjustInventory(line.inventory_item_id, line.location_id, line.adjustment)
          applied.push({ level_id: level.id, inventory_item_id: line.inventory_item_id, location_id: line.location_id, adjustment: line.adjustment, created: false })
          out.push({
            id: level.id,
            inventory_item_id: line.inventory_item_id,
            location_id: line.location_id,
            adjustment: line.adjustment,
            stocked_quantity: Number(updated.stocked_quantity),
            reserved_quantity: Number(updated.reserved_quantity ?? reserved),
            created: false,
          })
        }
      } catch (error) {
        await undo(inventory, applied)
        applied.length = 0
        throw error
      }
      return out
    })
    const created = levels.filter((l) => l.created).map((l) => l.id)
    const updated = [...new Set(levels.filter((l) => !l.created && !created.includes(l.id)).map((l) => l.id))]
    return new StepResponse<AdjustStockLevelsResult, Applied[]>(
      { levels, created_level_ids: [...new Set(created)], updated_level_ids: updated },
      applied
    )
  },
  async (applied, { container }) => {
    if (!applied?.length) {
      return
    }
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute([...new Set(applied.map((a) => a.inventory_item_id))], async () => {
      await undo(inventory, applied)
    })
  }
)

/** Reverses applied adjustments, last first; deletes the levels this step created. */
async function undo(inventory: IInventoryService, applied: Applied[]): Promise<void> {
  const createdIds = new Set(applied.filter((a) => a.created).map((a) => a.level_id))
  for (const done of [...applied].reverse()) {
    if (createdIds.has(done.level_id)) continue
    await inventory.adjustInventory(done.inventory_item_id, done.location_id, -done.adjustment)
  }
  if (createdIds.size) {
    await inventory.deleteInventoryLevels([...createdIds])
  }
}

/** The SKU and location name of a line, for an error message. */
async function describe(container: { resolve: <T = any>(key: string) => T }, line: StockLevelAdjustment): Promise<{ sku: string; location: string }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let sku = line.sku
  if (!sku) {
    const { data } = await query.graph({ entity: "inventory_item", fields: ["id", "sku", "title"], filters: { id: line.inventory_item_id } })
    sku = data[0]?.sku ?? data[0]?.title ?? line.inventory_item_id
  }
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: line.location_id } })
  return { sku: sku!, location: locations[0]?.name ?? line.location_id }
}
