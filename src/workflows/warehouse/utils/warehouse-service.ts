import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type WarehouseModuleService from "../../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../../types/module-names"

type Resolver = Pick<MedusaContainer, "resolve">

export function warehouseService(container: Resolver): WarehouseModuleService {
  return container.resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
}

/** A transfer with its lines, or a 404. */
export async function loadTransfer(container: Resolver, id: string): Promise<any> {
  const [transfer] = await warehouseService(container).listStockTransfers({ id }, { relations: ["lines"] })
  if (!transfer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock transfer with id: ${id} was not found`)
  }
  transfer.lines = [...(transfer.lines ?? [])].sort((a: any, b: any) => String(a.sku ?? "").localeCompare(String(b.sku ?? "")) || a.id.localeCompare(b.id))
  return transfer
}

/** A count (without lines), or a 404. */
export async function loadCount(container: Resolver, id: string): Promise<any> {
  const [count] = await warehouseService(container).listStockCounts({ id })
  if (!count) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock count with id: ${id} was not found`)
  }
  return count
}

/** All lines of a count. */
export async function loadCountLines(container: Resolver, countId: string): Promise<any[]> {
  return await warehouseService(container).listStockCountLines({ count_id: countId } as any, { order: { sku: "ASC", id: "ASC" } })
}

/** Names of stock locations by id; a 400 naming any that does not exist when `required`. */
export async function locationNames(container: Resolver, ids: string[], required = false): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: unique } })
  const names = new Map<string, string>(data.map((l: any) => [l.id, l.name]))
  if (required) {
    const missing = unique.filter((id) => !names.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Stock location ${missing.join(", ")} does not exist.`)
    }
  }
  return names
}

/** Inventory items (id, sku, title) by id. */
export async function inventoryItems(container: Resolver, ids: string[]): Promise<Map<string, { id: string; sku: string | null; title: string | null }>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (!unique.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "inventory_item", fields: ["id", "sku", "title"], filters: { id: unique } })
  return new Map(data.map((i: any) => [i.id, { id: i.id, sku: i.sku ?? null, title: i.title ?? null }]))
}
