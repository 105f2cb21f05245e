import type { IInventoryService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { transferLineErrors } from "../../../lib/warehouse/transfer-transitions"
import { inventoryItems, locationNames } from "../utils/warehouse-service"

export type PrepareTransferLinesInput = {
  from_location_id: string
  to_location_id: string
  lines: { inventory_item_id: string; quantity: number }[]
}

export type PreparedTransferLine = { inventory_item_id: string; sku: string | null; title: string | null; quantity: number }

export const prepareTransferLinesStepId = "warehouse-prepare-transfer-lines"

/**
 * Checks a draft's locations and lines: both locations exist and differ,
 * every item exists, is given once with a positive whole quantity, and is
 * stocked at the source. Returns the lines with SKU and title copied. All
 * problems are reported in one 400.
 */
export const prepareTransferLinesStep = createStep(prepareTransferLinesStepId, async (input: PrepareTransferLinesInput, { container }) => {
  if (input.from_location_id === input.to_location_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A transfer needs two different locations.")
  }
  const names = await locationNames(container, [input.from_location_id, input.to_location_id], true)
  if (!input.lines.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A transfer needs at least one line.")
  }
  const items = await inventoryItems(container, input.lines.map((l) => l.inventory_item_id))
  const label = (id: string) => (items.get(id)?.sku ? `SKU ${items.get(id)!.sku}` : `Inventory item ${id}`)
  const errors = transferLineErrors(input.lines, label)
  for (const line of input.lines) {
    if (!items.has(line.inventory_item_id)) errors.push(`Inventory item ${line.inventory_item_id} does not exist.`)
  }
  if (!errors.length) {
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const levels = await inventory.listInventoryLevels({
      location_id: input.from_location_id,
      inventory_item_id: input.lines.map((l) => l.inventory_item_id),
    })
    const stocked = new Set(levels.map((l) => l.inventory_item_id))
    for (const line of input.lines) {
      if (!stocked.has(line.inventory_item_id)) {
        errors.push(`${label(line.inventory_item_id)} is not stocked at ${names.get(input.from_location_id)}.`)
      }
    }
  }
  if (errors.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, errors.join(" "))
  }
  return new StepResponse<PreparedTransferLine[]>(
    input.lines.map((line) => ({
      inventory_item_id: line.inventory_item_id,
      sku: items.get(line.inventory_item_id)!.sku,
      title: items.get(line.inventory_item_id)!.title,
      quantity: line.quantity,
    }))
  )
})
