import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IInventoryService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { containsPattern } from "../../../../../lib/sql/like-pattern"
import type { InventoryQueryType } from "../validators"

/**
 * The items with a level at a location (for adding transfer lines and
 * picking count items): stocked, reserved and available quantities. `q`
 * matches SKU or title, case-insensitively.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { location_id, q, limit, offset } = req.validatedQuery as InventoryQueryType
  const inventory = req.scope.resolve<IInventoryService>(Modules.INVENTORY)
  const filters: Record<string, unknown> = { location_id }
  if (q) {
    const like = containsPattern(q)
    filters.inventory_item = { $or: [{ sku: { $ilike: like } }, { title: { $ilike: like } }] }
  }
  const [levels, count] = await inventory.listAndCountInventoryLevels(filters as any, {
    relations: ["inventory_item"],
    skip: offset,
    take: limit,
    order: { inventory_item: { sku: "ASC" }, id: "ASC" } as any,
  })
  res.json({
    items: (levels as any[]).map((l) => {
      const stocked = Number(l.stocked_quantity)
      const reserved = Number(l.reserved_quantity ?? 0)
      return {
        inventory_item_id: l.inventory_item_id,
        sku: l.inventory_item?.sku ?? null,
        title: l.inventory_item?.title ?? null,
        stocked_quantity: stocked,
        reserved_quantity: reserved,
        available_quantity: stocked - reserved,
      }
    }),
    count,
    limit,
    offset,
  })
}
