import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { stockPairKey } from "../../../lib/warehouse/low-stock"
import { parseThresholdCsv } from "../../../lib/warehouse/threshold-csv"
import { readAvailability } from "../utils/stock-alert-readings"
import type { StockThresholdInput } from "./stock-threshold-validate"

export const resolveStockThresholdImportStepId = "stock-threshold-resolve-import"

/** How many bad rows the 400 lists before "and N more". */
const LISTED_ERRORS = 50

/**
 * Reads a thresholds CSV and resolves each row's SKU (inventory item) and
 * location (a stock location id, or its exact name) into thresholds. Any bad
 * row — malformed, unknown SKU or location, a location name two locations
 * share, an item not stocked at the location — refuses the whole file with a
 * 400 listing the rows, so nothing is written.
 *
 * @example
 * const thresholds = resolveStockThresholdImportStep({ csv: "sku,location,reorder_point,reorder_quantity\nTEA-1,Hangzhou,5,20" })
 */
export const resolveStockThresholdImportStep = createStep(
  resolveStockThresholdImportStepId,
  async (input: { csv: string }, { container }) => {
    const { rows, errors } = parseThresholdCsv(input.csv)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const skus = [...new Set(rows.map((r) => r.sku))]
    const names = [...new Set(rows.map((r) => r.location))]
    const [items, byId, byName] = await Promise.all([
      skus.length
        ? container.resolve(Modules.INVENTORY).listInventoryItems({ sku: skus }, { select: ["id", "sku"], take: null })
        : Promise.resolve([]),
      names.length ? query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: names } }) : { data: [] },
      names.length ? query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { name: names } }) : { data: [] },
    ])
    const itemBySku = new Map((items as any[]).map((i) => [i.sku, i.id]))
    const locationsByKey = new Map<string, { id: string; name: string }[]>()
    for (const l of byName.data as any[]) {
      locationsByKey.set(l.name, [...(locationsByKey.get(l.name) ?? []), l])
    }
    for (const l of byId.data as any[]) {
      locationsByKey.set(l.id, [l])
    }
    const resolved: (StockThresholdInput & { row: number; sku: string; location_name: string })[] = []
    for (const r of rows) {
      const itemId = itemBySku.get(r.sku)
      const matches = locationsByKey.get(r.location) ?? []
      if (!itemId) {
        errors.push(`row ${r.row}: unknown SKU "${r.sku}"`)
      } else if (!matches.length) {
        errors.push(`row ${r.row}: unknown location "${r.location}" (use a stock location's id or exact name)`)
      } else if (matches.length > 1) {
        errors.push(`row ${r.row}: ${matches.length} stock locations are named "${r.location}"; use the location's id`)
      } else {
        resolved.push({
          row: r.row,
          sku: r.sku,
          location_name: matches[0].name,
          inventory_item_id: itemId,
          location_id: matches[0].id,
          reorder_point: r.reorder_point,
          reorder_quantity: r.reorder_quantity,
        })
      }
    }
    // Two rows naming one location differently (id and name) are the same threshold.
    const seen = new Map<string, number>()
    for (const t of resolved) {
      const key = stockPairKey(t.inventory_item_id, t.location_id)
      if (seen.has(key)) {
        errors.push(`row ${t.row}: SKU "${t.sku}" at "${t.location_name}" repeats row ${seen.get(key)}`)
      } else {
        seen.set(key, t.row)
      }
    }
    const levels = await readAvailability(container, resolved)
    for (const t of resolved) {
      if (!levels.has(stockPairKey(t.inventory_item_id, t.location_id))) {
        errors.push(`row ${t.row}: SKU "${t.sku}" is not stocked at "${t.location_name}"`)
      }
    }
    if (errors.length) {
      const sorted = errors.sort((a, b) => rowOf(a) - rowOf(b))
      const listed = sorted.slice(0, LISTED_ERRORS)
      const more = sorted.length > LISTED_ERRORS ? `\n… and ${sorted.length - LISTED_ERRORS} more` : ""
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Nothing was imported: ${sorted.length} row${sorted.length === 1 ? "" : "s"} to fix.\n${listed.join("\n")}${more}`
      )
    }
    return new StepResponse(
      resolved.map(({ inventory_item_id, location_id, reorder_point, reorder_quantity }) => ({
        inventory_item_id,
        location_id,
        reorder_point,
        reorder_quantity,
      }))
    )
  }
)

const rowOf = (message: string) => {
  const m = /^row (\d+):/.exec(message)
  return m ? Number(m[1]) : 0
}
