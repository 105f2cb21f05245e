import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type WarehouseModuleService from "../../../../../modules/warehouse/service"
import { WAREHOUSE_MODULE } from "../../../../../types/module-names"
import { saveItemCostWorkflow } from "../../../../../workflows/warehouse/workflows/save-item-cost"
import type { ItemCostListQueryType, SaveItemCostBodyType } from "../validators"

export function itemCostView(c: any) {
  return { id: c.id, inventory_item_id: c.inventory_item_id, currency_code: c.currency_code, unit_cost: String(c.raw_unit_cost?.value ?? c.unit_cost) }
}

/** Unit costs of inventory items (one per item). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { inventory_item_id } = req.validatedQuery as ItemCostListQueryType
  const costs = await req.scope
    .resolve<WarehouseModuleService>(WAREHOUSE_MODULE)
    .listItemCosts(inventory_item_id ? { inventory_item_id } : {}, { take: inventory_item_id ? 100 : 1000, order: { created_at: "ASC" } })
  res.json({ item_costs: costs.map(itemCostView) })
}

/** Sets an item's unit cost (creates or replaces it). */
export const POST = async (req: AuthenticatedMedusaRequest<SaveItemCostBodyType>, res: MedusaResponse) => {
  const { result } = await saveItemCostWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ item_cost: itemCostView(result) })
}
